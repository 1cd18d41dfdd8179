import type { CollectionBeforeDeleteHook, SanitizedConfig } from 'payload'

import { editorField } from '@/access'
import { QueryRefused } from './guardOperation'

/**
 * Cancelling a scheduled publish or unpublish is an editor's act, like publishing: the admin's drawer deletes the
 * job through the Local API, which asks no access rule, so the rule is a hook of the jobs collection. (A job a
 * contributor queues through the same drawer runs as that contributor, whose access refuses the publish.)
 */
const onlyEditorsCancel: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && editorField({ req } as never) !== true)
    throw new QueryRefused(
      [{ path: 'schedule', message: 'only an editor cancels scheduled publishing' }],
      403,
      'schedule: only an editor cancels scheduled publishing',
    )
}

/**
 * Payload's jobs collection with the rule above, set on the built configuration (jobs.jobsCollectionOverrides
 * would do the same, with a warning at every start that Payload's own job deletions skip hooks: they are not
 * what this rule is about).
 */
export function withSchedulingRights(config: SanitizedConfig): SanitizedConfig {
  const jobs = config.collections.find((c) => c.slug === 'payload-jobs')
  if (jobs) jobs.hooks = { ...jobs.hooks, beforeDelete: [onlyEditorsCancel, ...(jobs.hooks?.beforeDelete ?? [])] }
  return config
}
