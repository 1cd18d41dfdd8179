#!/usr/bin/env node
// Measures what each page type sends to the browser: its HTML, and the JavaScript of its <script src> files and
// inline scripts (JSON-LD is data and not counted), raw and gzipped. Run against a started site:
//   node scripts/js-size.mjs http://localhost:3000
// Prints a Markdown table (the README's "What a page sends" comes from it).
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

console.log('| page type | HTML (raw) | HTML (gzip) | scripts | JavaScript (raw) | JavaScript (gzip) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [name, path] of Object.entries(PAGES)) {
  const res = await fetch(`${base}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  const html = await res.text()
  // Modern browsers skip the noModule polyfills; they are not counted.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]))
  const srcs = [...new Set(tags.map((m) => m[1]))]
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/application\/ld\+json/i.test(m[1]))
    .map((m) => Buffer.from(m[2]))
  let raw = inline.reduce((sum, text) => sum + text.length, 0)
  let gzip = inline.length ? gzipSync(Buffer.concat(inline)).length : 0
  for (const src of srcs) {
    const s = await size(src)
    raw += s.raw
    gzip += s.gzip
  }
  const page = Buffer.from(html)
  const scripts = srcs.length + inline.length
  console.log(`| ${name} | ${kb(page.length)} | ${kb(gzipSync(page).length)} | ${scripts} | ${kb(raw)} | ${kb(gzip)} |`)
}
