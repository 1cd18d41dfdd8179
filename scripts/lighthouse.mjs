#!/usr/bin/env node
// Lighthouse 12 (mobile preset: a mid-range phone on a slow 4G line, simulated) on the home page, an event page
// and a tag archive of a started site; prints the four scores of each as a Markdown table (the README shows it).
//   npm start                      (in another terminal)
//   npm run lighthouse [-- http://localhost:3000]
// Chromium comes from CHROME_PATH (default /usr/bin/chromium), started afresh for every run (a cold browser: no
// cache, no warmed-up process). Each page is opened once before it is measured, so the figures are those of a
// reader who is not the first since the last publish. Lighthouse's figures vary from run to run (it simulates the
// slow phone from one fast load): each page is measured RUNS times and the run with the median performance score
// is shown, as Lighthouse's own documentation advises.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { PAGE_TYPES, siteBase } from './site-pages.mjs'

const base = siteBase()
const MEASURED = ['home', 'event', 'tag archive']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }

/** One Lighthouse run in a browser started for it alone. */
async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  })
  try {
    return (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))
      .lhr
  } finally {
    await chrome.kill()
  }
}

const rows = []
let failed = false
for (const name of MEASURED) {
  const url = `${base}${PAGE_TYPES[name]}`
  const warm = await fetch(url)
  if (!warm.ok) throw new Error(`${url} answered ${warm.status}: start the site first (npm start).`)
  const runs = []
  for (let run = 0; run < RUNS; run += 1) {
    const lhr = await measure(url)
    if (lhr.runtimeError)
      console.error(`  ${name}: run ${run + 1} failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    else runs.push(lhr)
  }
  if (!runs.length) throw new Error(`Lighthouse could not measure ${url}.`)
  runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
  const result = { lhr: runs[Math.floor(runs.length / 2)] }
  const { categories, audits } = result.lhr
  const scores = CATEGORIES.map((id) => Math.round((categories[id].score ?? 0) * 100))
  scores.forEach((score, i) => (failed ||= score < TARGETS[CATEGORIES[i]]))
  const lcp = audits['largest-contentful-paint'].displayValue
  const tbt = audits['total-blocking-time'].displayValue
  const all = runs.map((run) => Math.round(run.categories.performance.score * 100)).join(', ')
  rows.push(`| ${name} | ${scores.join(' | ')} | ${all} | ${lcp} | ${tbt} |`)
  const low = Object.values(audits).filter(
    (a) =>
      a.score !== null &&
      a.score < 1 &&
      a.scoreDisplayMode !== 'informative' &&
      a.scoreDisplayMode !== 'manual' &&
      a.scoreDisplayMode !== 'notApplicable',
  )
  for (const audit of low.filter((a) => a.score < 0.9))
    console.error(`  ${name}: ${audit.id} ${audit.displayValue ?? ''} (${audit.title})`)
}
console.log(`Lighthouse 12, mobile preset, ${base}\n`)
console.log('| page | performance | accessibility | best practices | SEO | performance of each run | LCP | TBT |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log(row)
console.log(`\ntargets: performance ≥ ${TARGETS.performance}, the others 100${failed ? ' — NOT MET' : ' — met'}`)
process.exitCode = failed ? 1 : 0
