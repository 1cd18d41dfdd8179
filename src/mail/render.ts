import type { Locale } from '@/lib/i18n/locales'
import { escapeHtml } from '@/lib/text/html'

import { type MailKind, type MailValues, NOTICE_KINDS, WORDS } from './words'

export type RenderedMail = { subject: string; text: string; html: string }

/** The longest subject a mail gets (mail programs cut far earlier). */
const SUBJECT_CHARS = 200

/** A header's value on one line: no line break or other control character can start another header. */
// eslint-disable-next-line no-control-regex -- the characters this removes
export const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()

const isNotice = (kind: MailKind) => (NOTICE_KINDS as readonly string[]).includes(kind)

type Input = {
  kind: MailKind
  language: Locale
  values: MailValues
  /** What the mail's button opens. */
  link: string
  /** The account page where notices are turned off (notices only). */
  accountLink: string
}

/**
 * A mail in the recipient's language, as plain text and as HTML with the same words: the site's name, the message,
 * one link written out in full beside its button, and why the mail came. No images, nothing loaded from elsewhere,
 * no tracking.
 */
export function renderMail({ kind, language, values, link, accountLink }: Input): RenderedMail {
  const words = WORDS[language][kind]
  const common = WORDS[language].common
  const lead = words.lead.map((line) => line(values)).filter((line) => line.trim() !== '')
  const after = words.after.map((line) => line(values))
  const footer = isNotice(kind) ? common.noticeFooter(values) : common.askedFooter(values)
  const footerLink = isNotice(kind) ? accountLink : undefined
  const subject = oneLine(words.subject(values)).slice(0, SUBJECT_CHARS)

  const text = [
    values.site,
    '',
    ...lead.flatMap((line) => [line, '']),
    `${words.action}: ${link}`,
    '',
    ...after.flatMap((line) => [line, '']),
    '-- ',
    footer + (footerLink ? ` ${footerLink}` : ''),
    '',
  ].join('\n')

  const p = (inner: string, style = '') => `<p style="margin:0 0 16px;${style}">${inner}</p>`
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:4px">',
    p(escapeHtml(values.site), 'font-weight:bold;font-size:18px'),
    ...lead.map((line) => p(escapeHtml(line), 'white-space:pre-wrap')),
    p(
      `<a href="${escapeHtml(link)}" style="display:inline-block;background:#1f4fa3;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(words.action)}</a>`,
    ),
    p(
      `${escapeHtml(common.linkHint)}<br><a href="${escapeHtml(link)}" style="color:#1f4fa3;word-break:break-all">${escapeHtml(link)}</a>`,
      'font-size:14px;color:#555555',
    ),
    ...after.map((line) => p(escapeHtml(line))),
    '<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 16px">',
    p(
      escapeHtml(footer) +
        (footerLink ? ` <a href="${escapeHtml(footerLink)}" style="color:#1f4fa3">${escapeHtml(footerLink)}</a>` : ''),
      'font-size:13px;color:#555555',
    ),
    '</div></body></html>',
  ].join('\n')

  return { subject, text, html }
}
