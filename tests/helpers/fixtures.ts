import sharp from 'sharp'
import type { Payload } from 'payload'

/** A small real JPEG, for upload tests. */
export async function jpeg(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 80, b: 160 } } })
    .jpeg()
    .toBuffer()
}

export const jpegFile = async (name = 'test-photo.jpg', width?: number, height?: number) => {
  const data = await jpeg(width, height)
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

let counter = 0
/** A valid event; `overrides` replace any field. Published unless `_status` says otherwise. */
export function eventData(overrides: Record<string, unknown> = {}) {
  counter += 1
  return {
    _status: 'published' as const,
    title: `Test event ${counter}`,
    startDate: '2030-05-01T08:00:00.000Z',
    startDate_tz: 'Europe/Berlin' as const,
    endDate: '2030-05-01T16:00:00.000Z',
    endDate_tz: 'Europe/Berlin' as const,
    ...overrides,
  }
}

export async function createUser(payload: Payload, role: 'admin' | 'editor' | 'contributor', email?: string) {
  const address = email ?? `${role}-${Math.random().toString(36).slice(2)}@example.org`
  const password = 'a-long-test-password'
  await payload.create({
    collection: 'users',
    data: { email: address, password, name: `Test ${role}`, role },
    overrideAccess: true,
  })
  const { token, user } = await payload.login({ collection: 'users', data: { email: address, password } })
  return { token: token as string, user, email: address, password }
}
