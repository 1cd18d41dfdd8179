'use client'

import type { DefaultCellComponentProps } from 'payload'

import { knownZone } from '@/lib/time/days'

/**
 * An event's start in the admin's lists, in the event's own zone and European style: "29 November 2026, 19:00
 * Asia/Tbilisi", or just the date for an all-day event (never "12:00 AM").
 */
export function EventDateCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const row = rowData as { allDay?: boolean; startDate_tz?: string }
  const timeZone = knownZone(row.startDate_tz)
  const date = new Date(cellData)
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' })
  if (row.allDay) return <span>{day.format(date)} (all day)</span>
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return (
    <span>
      {day.format(date)}, {time.format(date)} <small>{timeZone.replace(/_/g, ' ')}</small>
    </span>
  )
}
