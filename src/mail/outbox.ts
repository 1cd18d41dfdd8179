import type { Payload, PayloadRequest } from 'payload'

import type { Outbox } from '@/payload-types'

import { config } from '@/config'
import { requestJobsRound } from '@/jobs/ticker'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { roleName } from '@/lib/i18n/roles'
import { SITE_NAME } from '@/lib/site'
import { utcMoment } from '@/lib/time/format'
import { absoluteUrl, adminAccountPath } from '@/lib/routes'

import { oneLine, renderMail } from './render'
import type { MailKind, MailValues } from './words'

export const SEND_MAIL_TASK = 'sendMail'

/** Who a mail goes to: an account, or an address that has none yet (an invitation). */
export type Recipient = { id?: number | string; email: string; name?: string | null; language?: unknown }

type Values = Omit<MailValues, 'site' | 'until' | 'role'> & { until?: Date; role?: string }

export const languageOf = (recipient: Pick<Recipient, 'language'>): Locale =>
  isLocale(recipient.language) ? recipient.language : DEFAULT_LOCALE

/** The site's name per request and language: a notice to many people reads the settings once. */
const siteNames = new WeakMap<PayloadRequest, Map<Locale, Promise<string>>>()

function siteName(req: PayloadRequest, language: Locale): Promise<string> {
  const names = siteNames.get(req) ?? new Map<Locale, Promise<string>>()
  siteNames.set(req, names)
  let name = names.get(language)
  if (!name) {
    name = req.payload
      .findGlobal({ slug: 'settings', locale: language, depth: 0, overrideAccess: true, req })
      .then((settings) => oneLine(settings.siteName ?? '') || SITE_NAME)
      .catch(() => SITE_NAME)
    names.set(language, name)
  }
  return name
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
      until: values.until && utcMoment(values.until, language),
      role: values.role && roleName(values.role, language),
    },
    link: link.startsWith('/') ? absoluteUrl(link, serverUrl) : link,
    accountLink: absoluteUrl(adminAccountPath(), serverUrl),
  })
  return writeMail(
    req.payload,
    {
      to: recipient.email,
      toName: recipient.name ? oneLine(recipient.name) : null,
      kind,
      language,
      ...mail,
      oneTimeLink,
    },
    req,
  )
}

/** A rendered mail as the outbox keeps it. */
export type OutboxMail = Omit<Outbox, 'id' | 'status' | 'attempts' | 'createdAt' | 'updatedAt'>

/**
 * The one way a mail enters the outbox: its row (waiting, no attempt yet) and its sending job, in `req`'s
 * transaction when there is one, then a jobs round asked for soon.
 */
export async function writeMail(payload: Payload, data: OutboxMail, req?: PayloadRequest) {
  const doc = await payload.create({
    collection: 'outbox',
    data: { ...data, status: 'queued', attempts: 0 },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: SEND_MAIL_TASK, input: { mail: String(doc.id) }, overrideAccess: true, req })
  requestJobsRound()
  return doc
}
