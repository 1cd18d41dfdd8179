import { open, stat } from 'node:fs/promises'

import { MAX_URL_LENGTH } from '@/fields/common'
import { targetProblem } from '@/net/address'

/** What an import is given: a file of one of these kinds, an address, or pasted text (kept as a file too). */
export type InputKind = 'html' | 'text' | 'zip' | 'wxr' | 'ics'
export type ImportInput = { kind: InputKind; name: string; file: string } | { kind: 'url'; name: string; url: string }

const MB = 1024 * 1024

/** The stated limits of an import, each named in the refusal that meets it. */
export const IMPORT_LIMITS = {
  /** An article page (a file, an address) or a pasted text. */
  pageBytes: 10 * MB,
  /** A WordPress export or a zip of a saved page. */
  exportBytes: 200 * MB,
  /** A calendar: read whole, so kept smaller than an export. */
  calendarBytes: 20 * MB,
  /** What a zip may unpack to in all, and how many files it may hold. */
  unpackedBytes: 500 * MB,
  zipFiles: 2000,
  /** Files in one import. */
  files: 20,
  /** How long a page, calendar or photo address may take to answer. */
  fetchTimeoutMs: 20_000,
} as const

export const limitOf = (kind: InputKind) =>
  kind === 'zip' || kind === 'wxr'
    ? IMPORT_LIMITS.exportBytes
    : kind === 'ics'
      ? IMPORT_LIMITS.calendarBytes
      : IMPORT_LIMITS.pageBytes

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`

/**
 * The kind of a file from its first bytes, then its name: a zip starts with "PK", a calendar with BEGIN:VCALENDAR,
 * a WordPress export is RSS with WordPress's namespace, a page is HTML; plain text is what a browser copies.
 */
export function kindOf(name: string, head: Buffer): InputKind | undefined {
  const start = head
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (head[0] === 0x50 && head[1] === 0x4b) return 'zip'
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics'
  if (/^<\?xml|^<rss/i.test(start)) return /<rss|wordpress\.org\/export/i.test(start) ? 'wxr' : undefined
  if (/^<!doctype html|^<html|^<head|^<body|^<article|^<!--/i.test(start)) return 'html'
  const extension = name.toLowerCase().split('.').pop()
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'ics' || extension === 'xml' || extension === 'zip') return undefined
  // Text it is, unless it holds bytes no text has.
  return [...start].some((c) => c.charCodeAt(0) < 9 || (c.charCodeAt(0) > 13 && c.charCodeAt(0) < 32))
    ? undefined
    : 'text'
}

export const KIND_NAMES: Record<InputKind, string> = {
  html: 'an article page',
  text: 'copied text',
  zip: 'a saved page (zip)',
  wxr: 'a WordPress export',
  ics: 'a calendar',
}

/** What is accepted, for a refusal that names it. */
export const ACCEPTED =
  'an article page (.html), a page saved with its files (.zip), copied text (.txt), a WordPress export (.xml) or a calendar (.ics)'

/** Why what was given cannot be imported: the status a request is answered with, and the field it concerns. */
export class InputRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

/** The setting that lets an import reach private addresses, named in each refusal. */
export const PRIVATE_HINT = 'set IMPORT_ALLOW_PRIVATE_ADDRESSES=true to import from there'

/** An address to import (a page or a calendar; webcal:// is read as https://), checked as typed. */
export function urlInput(value: unknown, allowPrivate: boolean): ImportInput {
  if (typeof value !== 'string' || !value.trim())
    throw new InputRefused(400, 'Give the address of a page or a calendar.', 'url')
  const url = value.trim().replace(/^webcal:/i, 'https:')
  if (url.length > MAX_URL_LENGTH)
    throw new InputRefused(400, `The address is longer than ${MAX_URL_LENGTH} characters.`, 'url')
  const problem = targetProblem(url, allowPrivate, PRIVATE_HINT)
  if (problem) throw new InputRefused(400, `The address cannot be imported: ${problem}.`, 'url')
  return { kind: 'url', name: url, url }
}

/** A file to import, by its first bytes and name: refused when empty, of no kind, or over its kind's limit. */
export async function fileInput(file: string, name: string): Promise<ImportInput> {
  const { size } = await stat(file)
  if (size === 0) throw new InputRefused(400, `“${name}” is empty.`, 'file')
  const handle = await open(file, 'r')
  let kind: InputKind | undefined
  try {
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    kind = kindOf(name, head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
  if (!kind) throw new InputRefused(415, `“${name}” is none of what can be imported: ${ACCEPTED}.`, 'file')
  if (size > limitOf(kind))
    throw new InputRefused(
      413,
      `“${name}” is larger than ${megabytes(limitOf(kind))}, the limit for ${KIND_NAMES[kind]}.`,
      'file',
    )
  return { kind, name, file }
}
