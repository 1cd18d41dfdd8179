'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/** Payload's schedule drawer: its list of what to do, and each choice's radio. */
const CHOICES = '.schedule-publish__type'

/**
 * Payload's schedule drawer preselects "Unpublish" whenever it counts no draft newer than the published version —
 * also for a draft that was never published, where that count is not even made. For such a draft the drawer here
 * offers "Publish" alone, selected: unpublishing what the public cannot see is never what an editor means.
 */
export function ScheduleDefault() {
  const { hasPublishedDoc } = useDocumentInfo()
  useEffect(() => {
    if (hasPublishedDoc) return
    const settle = () => {
      for (const list of document.querySelectorAll<HTMLElement>(CHOICES)) {
        const [publish, unpublish] = list.querySelectorAll<HTMLElement>(':scope > li')
        if (!publish || !unpublish || unpublish.hidden) continue
        unpublish.hidden = true
        const radio = publish.querySelector<HTMLElement>('input[type="radio"], label, button')
        radio?.click()
      }
    }
    const watcher = new MutationObserver(settle)
    watcher.observe(document.body, { childList: true, subtree: true })
    settle()
    return () => watcher.disconnect()
  }, [hasPublishedDoc])
  return null
}
