import type { Payload, TaskConfig } from 'payload'

/** How often a task is tried in all, and the wait before its first retry (each later one waits twice as long). */
export type RetryRule = { attempts: number; retrySeconds: number }

/** When the queue's exponential backoff tries again after the given number of failed attempts. */
export const nextAttemptAt = (failed: number, rule: RetryRule, now = new Date()) =>
  new Date(now.getTime() + 2 ** (failed - 1) * rule.retrySeconds * 1000)

/**
 * A queued task that makes one attempt at one record (a webhook delivery, a mail), named by the text input `field`,
 * and is retried with exponential backoff until `attempt` answers no error or the tries run out. The record says
 * how each attempt went; the task only fails, so that the queue waits and tries again.
 */
export function retryingTask<S extends 'deliverWebhook' | 'sendMail'>(
  slug: S,
  label: string,
  field: string,
  rule: RetryRule,
  attempt: (payload: Payload, id: string) => Promise<string | null>,
): TaskConfig<S> {
  const task = {
    slug,
    label,
    inputSchema: [{ name: field, type: 'text', required: true }],
    retries: { attempts: rule.attempts - 1, backoff: { type: 'exponential', delay: rule.retrySeconds * 1000 } },
    handler: async ({ input, req }: { input: Record<string, string>; req: { payload: Payload } }) => {
      const error = await attempt(req.payload, input[field])
      if (error) throw new Error(error)
      return { output: {} }
    },
  }
  return task as unknown as TaskConfig<S>
}
