import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import { addressProblem, targetProblem } from './target'

export type Sent = { ok: true; status: number } | { ok: false; status?: number; error: string }

/** How much of a refusing receiver's answer is kept as the delivery's last error. */
const ERROR_TEXT_CHARS = 300
const USER_AGENT = 'events-cms-webhooks/1'

/**
 * Resolves a receiver's name and refuses it when any address it resolves to is private: checked at connect
 * time, on the address actually used, so a name that changes after the save cannot reach the inside.
 */
export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const refused = allowPrivate ? null : addresses.map((a) => addressProblem(a.address)).find(Boolean)
      if (refused) return callback(new Error(`${hostname} resolves to ${refused}`), '', 0)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}

/**
 * POSTs one signed delivery and says how it went: a 2xx answer within the time allowed is a delivery; any other
 * status (redirects are not followed), a refused address, a connection error or no answer in time is not.
 */
export function send(
  target: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<Sent> {
  const problem = targetProblem(target, allowPrivate)
  if (problem) return Promise.resolve({ ok: false, error: `The address cannot receive webhooks: ${problem}.` })
  const url = new URL(target)
  const client = url.protocol === 'https:' ? https : http
  return new Promise<Sent>((resolve) => {
    let settled = false
    const finish = (sent: Sent) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      request.destroy()
      resolve(sent)
    }
    const request = client.request(url, {
      method: 'POST',
      lookup: checkedLookup(allowPrivate),
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': USER_AGENT,
      },
    })
    const deadline = setTimeout(
      () => finish({ ok: false, error: `The receiver did not answer within ${timeoutMs / 1000} s.` }),
      timeoutMs,
    )
    request.on('error', (error) => finish({ ok: false, error: `Could not reach the receiver: ${error.message}` }))
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      if (status >= 200 && status < 300) {
        response.resume()
        return finish({ ok: true, status })
      }
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        text += chunk
        if (text.length >= ERROR_TEXT_CHARS) done()
      })
      response.on('end', () => done())
      response.on('error', () => done())
      const redirect = status >= 300 && status < 400 ? ' (redirects are not followed)' : ''
      const done = () => {
        const said = text.trim().slice(0, ERROR_TEXT_CHARS)
        finish({ ok: false, status, error: `The receiver answered ${status}${redirect}${said ? `: ${said}` : '.'}` })
      }
    })
    request.end(body)
  })
}
