import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { FailedJobFacts as PayloadJob } from '@/jobs/run-due'
import { DELIVER_TASK } from '@/webhooks/hooks'

import { noticeScheduleFailed, noticeWebhookFailed } from './notices'

const SCHEDULE_TASK = 'schedulePublish'

const errorText = (job: PayloadJob) => {
  const error = job.error as { message?: unknown } | string | null | undefined
  const message = typeof error === 'string' ? error : typeof error?.message === 'string' ? error.message : ''
  return message.trim().slice(0, 300) || 'the reason was not recorded'
}

type Relation = { relationTo?: unknown; value?: unknown }

/**
 * The jobs round tells this of every job that failed for good: a scheduled publish of an event mails its author
 * and editors, a webhook delivery the admins. Other jobs (a mail) tell nobody: whoever would read it is in the
 * outbox's list already.
 */
export async function noticeFailedJob(job: PayloadJob, payload: Payload, given?: PayloadRequest) {
  const req = given ?? (await createLocalReq({}, payload))
  const input = (job.input ?? {}) as { doc?: Relation; delivery?: unknown; type?: unknown }
  if (job.taskSlug === SCHEDULE_TASK && input.doc?.relationTo === 'events' && input.type !== 'unpublish') {
    const due = job.waitUntil ? new Date(job.waitUntil) : undefined
    await noticeScheduleFailed(req, input.doc.value as number | string, errorText(job), due)
  }
  if (job.taskSlug === DELIVER_TASK && typeof input.delivery === 'string') {
    const delivery = await req.payload.findByID({
      collection: 'webhook-deliveries',
      id: input.delivery,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!delivery) return
    const webhook = delivery.webhook as { url?: string } | null | undefined
    await noticeWebhookFailed(req, {
      id: delivery.id,
      eventType: delivery.eventType,
      target: webhook?.url ?? 'a webhook that no longer exists',
      error: delivery.lastError ?? errorText(job),
    })
  }
}
