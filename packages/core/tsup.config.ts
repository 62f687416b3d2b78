import { definePackageBuild } from '../../config/tsup.ts';

// `#platform` stays an import: package.json `imports` picks the Node or the browser file.
export default definePackageBuild(
  {
    index: 'src/index.ts',
    'platform-node': 'src/platform-node.ts',
    'platform-browser': 'src/platform-browser.ts',
  },
  { external: ['#platform'] },
);
