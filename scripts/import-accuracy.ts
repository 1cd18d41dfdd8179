// npm run import:accuracy — reads the accuracy fixtures (tests/fixtures/import/pages) as an import would, and
// writes the table of fields right, wrong and missing into docs/import-accuracy.md (between its markers).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { accuracyTable, measureAccuracy, summary } from '../src/import/accuracy'

const results = measureAccuracy(path.resolve('tests/fixtures/import/pages'))
const table = accuracyTable(results)
const doc = path.resolve('docs/import-accuracy.md')
const text = readFileSync(doc, 'utf8')
const start = '<!-- accuracy:start -->'
const end = '<!-- accuracy:end -->'
if (!text.includes(start) || !text.includes(end)) throw new Error(`${doc} has lost its ${start} … ${end} markers.`)
writeFileSync(doc, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`)
console.log(table)
const s = summary(results)
console.log(
  `\ntitle ${s.title.percent} %, dates ${s.dates.percent} %, city ${s.city.percent} %, credits ${s.credits.kept} of ${s.credits.of}, pages with furniture in the body: ${s.furniture}`,
)
