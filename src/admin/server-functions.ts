import { Forbidden, type ServerFunction } from 'payload'
import { getUpcomingScheduledPublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

/**
 * The admin's server functions that answer differently from Payload's own (app/(payload)/layout.tsx hands them
 * to handleServerFunctions). Someone who may not publish asking for the scheduled publishes of a document gets
 * none: Payload's handler throws, which the server answers as a fault (500).
 */
export const serverFunctions: Record<string, ServerFunction> = {
  'get-upcoming-scheduled-publish': async (args) => {
    try {
      return await getUpcomingScheduledPublishHandler(args as never)
    } catch (error) {
      if (error instanceof Forbidden) return []
      throw error
    }
  },
}
