import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { editorField } from '@/access'
import { QueryRefused } from '@/hooks/guardOperation'

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

/** Payload's jobs collection with the rule above (config: jobs.jobsCollectionOverrides). */
export const withSchedulingRights = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }) => ({
  ...defaultJobsCollection,
  hooks: {
    ...defaultJobsCollection.hooks,
    beforeDelete: [onlyEditorsCancel, ...(defaultJobsCollection.hooks?.beforeDelete ?? [])],
  },
})
