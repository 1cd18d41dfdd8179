import type { EmailAdapter } from 'payload'

import type { MailSettings } from '@/config'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { escapeHtml } from '@/lib/text/html'

import { writeMail } from './outbox'
import { oneLine } from './render'

const firstAddress = (to: unknown): { name: string; address: string } | undefined => {
  const first: unknown = Array.isArray(to) ? to[0] : to
  if (typeof first === 'string') return { name: '', address: first }
  const { name, address } = (first ?? {}) as { name?: unknown; address?: unknown }
  if (typeof address === 'string') return { name: typeof name === 'string' ? name : '', address }
  return undefined
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Payload's own `sendEmail` (a plugin's mail, say) goes through the outbox too: written there and sent by the jobs
 * queue like every other mail. The CMS's own mails (src/mail/outbox.ts) are written in the transaction of the
 * change that asks for them; this path has no request and writes on its own.
 */
export const outboxAdapter =
  (settings: MailSettings): EmailAdapter =>
  ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    sendEmail: async (message) => {
      const to = firstAddress(message.to)
      if (!to) throw new Error('A mail needs an address to go to.')
      const html = typeof message.html === 'string' ? message.html : ''
      const text = typeof message.text === 'string' ? message.text : textOf(html)
      const doc = await writeMail(payload, {
        to: to.address,
        toName: oneLine(to.name) || null,
        kind: 'other',
        language: DEFAULT_LOCALE,
        subject: oneLine(String(message.subject ?? '')) || '(no subject)',
        text: text || '(no text)',
        html: html || `<p>${escapeHtml(text)}</p>`,
      })
      return { queued: doc.id }
    },
  })
