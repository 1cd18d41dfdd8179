'use client'
import { useState } from 'react'

import { adminDocPath, importsApiPath } from '@/lib/routes'

type Answer = { doc?: { id: number | string }; errors?: Array<{ message?: string }> }

/** The import's form: files, an address or text, sent as one multipart form; the report opens when it is queued. */
export function ImportForm({ limits }: { limits: string }) {
  const [said, setSaid] = useState('')
  const [busy, setBusy] = useState(false)

  async function send(form: HTMLFormElement) {
    const data = new FormData(form)
    for (const [name, value] of [...data.entries()]) {
      if ((value instanceof File && value.size === 0 && !value.name) || (typeof value === 'string' && !value.trim()))
        data.delete(name)
    }
    if ([...data.keys()].length === 0) {
      setSaid('Choose a file, or give an address or text.')
      return
    }
    setBusy(true)
    setSaid('Sending…')
    try {
      const res = await fetch(importsApiPath(), { method: 'POST', credentials: 'include', body: data })
      const answer = (await res.json().catch(() => ({}))) as Answer
      if (res.ok && answer.doc) {
        window.location.assign(adminDocPath('imports', answer.doc.id))
        return
      }
      setSaid(answer.errors?.[0]?.message ?? `The server answered ${res.status}.`)
    } catch {
      setSaid('The server could not be reached.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="import-form"
      onSubmit={(event) => {
        event.preventDefault()
        void send(event.currentTarget)
      }}
    >
      <div className="field-type">
        <label className="field-label" htmlFor="import-files">
          Files
        </label>
        <input id="import-files" name="file" type="file" multiple accept=".html,.htm,.zip,.xml,.ics,.txt" />
      </div>
      <div className="field-type">
        <label className="field-label" htmlFor="import-url">
          Or the address of a page or calendar
        </label>
        <input id="import-url" name="url" type="url" placeholder="https://…" className="import-form__input" />
      </div>
      <div className="field-type">
        <label className="field-label" htmlFor="import-text">
          Or the text of a page, as copied from the browser
        </label>
        <textarea id="import-text" name="text" rows={8} className="import-form__input" />
      </div>
      <p className="field-description">{limits}</p>
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
        Import as drafts
      </button>
      {said ? (
        <p role="status" className="import-form__said">
          {said}
        </p>
      ) : null}
    </form>
  )
}
