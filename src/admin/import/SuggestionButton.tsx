'use client'
import { useState } from 'react'

import { adminDocPath, importSuggestionsPath } from '@/lib/routes'

const SINGULAR: Record<string, string> = {
  tags: 'tag',
  clusters: 'cluster',
  institutes: 'institute',
  partners: 'partner',
}

type Answer = { doc?: { id: number | string }; errors?: Array<{ message?: string }> }

type Props = { importId: number | string; item: number; collection: string; name: string; created?: number | string }

/**
 * A name the import found that the site has no record of: one click creates it with the rights of whoever clicks
 * and links it in the draft (a partner is created of the kind "other", to be corrected in its form); or it is left.
 */
export function SuggestionButton({ importId, item, collection, name, created }: Props) {
  const [made, setMade] = useState<number | string | undefined>(created)
  const [said, setSaid] = useState('')
  const [busy, setBusy] = useState(false)

  async function create() {
    setBusy(true)
    try {
      const res = await fetch(importSuggestionsPath(importId), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ item, collection, name }),
      })
      const answer = (await res.json().catch(() => ({}))) as Answer
      if (res.ok && answer.doc) setMade(answer.doc.id)
      else setSaid(answer.errors?.[0]?.message ?? `The server answered ${res.status}.`)
    } finally {
      setBusy(false)
    }
  }

  if (made !== undefined)
    return (
      <span>
        <a href={adminDocPath(collection, made)}>{name}</a> was created as a {SINGULAR[collection]} and linked in the
        draft.
      </span>
    )
  return (
    <span>
      <strong>{name}</strong>{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => void create()}
      >
        Create {SINGULAR[collection]}
      </button>
      {said ? <span role="alert"> {said}</span> : null}
    </span>
  )
}
