import type { PayloadRequest } from 'payload'

import { config } from '@/config'
import { requestJobsRound } from '@/jobs/ticker'
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { SITE_NAME } from '@/lib/site'
import { absoluteUrl, adminAccountPath } from '@/lib/routes'

import { oneLine, renderMail } from './render'
import { type MailKind, type MailValues, WORDS } from './words'

export const SEND_MAIL_TASK = 'sendMail'

/** Who a mail goes to: an account, or an address that has none yet (an invitation). */
export type Recipient = { id?: number | string; email: string; name?: string | null; language?: unknown }

type Values = Omit<MailValues, 'site' | 'until' | 'role'> & { until?: Date; role?: string }

export const languageOf = (recipient: Pick<Recipient, 'language'>): Locale =>
  isLocale(recipient.language) ? recipient.language : DEFAULT_LOCALE

/** "14 December 2026, 09:30 UTC" in the recipient's language: a mail cannot know where its reader is. */
const moment = (date: Date, language: Locale) =>
  `${new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`

async function siteName(req: PayloadRequest, language: Locale) {
  const settings = await req.payload
    .findGlobal({ slug: 'settings', locale: language, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  return oneLine(settings?.siteName ?? '') || SITE_NAME
}

/**
 * Writes one mail to the outbox and queues its sending, in the transaction of the change that asked for it: a
 * change that fails sends nothing, a change that lands sends its mail even if the app restarts in between. The
 * mail is sent by the jobs round (src/mail/deliver.ts), never here, so no save waits for the mail server.
 * `link` is a path of this site or an address; `oneTimeLink` marks a mail whose link opens an account (an
 * invitation, a reset): its words are removed from the outbox once the mail server has taken it.
 */
export async function queueMail(
  req: PayloadRequest,
  recipient: Recipient,
  kind: MailKind,
  values: Values,
  link: string,
  { oneTimeLink = false }: { oneTimeLink?: boolean } = {},
) {
  const language = languageOf(recipient)
  const serverUrl = config().serverUrl
  const mail = renderMail({
    kind,
    language,
    values: {
      ...values,
      site: await siteName(req, language),
      until: values.until && moment(values.until, language),
      role: values.role && (WORDS[language].common.roles[values.role] ?? values.role),
    },
    link: link.startsWith('/') ? absoluteUrl(link, serverUrl) : link,
    accountLink: absoluteUrl(adminAccountPath(), serverUrl),
  })
  const doc = await req.payload.create({
    collection: 'outbox',
    data: {
      to: recipient.email,
      toName: recipient.name ? oneLine(recipient.name) : null,
      kind,
      language,
      ...mail,
      oneTimeLink,
      status: 'queued',
      attempts: 0,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: SEND_MAIL_TASK, input: { mail: String(doc.id) }, overrideAccess: true, req })
  requestJobsRound()
  return doc
}
