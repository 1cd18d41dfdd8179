'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { invitationActionPath } from '@/lib/routes'

const OPEN = new Set(['pending', 'expired'])

/**
 * On a waiting (or run-out) invitation: send it again with a new link, or withdraw it. Each asks the server, which
 * checks who may (an admin, or the editor who sent it) and says what it did.
 */
export function InvitationActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [said, setSaid] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || !status || !OPEN.has(status)) return null
  const invitation = id

  async function act(what: 'resend' | 'withdraw') {
    setBusy(true)
    try {
      const res = await fetch(invitationActionPath(invitation, what), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const answer = (await res.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message?: string }> }
      setSaid(answer.message ?? answer.errors?.[0]?.message ?? `The server answered ${res.status}.`)
      if (res.ok) window.setTimeout(() => window.location.reload(), 1200)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="invitation-actions">
      <button
        type="button"
        className="btn btn--style-secondary btn--size-medium"
        disabled={busy}
        onClick={() => void act('resend')}
      >
        Send again
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-medium"
        disabled={busy}
        onClick={() => void act('withdraw')}
      >
        Withdraw
      </button>
      {said ? (
        <span role="status" className="invitation-actions__said">
          {said}
        </span>
      ) : null}
    </div>
  )
}
