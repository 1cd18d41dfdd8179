// The unit tests alone, from the project's root: what `npm run mutate` (stryker.config.mjs) runs against each mutant.
import { unitProject } from '../../jest.config.mjs'

export default { ...unitProject, rootDir: '../..' }
