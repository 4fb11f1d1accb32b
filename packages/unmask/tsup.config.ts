import { packageBuild } from '../../tsup.config.base';

export default packageBuild({ index: 'src/index.ts', cli: 'src/cli/main.ts' });
