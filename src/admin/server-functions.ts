import { Forbidden, type ServerFunction } from 'payload'
import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { editorField } from '@/access'

/**
 * The admin's server functions that answer differently from Payload's own (app/(payload)/layout.tsx hands them
 * to handleServerFunctions). Scheduling is an editor's act, like publishing: Payload's drawer queues and cancels the
 * job through the Local API, which asks no access rule, so someone who may not publish is answered here — with
 * the drawer's own error shape when scheduling, with no scheduled publishes when asking for them (Payload's
 * handler throws, which the server answers as a fault).
 */
export const serverFunctions: Record<string, ServerFunction> = {
  'schedule-publish': async (args) => {
    const { req } = args as { req: Parameters<typeof editorField>[0]['req'] }
    if (editorField({ req } as never) !== true) return { error: 'Only an editor schedules or cancels publishing.' }
    return schedulePublishHandler(args)
  },
  'get-upcoming-scheduled-publish': async (args) => {
    try {
      return await getUpcomingScheduledPublishHandler(args)
    } catch (error) {
      if (error instanceof Forbidden) return []
      throw error
    }
  },
}
