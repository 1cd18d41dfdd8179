// docs/benchmarks.md: one section per kind of run (the app alone, through the cache in front, at scale); each
// run of `npm run bench` replaces its own section and keeps the others.
import fs from 'node:fs'
import os from 'node:os'

const OUTPUT = 'docs/benchmarks.md'
const INTRO = `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.mjs). Each path is measured side by side with a bare\n\`node:http\` server handing out the same bytes from memory on the same machine, in the same run (the ceiling).\n`

/** Where and how a run was measured, for the first line of its section. */
export const machine = () =>
  `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`

export function writeSection(title, text) {
  fs.mkdirSync('docs', { recursive: true })
  const previous = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : INTRO
  const sections = previous.split(/^(?=## )/m)
  const mine = `## ${title}\n\n${text}\n`
  const index = sections.findIndex((part) => part.startsWith(`## ${title}\n`))
  if (index >= 0) sections[index] = index === sections.length - 1 ? mine : `${mine}\n`
  else sections.push(`${sections.at(-1)?.endsWith('\n\n') ? '' : '\n'}${mine}`)
  fs.writeFileSync(OUTPUT, sections.join(''))
  console.error(`written to ${OUTPUT} (${title})`)
}
