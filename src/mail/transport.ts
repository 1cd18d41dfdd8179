import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import type { MailSettings } from '@/config'

export type OutgoingMail = {
  to: { name: string; address: string }
  subject: string
  text: string
  html: string
}
export type SendMail = (mail: OutgoingMail) => Promise<void>

/** How long the mail server may take to answer: a job round must not hang on one mail. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

const senders = new Map<string, Promise<SendMail>>()

/**
 * Sends through the mail server of SMTP_URL with Payload's own nodemailer adapter. Nodemailer writes every header itself (names and subjects encoded, never a raw line
 * break) and is kept from reading files or addresses into a mail.
 */
function smtpSender(payload: Payload, url: string, from: MailSettings['from']): Promise<SendMail> {
  let sender = senders.get(url)
  if (!sender) {
    sender = (async () => {
      // A connection per mail (mails are few): nothing stays open between rounds, and a server that restarted
      // is simply connected to again.
      const transport = nodemailer.createTransport({
        url,
        disableFileAccess: true,
        disableUrlAccess: true,
        ...TIMEOUTS,
      })
      const adapter = await nodemailerAdapter({
        transport,
        defaultFromAddress: from.address,
        defaultFromName: from.name,
        skipVerify: true,
      })
      const { sendEmail } = adapter({ payload })
      return async (mail: OutgoingMail) => {
        await sendEmail({ ...mail, from: { name: from.name, address: from.address } })
      }
    })()
    senders.set(url, sender)
  }
  return sender
}

/** Without a mail server a mail is written to the server's log, links and all, and kept in the outbox. */
const logSender =
  (payload: Payload): SendMail =>
  async (mail) => {
    payload.logger.info(
      `[mail] not sent (no SMTP_URL): to ${mail.to.address}, "${mail.subject}"; kept in the outbox.\n${mail.text}`,
    )
  }

/** How this process sends mail, and whether a mail sent that way has really left. */
export async function mailSender(
  payload: Payload,
  settings: MailSettings,
): Promise<{ send: SendMail; leaves: boolean }> {
  if (!settings.smtpUrl) return { send: logSender(payload), leaves: false }
  return { send: await smtpSender(payload, settings.smtpUrl, settings.from), leaves: true }
}
