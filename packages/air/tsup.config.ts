import { definePackageBuild } from '../../config/tsup.ts';

export default definePackageBuild({ index: 'src/index.ts', levels: 'src/index-levels.ts' });
