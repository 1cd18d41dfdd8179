import http from 'node:http'
import https from 'node:https'

import { targetProblem } from '@/net/address'
import { checkedLookup } from '@/net/lookup'

export type Sent = { ok: true; status: number } | { ok: false; status?: number; error: string }

/** How much of a refusing receiver's answer is kept as the delivery's last error. */
const ERROR_TEXT_CHARS = 300
const USER_AGENT = 'events-cms-webhooks/1'

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
