import http from 'node:http'
import https from 'node:https'

import { targetProblem } from './address'
import { checkedLookup } from './lookup'

export type Fetched = { body: Buffer; contentType: string; url: string }
export type GetRules = {
  /** Bytes the answer may have; a longer one is cut off and refused. */
  maxBytes: number
  timeoutMs: number
  allowPrivate: boolean
  /** The setting that would allow private addresses, named in a refusal. */
  hint: string
  userAgent: string
}

const MAX_REDIRECTS = 5

/** Why an address cannot be fetched, as a sentence; thrown by `get`. */
export class GetError extends Error {}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

function getOnce(url: URL, rules: GetRules): Promise<{ status: number; location?: string } & Partial<Fetched>> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      lookup: checkedLookup(rules.allowPrivate, rules.hint),
      headers: { 'user-agent': rules.userAgent, accept: '*/*' },
    })
    const deadline = setTimeout(() => {
      request.destroy()
      reject(new GetError(`${url.host} did not answer within ${rules.timeoutMs / 1000} s.`))
    }, rules.timeoutMs)
    request.on('error', (error) => {
      clearTimeout(deadline)
      reject(error instanceof GetError ? error : new GetError(`Could not reach ${url.host}: ${error.message}`))
    })
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400) {
        clearTimeout(deadline)
        response.resume()
        return resolve({ status, location: response.headers.location })
      }
      if (status !== 200) {
        clearTimeout(deadline)
        response.resume()
        return reject(new GetError(`${url.href} answered ${status}.`))
      }
      const declared = Number(response.headers['content-length'])
      if (declared > rules.maxBytes) {
        clearTimeout(deadline)
        request.destroy()
        return reject(new GetError(`${url.href} is ${megabytes(declared)}, more than ${megabytes(rules.maxBytes)}.`))
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > rules.maxBytes) {
          clearTimeout(deadline)
          request.destroy(new GetError(`${url.href} is more than ${megabytes(rules.maxBytes)}.`))
          return
        }
        chunks.push(chunk)
      })
      response.on('end', () => {
        clearTimeout(deadline)
        resolve({
          status,
          body: Buffer.concat(chunks),
          contentType: String(response.headers['content-type'] ?? ''),
          url: url.href,
        })
      })
      response.on('error', (error) => {
        clearTimeout(deadline)
        reject(new GetError(`${url.href} broke off: ${error.message}`))
      })
    })
  })
}

/**
 * GETs an address on the public web within a size and a time limit, following up to five redirects. Private,
 * loopback and link-local addresses are refused unless allowed: as typed, after each redirect, and on the address
 * a name resolves to when the connection is made.
 */
export async function get(address: string, rules: GetRules): Promise<Fetched> {
  let url = address
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const problem = targetProblem(url, rules.allowPrivate, rules.hint)
    if (problem) throw new GetError(`${url} cannot be fetched: ${problem}.`)
    const answer = await getOnce(new URL(url), rules)
    if (answer.body) return answer as Fetched
    if (!answer.location) throw new GetError(`${url} answered ${answer.status} without saying where to.`)
    url = new URL(answer.location, url).href
  }
  throw new GetError(`${address} redirects more than ${MAX_REDIRECTS} times.`)
}
