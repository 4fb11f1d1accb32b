import { packageBuild } from '../../tsup.config.base';

export default packageBuild({ index: 'src/index.ts', 'test/index': 'src/test/index.ts' });
