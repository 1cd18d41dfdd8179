import type { Payload } from 'payload'

import type { MailSettings } from '@/config'
import { nextAttemptAt, retryingTask } from '@/jobs/retrying'

import { SEND_MAIL_TASK } from './outbox'
import { mailSender } from './transport'

/** How much of the mail server's refusal is kept as the mail's last error. */
const ERROR_CHARS = 300

/** What a sent invitation or reset keeps in the outbox instead of its one-time link. */
export const LINK_REMOVED =
  'Sent. This mail held a link that opens an account once; it was removed from the outbox when the mail server took the mail.'

/**
 * One attempt at one mail of the outbox: sends it, and writes how it went on the mail for admins to see.
 * Returns the error when the attempt failed, so that the job fails and the queue tries again later.
 */
export async function attemptMail(payload: Payload, mailId: string, settings: MailSettings) {
  const mail = await payload.findByID({
    collection: 'outbox',
    id: mailId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!mail || mail.status === 'sent' || mail.status === 'kept' || mail.status === 'failed') return null
  const record = (data: Record<string, unknown>) =>
    payload.update({ collection: 'outbox', id: mail.id, data, depth: 0, overrideAccess: true })
  const attempts = (mail.attempts ?? 0) + 1
  const started = new Date().toISOString()
  const { send, leaves } = await mailSender(payload, settings)
  try {
    await send({
      to: { name: mail.toName ?? '', address: mail.to },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    })
  } catch (error) {
    const message = `The mail server refused or could not be reached: ${(error as Error).message}`.slice(0, ERROR_CHARS)
    const final = attempts >= settings.attempts
    await record({
      attempts,
      lastAttemptAt: started,
      status: final ? 'failed' : 'retrying',
      lastError: message,
      nextAttemptAt: final ? null : nextAttemptAt(attempts, settings).toISOString(),
    })
    return message
  }
  const forget = leaves && mail.oneTimeLink ? { text: LINK_REMOVED, html: `<p>${LINK_REMOVED}</p>` } : {}
  await record({
    ...forget,
    attempts,
    lastAttemptAt: started,
    status: leaves ? 'sent' : 'kept',
    sentAt: leaves ? new Date().toISOString() : null,
    lastError: null,
    nextAttemptAt: null,
  })
  return null
}

/** The queued task behind every mail: retried with exponential backoff until it leaves or runs out of tries. */
export const sendMailTask = (settings: MailSettings) =>
  retryingTask(SEND_MAIL_TASK, 'Send a mail', 'mail', settings, (payload, id) => attemptMail(payload, id, settings))
