import { publicHttp } from '@/api/public-http'
import { styleOnlyCsp } from '@/api/security-headers'
import { embedPage } from '@/embed/html'
import { embedList } from '@/embed/list'
import { embedOptions } from '@/embed/options'

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The upcoming events as a small page for an <iframe> on another site (src/embed); the only page any site may frame. */
export const GET = publicHttp(async (request: Request) => {
  const parsed = embedOptions(new URL(request.url).searchParams)
  if ('problem' in parsed) return text(400, parsed.problem)
  const found = await embedList(parsed.options)
  if ('missing' in found) return text(404, found.missing)
  const { html, css } = embedPage(found.list, parsed.options)
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': styleOnlyCsp(css, '*') },
  })
})
