import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'

import { RENAMED_ZONES } from '@/lib/time/timezones'

type Zones = { startDate_tz?: unknown; endDate_tz?: unknown; separateEndZone?: unknown }
type Sent = { end: boolean; separate: boolean }

const current = (zone: unknown) => (typeof zone === 'string' && RENAMED_ZONES[zone]) || zone
const SENT = 'eventZonesSent'

/**
 * Notes what the caller itself sent, before Payload fills in defaults (the end zone's default cannot be told
 * from a chosen zone later), and stores old zone names (Europe/Kiev…) under their current name (Europe/Kyiv…).
 */
export const noteSentZones: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Zones & Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  for (const key of ['startDate_tz', 'endDate_tz'] as const) {
    if (data[key] !== undefined) data[key] = current(data[key])
  }
  const sent: Sent = { end: data.endDate_tz !== undefined, separate: data.separateEndZone !== undefined }
  req.context[SENT] = sent
  return args
}

/**
 * An event has one time zone for its start and end unless its editor asks for two ("ends in another time
 * zone"): the end follows the start. A caller that sends an end zone unlike the start's, without saying, has
 * asked for two.
 */
export const oneZone: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const sent = (req.context[SENT] as Sent | undefined) ?? { end: false, separate: false }
  const next: Zones & Record<string, unknown> = { ...data }
  const before = (originalDoc ?? {}) as Zones
  const start = next.startDate_tz ?? before.startDate_tz
  if (sent.end && !sent.separate && next.endDate_tz !== start && next.endDate_tz !== before.endDate_tz) {
    next.separateEndZone = true
  }
  const separate = next.separateEndZone ?? before.separateEndZone
  if (!separate && start !== undefined) next.endDate_tz = start
  return next
}
