import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Served = { body: string | Buffer; type?: string; status?: number; location?: string }

/** An old website on this machine: each path answers what the test put there; others 404. */
export async function startSite(pages: Record<string, Served> = {}) {
  const asked: string[] = []
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    asked.push(path)
    const page = pages[path]
    if (!page) {
      res.writeHead(404).end('not here')
      return
    }
    res.writeHead(page.status ?? 200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      ...(page.location ? { location: page.location } : {}),
    })
    res.end(page.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    pages,
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
