import { type Config, config } from '@/config'

import { JOBS_PATH } from './endpoint'
import { jobsKey, JOBS_KEY_HEADER } from './key'

/** How long one round of jobs may take before the ticker stops waiting for its answer. */
const ROUND_TIMEOUT_MS = 10 * 60_000

/** A change that queued work (a webhook delivery) asks for a round this soon, once its transaction has landed. */
const SOON_MS = 500
/** The ticker of this process, shared across the server's bundles (instrumentation and routes are built apart). */
const SOON = Symbol.for('events-cms.jobs-soon')
type Soon = { [SOON]?: () => void }

/**
 * Asks this process's ticker for a round soon rather than at its next tick, so a delivery goes out within a
 * second of the save. Without a ticker (scripts, tests, JOBS_INTERVAL_SECONDS=0) the next round takes it.
 */
export function requestJobsRound() {
  ;(globalThis as Soon)[SOON]?.()
}

/**
 * Starts the in-app scheduler: every few seconds the server asks itself (POST /api/jobs/due) to run what is
 * due, so scheduled publishing needs no cron outside the app. Each replica ticks; each job runs once
 * (claimed in the database). JOBS_INTERVAL_SECONDS=0 turns it off (e.g. for a replica that should not run jobs).
 */
export function startJobsTicker(settings: Config = config()): NodeJS.Timeout | undefined {
  const seconds = settings.jobsIntervalSeconds
  if (seconds === 0) return undefined
  const url = `http://127.0.0.1:${settings.port}/api${JOBS_PATH}`
  const headers = { [JOBS_KEY_HEADER]: jobsKey(settings.payloadSecret), 'content-type': 'application/json' }
  let busy = false
  let again = false
  const tick = async (): Promise<void> => {
    if (busy) {
      again = true
      return
    }
    busy = true
    again = false
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: '{}',
        signal: AbortSignal.timeout(ROUND_TIMEOUT_MS),
      })
      if (!res.ok) console.warn(`[jobs] ${url} answered ${res.status}: ${(await res.text()).slice(0, 200)}`)
    } catch (error) {
      console.warn(`[jobs] could not reach ${url}: ${(error as Error).message}`)
    } finally {
      busy = false
    }
    if (again) return tick()
  }
  let soon: NodeJS.Timeout | undefined
  ;(globalThis as Soon)[SOON] = () => {
    clearTimeout(soon)
    soon = setTimeout(() => void tick(), SOON_MS)
    soon.unref()
  }
  const timer = setInterval(() => void tick(), seconds * 1000)
  timer.unref()
  return timer
}
