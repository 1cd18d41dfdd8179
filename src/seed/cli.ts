/**
 * Run by scripts/seed.mjs (npm run seed), which prepares the environment. Loads the demo content; with
 * SEED_IF_EMPTY=true it does nothing when any event exists, which is how `npm start` calls it.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { config as settings } from '@/config'

import { seed } from './index'

const payload = await getPayload({ config })
const { totalDocs } = await payload.count({ collection: 'events' })
if (settings().seedIfEmpty && totalDocs > 0) {
  console.log(`The database already has ${totalDocs} event(s): demo content not loaded.`)
} else {
  console.log('Loading the demo content…')
  const { created, existing } = await seed(payload)
  console.log(`Demo content ready: ${created} created, ${existing} already there.`)
}
await payload.destroy()
process.exit(0)
