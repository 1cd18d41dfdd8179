/**
 * Options for every Node process that loads the Payload config outside Next (seed, payload CLI).
 * Lexical's "node" entry points import their code with top-level await, and on Node 20 plain ESM loading of
 * that graph deadlocks at random (the process exits 13 having printed nothing; the payload CLI even exits 0).
 * The "production" condition picks Lexical's plain entry points instead.
 */
export const NODE_OPTIONS = [process.env.NODE_OPTIONS, '--conditions=production', '--no-deprecation']
  .filter(Boolean)
  .join(' ')
