import { definePackageBuild } from '../../config/tsup.ts';

export default definePackageBuild({ index: 'src/index.ts', areas: 'src/dpe-areas.ts' });
