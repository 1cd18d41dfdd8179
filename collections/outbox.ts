import type { CollectionConfig, DateField } from 'payload'

import { isAdmin, nobody } from '@/access'
import { LOCALE_LABELS, LOCALES } from '@/lib/i18n/locales'
import { MAIL_KINDS } from '@/mail/words'

export const OUTBOX_STATUSES = [
  { value: 'queued', label: 'Waiting' },
  { value: 'retrying', label: 'Failed, will retry' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed for good' },
  { value: 'kept', label: 'Kept here (no mail server)' },
] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]['value']

const KIND_LABELS: Record<(typeof MAIL_KINDS)[number] | 'other', string> = {
  invitation: 'Invitation',
  reset: 'Password reset',
  reviewReady: 'Ready for review',
  reviewReturned: 'Changes requested',
  published: 'Published',
  scheduleFailed: 'Scheduled publishing failed',
  webhookFailed: 'Webhook failed',
  other: 'Other',
}

const moment: DateField['admin'] = {
  readOnly: true,
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm:ss', timeFormat: 'HH:mm:ss' },
}

/**
 * Every mail the CMS sends, written here in the same transaction as the change that asked for it and sent by the
 * jobs queue (src/mail): a save never waits for the mail server, and a mail server that is away loses nothing.
 * Without a mail server (no SMTP_URL) mails stay here for an admin to read. Written by the app only, read by
 * admins, who may delete old ones. A sent invitation or reset keeps no link: its one-time address is removed once
 * the mail server has taken it.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: 'Mail', plural: 'Outbox' },
  admin: {
    useAsTitle: 'subject',
    group: 'Accounts',
    defaultColumns: ['subject', 'to', 'kind', 'status', 'attempts', 'lastError', 'createdAt'],
    description:
      'Every mail the CMS sends and how it went. Failed mails are retried, waiting longer each time. Without a mail server (SMTP_URL) mails stay here: pass them on by hand.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'email', required: true, index: true, admin: { readOnly: true } },
    { name: 'toName', label: 'Name', type: 'text', admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...MAIL_KINDS, 'other' as const].map((value) => ({ value, label: KIND_LABELS[value] })),
      admin: { readOnly: true },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] })),
      admin: { readOnly: true },
    },
    { name: 'subject', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'text', label: 'Text', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'html', label: 'HTML', type: 'code', required: true, admin: { readOnly: true, language: 'html' } },
    {
      name: 'oneTimeLink',
      type: 'checkbox',
      defaultValue: false,
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: OUTBOX_STATUSES.map((s) => ({ ...s })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastError', label: 'Last error', type: 'textarea', admin: { readOnly: true } },
    { name: 'lastAttemptAt', label: 'Last attempt', type: 'date', admin: moment },
    { name: 'nextAttemptAt', label: 'Next attempt', type: 'date', admin: moment },
    { name: 'sentAt', label: 'Sent', type: 'date', admin: moment },
  ],
}
