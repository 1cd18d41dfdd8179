import type { CollectionConfig, DateField } from 'payload'

import { isAdmin, nobody } from '@/access'

export const DELIVERY_STATUSES = [
  { value: 'pending', label: 'Waiting' },
  { value: 'retrying', label: 'Failed, will retry' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'failed', label: 'Failed for good' },
  { value: 'cancelled', label: 'Cancelled' },
] as const

/** How a delivery went, as the lists show it (here beside its webhook, on the webhook beside nothing else). */
export const DELIVERY_COLUMNS = ['status', 'attempts', 'lastStatusCode', 'lastError', 'nextAttemptAt', 'createdAt']

/** When a delivery happened or will be tried: the day and the time to the second, written by the system only. */
const moment: DateField['admin'] = {
  readOnly: true,
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm:ss', timeFormat: 'HH:mm:ss' },
}

/**
 * One message to one receiver and how its delivery went: written by the app only (src/webhooks), read by admins,
 * who may delete old ones.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'eventType',
    group: 'Integrations',
    defaultColumns: ['eventType', 'webhook', ...DELIVERY_COLUMNS],
    description:
      'What was sent to each webhook and how it went. Failed deliveries are retried, waiting longer each time.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true, admin: { readOnly: true } },
    { name: 'eventType', label: 'Event', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'documentId', label: 'Document', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'messageId',
      label: 'Message id',
      type: 'text',
      required: true,
      admin: { readOnly: true, description: 'Sent as webhook-id; the same on every attempt.' },
    },
    { name: 'body', type: 'code', required: true, admin: { readOnly: true, language: 'json' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DELIVERY_STATUSES.map((s) => ({ ...s })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastStatusCode', label: 'Last answer', type: 'number', admin: { readOnly: true } },
    { name: 'lastError', label: 'Last error', type: 'textarea', admin: { readOnly: true } },
    { name: 'lastAttemptAt', label: 'Last attempt', type: 'date', admin: moment },
    { name: 'nextAttemptAt', label: 'Next attempt', type: 'date', admin: moment },
    { name: 'deliveredAt', label: 'Delivered', type: 'date', admin: moment },
  ],
}
