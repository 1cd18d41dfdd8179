import type { Payload } from 'payload'

import type { WebhookSettings } from '@/config'
import { nextAttemptAt, retryingTask } from '@/jobs/retrying'

import { DELIVER_TASK } from './hooks'
import { send } from './send'
import { signedHeaders } from './signature'

type Webhook = { id: number | string; url: string; secret?: string | null; active?: boolean | null }

/**
 * One attempt at one delivery: sends it signed, and writes what happened on the delivery (status, attempts,
 * the receiver's answer or the error) for admins to see. Returns the error when the attempt failed, so the
 * task fails and Payload's queue tries again later.
 */
export async function attemptDelivery(payload: Payload, deliveryId: string, settings: WebhookSettings) {
  const delivery = await payload.findByID({
    collection: 'webhook-deliveries',
    id: deliveryId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!delivery || delivery.status === 'delivered' || delivery.status === 'cancelled') return null
  const webhook = delivery.webhook as Webhook | null | undefined
  const record = (data: Record<string, unknown>) =>
    payload.update({ collection: 'webhook-deliveries', id: delivery.id, data, depth: 0, overrideAccess: true })

  if (!webhook || typeof webhook !== 'object' || !webhook.active || !webhook.secret) {
    await record({ status: 'cancelled', lastError: 'The webhook was deleted or switched off before delivery.' })
    return null
  }
  const attempts = (delivery.attempts ?? 0) + 1
  const started = new Date()
  const sent = await send(
    webhook.url,
    delivery.body,
    signedHeaders(webhook.secret, delivery.messageId, delivery.body),
    {
      timeoutMs: settings.timeoutSeconds * 1000,
      allowPrivate: settings.allowPrivateTargets,
    },
  )
  const common = { attempts, lastAttemptAt: started.toISOString(), lastStatusCode: sent.status ?? null }
  if (sent.ok) {
    await record({
      ...common,
      status: 'delivered',
      deliveredAt: new Date().toISOString(),
      lastError: null,
      nextAttemptAt: null,
    })
    return null
  }
  const final = attempts >= settings.attempts
  await record({
    ...common,
    status: final ? 'failed' : 'retrying',
    lastError: sent.error,
    nextAttemptAt: final ? null : nextAttemptAt(attempts, settings).toISOString(),
  })
  return sent.error
}

/** The queued task behind every delivery: retried with exponential backoff until it lands or runs out of tries. */
export const deliverTask = (settings: WebhookSettings) =>
  retryingTask(DELIVER_TASK, 'Deliver a webhook', 'delivery', settings, (payload, id) =>
    attemptDelivery(payload, id, settings),
  )
