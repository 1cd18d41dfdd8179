'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'

import { idOf } from '@/lib/relations'

/** The dialog Payload shows when someone else is editing the document. */
const DIALOG_TEXT = '.document-locked__content'

const shownAs = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' })

/**
 * Puts "Jane Doe is editing it, since 6 December 2026, 18:49" in Payload's "Document locked" dialog, in place
 * of its own lines (hidden by the admin's stylesheet while this one is there). Only while the dialog is about
 * the holder read on the server.
 */
export function LockHolderNote({ holder, name, since }: { holder: string; name: string; since: string }) {
  const { currentEditor } = useDocumentInfo()
  const [dialog, setDialog] = useState<Element | null>(null)

  useEffect(() => {
    const find = () => setDialog(document.querySelector(DIALOG_TEXT))
    find()
    const watch = new MutationObserver(find)
    watch.observe(document.body, { childList: true, subtree: true })
    return () => watch.disconnect()
  }, [])

  const editor = currentEditor === null || currentEditor === undefined ? undefined : String(idOf(currentEditor))
  if (!dialog || (editor !== undefined && editor !== holder)) return null
  return createPortal(
    <p className="lock-holder">
      <strong>{name}</strong> is editing it, since {shownAs.format(new Date(since))}.
    </p>,
    dialog,
  )
}
