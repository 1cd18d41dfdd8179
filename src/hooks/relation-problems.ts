import type { FlattenedField, PayloadRequest } from 'payload'

import { idOf } from '@/lib/relations'
import { idTypeOf, isValidId } from '@/checks/where'

type Reference = { path: string; collection: string; id: unknown }

/** Every relationship and upload value in `data`, with the path of the field that holds it. */
function references(fields: FlattenedField[], data: unknown, prefix: string, found: Reference[]): Reference[] {
  if (typeof data !== 'object' || data === null) return found
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !(field.name in record)) continue
    const value = record[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
      for (const item of values) found.push({ path, collection: field.relationTo, id: idOf(item) })
    } else if (field.type === 'group' || field.type === 'tab') {
      references(field.flattenedFields, value, path, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => references(field.flattenedFields, row, `${path}.${i}`, found))
    }
  }
  return found
}

async function missing(req: PayloadRequest, refs: Reference[]) {
  const idType = idTypeOf(req.payload)
  const problems = new Map<string, string>()
  const byCollection = new Map<string, Reference[]>()
  for (const ref of refs) {
    if (!isValidId(ref.id, idType)) problems.set(ref.path, `${JSON.stringify(ref.id)} is not a valid id.`)
    else byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref])
  }
  for (const [collection, list] of byCollection) {
    const ids = [...new Set(list.map((r) => String(r.id)))]
    const { docs } = await req.payload.find({
      collection: collection as 'tags',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      select: {},
      overrideAccess: true,
      req,
    })
    const present = new Set(docs.map((d) => String(d.id)))
    for (const ref of list) {
      if (!present.has(String(ref.id)) && !problems.has(ref.path))
        problems.set(ref.path, `There is no ${collection} document with the id ${String(ref.id)}.`)
    }
  }
  return [...problems].map(([path, message]) => ({ path, message }))
}

/** Relations to documents that do not exist (or ids that cannot be ids), by the path of the field holding them. */
export async function relationProblems(fields: FlattenedField[], data: unknown, req: PayloadRequest) {
  const refs = references(fields, data, '', [])
  return refs.length === 0 ? [] : missing(req, refs)
}
