/**
 * Runs once when a Next server starts: reads and checks every setting (src/config; a bad one stops the start with
 * its name), starts Payload, then the in-app jobs ticker, which runs scheduled publishing and the other queued jobs
 * (src/jobs). Never during `next build`.
 */
export async function register() {
  // Not a read of the environment: Next writes the runtime's name in here when it bundles this file, so the edge
  // bundle leaves out what follows.
  // eslint-disable-next-line no-restricted-properties -- replaced by a constant at build time (see above)
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { config } = await import('./src/config')
  const settings = config()
  if (!settings.nodeServer) return
  // Payload starts with the server, not with its first request: the database is reached (and migrated) now, and
  // the API's request checks find the instance from the first request on (src/api/caller.ts).
  const [{ getPayload }, { default: payloadConfig }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
  ])
  await getPayload({ config: payloadConfig })
  const { startJobsTicker } = await import('./src/jobs/ticker')
  startJobsTicker()
}
