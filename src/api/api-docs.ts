import type { Endpoint } from 'payload'

import { escapeHtml as esc } from '@/lib/text/html'
import { graphqlPath, openapiPath } from '@/lib/routes'

import { styleOnlyCsp } from './security-headers'

import { openapiDocument } from './openapi'

type Operation = {
  summary?: string
  parameters?: { name?: string; in?: string; required?: boolean; description?: string }[]
  security?: unknown[]
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete']

const CSS = `body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1f24}
main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.8rem;margin:0 0 .5rem}h2{margin-top:2rem;border-bottom:2px solid #003399}
h3{font-size:1rem;margin:1.25rem 0 .25rem;font-family:ui-monospace,Menlo,Consolas,monospace}code{font-family:ui-monospace,Menlo,Consolas,monospace}
.m{display:inline-block;min-width:4.5rem;font-weight:700;color:#003399}p{margin:.25rem 0}ul{margin:.25rem 0 0;padding-left:1.25rem}
.muted{color:#56606b}a{color:#003399}`

function operation(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .filter((p) => p.name)
    .map(
      (p) =>
        `<li><code>${esc(p.name ?? '')}</code> (${esc(p.in ?? '')}${p.required ? ', required' : ''})${p.description ? ` — ${esc(p.description)}` : ''}</li>`,
    )
    .join('')
  // An empty requirement beside the key means the operation is open without signing in.
  const requirements = op.security ?? []
  const open = requirements.some((r) => r && Object.keys(r).length === 0)
  const access = open ? 'open to all; with an API key, drafts your role may read' : 'needs an API key'
  const signIn = requirements.length ? ` <span class="muted">· ${access}</span>` : ''
  return `<h3><span class="m">${method.toUpperCase()}</span> ${esc(path)}</h3><p>${esc(op.summary ?? '')}${signIn}</p>${params ? `<ul>${params}</ul>` : ''}`
}

/** The API reference as one plain HTML page built from the OpenAPI document: no script, nothing from another host. */
export const apiDocsEndpoint: Endpoint = {
  path: '/docs',
  method: 'get',
  handler: async (req) => {
    const spec = await openapiDocument(req)
    const operations = Object.entries(spec.paths ?? {})
      .flatMap(([path, item]) =>
        Object.entries(item ?? {})
          .filter(([method]) => METHODS.includes(method))
          .map(([method, op]) => operation(path, method, op as Operation)),
      )
      .join('')
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(spec.info.title)}</title><style>${CSS}</style></head><body><main><h1>${esc(spec.info.title)}</h1><p>${esc(spec.info.description ?? '')}</p><p>The machine-readable description: <a href="${openapiPath()}">${openapiPath()}</a> (OpenAPI ${esc(spec.openapi)}). GraphQL: <code>${graphqlPath()}</code> (POST, or GET for queries).</p><h2>Operations</h2>${operations}</main></body></html>`
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': styleOnlyCsp(CSS, "'none'"),
      },
    })
  },
}
