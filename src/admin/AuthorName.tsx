import type { Payload } from 'payload'

import { idOf } from '@/lib/relations'

import { batched } from './batched'

/** Account names by id, for every author shown in one render at once. */
const namesOf = batched(async (payload, ids) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { name: true },
  })
  return new Map(docs.map((user) => [String(user.id), user.name]))
})

/**
 * The name of the account behind a "Created by" or "Last changed by" value. Accounts are readable by admins only,
 * so without this an editor would see "Untitled - ID: 2"; only the name is read, never the address or role.
 */
async function nameOf(payload: Payload, value: unknown): Promise<string | null> {
  const id = idOf(value)
  if (id === null || id === undefined || id === '') return null
  return (await namesOf(payload, String(id)).catch(() => undefined)) ?? 'A removed account'
}

type FieldProps = {
  payload: Payload
  value?: unknown
  siblingData?: Record<string, unknown>
  field: { label?: unknown; name: string }
}

export async function AuthorField({ payload, value, siblingData, field }: FieldProps) {
  const name = await nameOf(payload, value ?? siblingData?.[field.name])
  return (
    <div className="field-type author-field">
      <span className="field-label">{typeof field.label === 'string' ? field.label : field.name}</span>
      <div className="author-field__value">{name ?? '—'}</div>
    </div>
  )
}

export async function AuthorCell({ payload, cellData }: { payload: Payload; cellData: unknown }) {
  return <span>{(await nameOf(payload, cellData)) ?? '—'}</span>
}
