import { definePackageBuild } from '../../config/tsup.ts';

export default definePackageBuild({
  index: 'src/index.ts',
  crs: 'src/crs/index.ts',
  join: 'src/join/index.ts',
  classify: 'src/classify.ts',
  grid: 'src/entries/grid.ts',
  catchment: 'src/entries/catchment.ts',
  measure: 'src/entries/measure.ts',
});
