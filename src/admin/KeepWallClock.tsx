'use client'

import { useAllFormFields, useForm } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { sameWallClock } from '@/lib/time/zoned-time'

type Zones = { start?: string; end?: string; separate: boolean }

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/**
 * Invisible helper in the event form. Payload's date field keeps the instant when its zone changes, so 19:00
 * typed in Brussels became 23:00 when the zone was set to Tbilisi. This keeps what the editor typed: when a
 * zone changes, the time is moved so the clock reads the same in the new zone; and unless the event ends in
 * another zone, the end follows the start's zone.
 */
export function KeepWallClock() {
  const [fields, dispatch] = useAllFormFields()
  const { setModified } = useForm()
  const zones: Zones = {
    start: text(fields.startDate_tz?.value),
    end: text(fields.endDate_tz?.value),
    separate: Boolean(fields.separateEndZone?.value),
  }
  const before = useRef<Zones>(zones)

  useEffect(() => {
    const was = before.current
    const set = (path: string, value: string) => dispatch({ type: 'UPDATE', path, value })
    // Only a moved time is a change of the editor's; filling in the zone of a new event is not.
    let moved = false
    const move = (path: 'startDate' | 'endDate', from: string | undefined, to: string) => {
      const value = text(fields[path]?.value)
      if (!value || !from || from === to) return
      set(path, sameWallClock(value, from, to))
      moved = true
    }
    if (zones.start && was.start && zones.start !== was.start) move('startDate', was.start, zones.start)
    if (!zones.separate && zones.start && zones.end !== zones.start) {
      // The end follows the start: same zone, same wall-clock time as it showed before.
      move('endDate', zones.end ?? was.end ?? was.start, zones.start)
      set('endDate_tz', zones.start)
    } else if (zones.separate && zones.end && was.end && zones.end !== was.end) {
      move('endDate', was.end, zones.end)
    }
    before.current = { ...zones, end: zones.separate ? zones.end : zones.start }
    if (moved) setModified(true)
    // Runs when a zone or the choice of two zones changes, not on every keystroke elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zones.start, zones.end, zones.separate])

  return null
}
