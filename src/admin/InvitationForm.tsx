'use client'
import { type FormEvent, useState } from 'react'

import { adminPath, invitationAcceptPath } from '@/lib/routes'

import type { InvitationFormWords } from './invitation-words'

type Props = {
  token: string
  name: string
  words: InvitationFormWords
  /** The server's own limits, so the browser checks the same (the server checks again). */
  limits: { name: number; password: { min: number; max: number } }
}

/** The invited person's name and password, sent once to the accept endpoint; its answer is shown as it is. */
export function InvitationForm({ token, name, words, limits }: Props) {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const field = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : ''
    }
    const password = field('password')
    if (password !== field('again')) return setError(words.mismatch)
    setBusy(true)
    setError('')
    try {
      const res = await fetch(invitationAcceptPath(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'include',
        body: JSON.stringify({ token, name: field('name'), password }),
      })
      if (res.ok) return window.location.assign(adminPath())
      const answer = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
      setError(answer.errors?.[0]?.message ?? words.failed)
    } catch {
      setError(words.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="invitation-form" onSubmit={(e) => void submit(e)}>
      <div className="field-type text">
        <label className="field-label" htmlFor="invitation-name">
          {words.name}
        </label>
        <input
          id="invitation-name"
          name="name"
          type="text"
          defaultValue={name}
          required
          maxLength={limits.name}
          autoComplete="name"
        />
      </div>
      <div className="field-type password">
        <label className="field-label" htmlFor="invitation-password">
          {words.password}
        </label>
        <input
          id="invitation-password"
          name="password"
          type="password"
          required
          minLength={limits.password.min}
          maxLength={limits.password.max}
          autoComplete="new-password"
          aria-describedby="invitation-password-hint"
        />
        <p id="invitation-password-hint" className="field-description">
          {words.passwordHint}
        </p>
      </div>
      <div className="field-type password">
        <label className="field-label" htmlFor="invitation-again">
          {words.again}
        </label>
        <input
          id="invitation-again"
          name="again"
          type="password"
          required
          minLength={limits.password.min}
          maxLength={limits.password.max}
          autoComplete="new-password"
        />
      </div>
      {error ? (
        <p role="alert" className="invitation-form__error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-large" disabled={busy}>
        {words.submit}
      </button>
    </form>
  )
}
