/**
 * Runs once when a Next server starts (never during `next build`): starts the in-app jobs ticker, which
 * runs scheduled publishing and the other queued jobs (src/jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobsTicker } = await import('./src/jobs/ticker')
  startJobsTicker()
}
