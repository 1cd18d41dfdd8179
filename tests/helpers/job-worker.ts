/**
 * A second app process for the scheduling tests: it connects to the same database (DATABASE_URI from the
 * environment) and runs the due jobs in a loop, as a second replica's ticker would, printing each job it ran.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runDueJobs } from '../../src/jobs/run-due'

const payload = await getPayload({ config: await config })
let stopping = false
process.on('SIGTERM', () => {
  stopping = true
})
console.log('ready')
while (!stopping) {
  for (const id of await runDueJobs(payload).catch((error: Error) => (console.error(error.message), []))) {
    console.log(`ran ${id}`)
  }
  await new Promise((r) => setTimeout(r, 50))
}
process.exit(0)
