import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header the app's own ticker sends to run the jobs that are due. */
export const JOBS_KEY_HEADER = 'x-jobs-key'

/** A key derived from PAYLOAD_SECRET, so every replica knows it and nothing else has to be configured. */
export const jobsKey = (secret: string): string => createHmac('sha256', secret).update('run due jobs').digest('hex')

export function isJobsKey(secret: string, given: string | null): boolean {
  if (!given) return false
  const expected = Buffer.from(jobsKey(secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
