import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { MAX_URL_LENGTH, TEXT_LENGTHS } from '@/fields/common'
import { config } from '@/config'
import { CHANGES, WEBHOOK_COLLECTIONS } from '@/webhooks/message'

import { DELIVERY_COLUMNS } from './webhook-deliveries'
import { MAX_SECRET_LENGTH, newSecret, secretProblem } from '@/webhooks/signature'
import { targetProblem } from '@/net/address'

const COLLECTION_LABELS: Record<(typeof WEBHOOK_COLLECTIONS)[number], string> = {
  events: 'Events',
  tags: 'Tags',
  clusters: 'Clusters',
  institutes: 'Institutes',
  partners: 'Partners',
  organisations: 'Member organisations',
}
const CHANGE_LABELS: Record<(typeof CHANGES)[number], string> = {
  publish: 'Published',
  unpublish: 'Unpublished',
  update: 'Changed while public',
  delete: 'Deleted',
}

/** A new webhook gets its own secret; an admin who clears the field gets a new one (and gives it to the receiver). */
const fillSecret: CollectionBeforeChangeHook = ({ data }) =>
  typeof data.secret === 'string' && data.secret.trim() !== '' ? data : { ...data, secret: newSecret() }

/**
 * Other sites told when something changes: an admin names the receiver, what it wants to hear about, and gives
 * it the secret that signs every delivery. Admins only: a webhook sends content and reaches out of the app.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    useAsTitle: 'name',
    group: 'Integrations',
    defaultColumns: ['name', 'url', 'collections', 'changes', 'active'],
    description:
      'Another site is sent a signed message (Standard Webhooks) when content it cares about changes. Deliveries are retried when the receiver fails.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [fillSecret] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: TEXT_LENGTHS.name },
    {
      name: 'url',
      label: 'Receiver address',
      type: 'text',
      required: true,
      maxLength: MAX_URL_LENGTH,
      admin: { description: 'Where each delivery is POSTed, e.g. https://www.goethe.de/hooks/events.' },
      validate: (value: string | null | undefined) => {
        if (!value) return 'The receiver address is required.'
        const problem = targetProblem(value, config().webhooks.allowPrivateTargets)
        return problem ? `"${value}" cannot receive webhooks: ${problem}.` : true
      },
    },
    {
      name: 'secret',
      type: 'text',
      maxLength: MAX_SECRET_LENGTH,
      admin: {
        description:
          'Signs every delivery (webhook-signature). Give it to the receiver. Left empty, a new one is made on save.',
      },
      validate: (value: string | null | undefined) => {
        if (!value) return true
        const problem = secretProblem(value)
        return problem ? `The secret cannot sign: ${problem}.` : true
      },
    },
    {
      name: 'collections',
      label: 'Content',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_COLLECTIONS.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
    },
    {
      name: 'changes',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...CHANGES],
      admin: { description: 'Content without drafts (tags, clusters…) is published when it is created.' },
      options: CHANGES.map((value) => ({ value, label: CHANGE_LABELS[value] })),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Switched off, nothing is sent (and deliveries still waiting are cancelled).' },
    },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'webhook',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      admin: {
        condition: (data) => Boolean(data?.id),
        allowCreate: false,
        defaultColumns: ['eventType', ...DELIVERY_COLUMNS],
      },
    },
  ],
}
