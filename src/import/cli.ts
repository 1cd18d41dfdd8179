/**
 * Run by scripts/import.mjs (npm run import -- <files or addresses…>), which prepares the environment. Imports
 * each file and address as draft events, with a progress bar, then prints the report the admin shows. With
 * `--as <email>` the drafts are made with that account's rights; without, as the machine's operator.
 */
import path from 'node:path'

import config from '@payload-config'
import { SingleBar } from 'cli-progress'
import { getPayload } from 'payload'

import { config as settings } from '@/config'
import { adminDocPath, absoluteUrl } from '@/lib/routes'

import { REPORTED_FIELDS } from './draft'
import { fileInput, type ImportInput, InputRefused, urlInput } from './inputs'
import { runImport } from './run'
import type { ItemReport } from './save'

const USAGE = 'Usage: npm run import -- [--as <email>] <file or address> [more…]'

const args = process.argv.slice(2)
const as = args.indexOf('--as')
const email = as >= 0 ? args[as + 1] : undefined
const given = args.filter((_, i) => as < 0 || (i !== as && i !== as + 1))
if (!given.length || (as >= 0 && !email)) {
  console.error(USAGE)
  process.exit(2)
}

const inputs: ImportInput[] = []
try {
  for (const arg of given) {
    inputs.push(
      /^(?:https?|webcal):\/\//i.test(arg)
        ? urlInput(arg, settings().imports.allowPrivateAddresses)
        : await fileInput(path.resolve(arg), path.basename(arg)).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') throw new InputRefused(404, `There is no file ${arg}.`)
            throw error
          }),
    )
  }
} catch (error) {
  console.error(error instanceof InputRefused ? error.message : (error as Error).message)
  process.exit(2)
}

const payload = await getPayload({ config })
let startedBy: number | string | undefined
if (email) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (!docs[0]) {
    console.error(`There is no account ${email}.`)
    process.exit(2)
  }
  startedBy = docs[0].id
}
const record = await payload.create({
  collection: 'imports',
  data: {
    label: inputs.length === 1 ? inputs[0].name : `${inputs[0].name} and ${inputs.length - 1} more`,
    status: 'queued',
    ...(startedBy !== undefined ? { startedBy: startedBy as number } : {}),
    inputs,
  },
  overrideAccess: true,
})

const bar = new SingleBar({ format: 'Importing [{bar}] {value} of {total}', hideCursor: true })
bar.start(inputs.length, 0)
const done = await runImport(payload, record.id, {
  onProgress: (value, total) => {
    bar.setTotal(total)
    bar.update(value)
  },
})
bar.stop()

const server = settings().serverUrl
const items = (done.items ?? []) as ItemReport[]
for (const item of items) {
  const where = item.event !== undefined ? ` → ${absoluteUrl(adminDocPath('events', item.event), server)}` : ''
  console.log(`\n${item.outcome.toUpperCase()}  ${item.title ?? item.label}${where}`)
  const unsure = REPORTED_FIELDS.filter((f) => item.fields?.[f] && item.fields[f] !== 'found')
  if (unsure.length) console.log(`  unsure: ${unsure.map((f) => `${f} (${item.fields![f]})`).join(', ')}`)
  for (const warning of item.warnings) console.log(`  ! ${warning}`)
  for (const s of item.suggestions) console.log(`  + not on the site yet: ${s.name} (${s.collection}, ${s.why})`)
}
const count = (outcome: string) => items.filter((i) => i.outcome === outcome).length
console.log(
  `\n${done.status === 'failed' ? 'Failed' : 'Done'}: ${count('created')} created, ${count('updated')} updated, ${count('skipped')} skipped, ${count('failed')} failed.` +
    `${done.error ? ` ${done.error}` : ''}\nReport: ${absoluteUrl(adminDocPath('imports', record.id), server)}`,
)
await payload.destroy()
process.exit(done.status === 'failed' ? 1 : 0)
