#!/usr/bin/env node
// Measures the JavaScript each page type sends to the browser: the <script src> files of its HTML,
// raw and gzipped. Run against a started site:  node scripts/js-size.mjs http://localhost:3000
// Prints a Markdown table (the README's "JavaScript per page type" comes from it).
import { gzipSync } from 'node:zlib'

import { PAGE_TYPES, siteBase } from './site-pages.mjs'

const base = siteBase()
const PAGES = PAGE_TYPES

const kb = (n) => `${(n / 1024).toFixed(1)} kB`
const cache = new Map()
async function size(src) {
  if (!cache.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    cache.set(src, { raw: body.length, gzip: gzipSync(body).length })
  }
  return cache.get(src)
}

console.log('| page type | scripts | JavaScript (raw) | JavaScript (gzip) |')
console.log('| --- | --- | --- | --- |')
for (const [name, path] of Object.entries(PAGES)) {
  const res = await fetch(`${base}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  const html = await res.text()
  // Modern browsers skip the noModule polyfills; they are not counted.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]))
  const srcs = [...new Set(tags.map((m) => m[1]))]
  let raw = 0
  let gzip = 0
  for (const src of srcs) {
    const s = await size(src)
    raw += s.raw
    gzip += s.gzip
  }
  console.log(`| ${name} | ${srcs.length} | ${kb(raw)} | ${kb(gzip)} |`)
}
