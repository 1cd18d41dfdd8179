import { formatEventDates } from '@/lib/time/format'
import { escapeHtml as esc } from '@/lib/text/html'
import { messages } from '@/lib/i18n/messages'
import { config } from '@/config'
import { absoluteUrl } from '@/lib/routes'

import type { EmbedList } from './list'
import type { ResolvedEmbed } from './options'

const THEMES = {
  light: { paper: '#ffffff', ink: '#1b1f24', muted: '#56606b', line: '#d9dee3' },
  dark: { paper: '#16191f', ink: '#eef1f4', muted: '#b4bcc6', line: '#39414b' },
} as const

/** Links on the dark theme: a light blue with a contrast above 7:1 on its background. */
const DARK_LINK = '#9cc3ff'

const style = (o: ResolvedEmbed, brand: string) => {
  const c = THEMES[o.theme]
  const link = o.theme === 'dark' ? DARK_LINK : brand
  return `*{box-sizing:border-box}html{color-scheme:${o.theme}}body{margin:0;padding:12px 16px;background:${c.paper};color:${c.ink};font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
h1{font-size:1.1rem;margin:0 0 8px}ul{list-style:none;margin:0;padding:0}li{padding:10px 0;border-top:1px solid ${c.line}}
h2{font-size:1rem;margin:0 0 2px}a{color:${link};text-underline-offset:.15em}a:focus-visible{outline:3px solid #f5b800;outline-offset:2px}
p{margin:0;color:${c.muted};font-size:.9rem}.more{margin-top:10px;padding-top:10px;border-top:1px solid ${c.line}}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`
}

/**
 * The embeddable list as one small HTML document: no script, no cookie, its style inline, every link opening the
 * full page in a new tab (and saying so to screen readers).
 */
export function embedPage(list: EmbedList, o: ResolvedEmbed): { html: string; css: string } {
  const t = messages(o.locale)
  const newTab = `<span class="vh"> (${esc(t.opensInNewTab)})</span>`
  const link = (href: string, text: string) =>
    `<a href="${esc(absoluteUrl(href, config().serverUrl))}" target="_blank" rel="noopener">${esc(text)}${newTab}</a>`
  const items = list.events
    .map((e) => {
      const where = e.venue?.city ? ` · ${esc(e.venue.city)}` : ''
      const when = esc(formatEventDates(e.time, o.locale))
      return `<li><article><h2>${link(e.href, e.title)}</h2><p><time datetime="${esc(e.time.start)}">${when}</time>${where}</p></article></li>`
    })
    .join('')
  const body = items ? `<ul>${items}</ul>` : `<p>${esc(t.noUpcoming)}</p>`
  const css = style(o, list.brandColour)
  const html = `<!doctype html><html lang="${o.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(`${list.title} · ${list.siteName}`)}</title><style>${css}</style></head><body><main><h1>${esc(list.title)}</h1>${body}<p class="more">${link(list.page, `${t.viewAllEvents} · ${list.siteName}`)}</p></main></body></html>`
  // The style is allowed by its hash, not a nonce: the same list gives the same bytes, so its ETag holds.
  return { html, css }
}
