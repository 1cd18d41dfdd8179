import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { MongoClient } from 'mongodb'
import pg from 'pg'

import { backup, restore } from '@/backup'

import { createUser, eventData, jpegFile } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-backup-test-'))
const archive = path.join(work, 'backup.tar.gz')
const quiet = () => undefined

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  await createUser(payload, 'admin')
  const tag = await payload.create({ collection: 'tags', data: { name: 'Climate' } })
  await payload.update({ collection: 'tags', id: tag.id, locale: 'fr', data: { name: 'Climat' } })
  const photo = await payload.create({
    collection: 'photos',
    data: { alt: 'People', credit: 'Somebody' },
    file: await jpegFile('people.jpg', 900, 600),
  })
  const event = await payload.create({ collection: 'events', data: eventData({ tags: [tag.id], heroPhoto: photo.id }) })
  await payload.update({
    collection: 'events',
    id: event.id,
    draft: true,
    data: { title: 'A newer draft', _status: 'draft' },
  })
})
afterAll(async () => {
  await stopPayload(ctx)
  fs.rmSync(work, { recursive: true, force: true })
})

const target = () => ({ uri: ctx.db.uri, production: true, mediaDir: ctx.mediaDir })

/** Every row of every table, in a stable order: what "everything came back" means. */
async function everyRow(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  if (ctx.db.kind === 'sqlite') {
    const client = createClient({ url: ctx.db.uri })
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables.rows)
      out[String(name)] = (await client.execute(`SELECT * FROM "${name}" ORDER BY 1`)).rows.map((r) => ({ ...r }))
    client.close()
    return out
  }
  if (ctx.db.kind === 'mongodb') {
    const mongo = await MongoClient.connect(ctx.db.uri)
    for (const { name } of await mongo.db().listCollections().toArray())
      out[name] = await mongo.db().collection(name).find({}).sort({ _id: 1 }).toArray()
    await mongo.close()
    return out
  }
  const client = new pg.Client({ connectionString: ctx.db.uri })
  await client.connect()
  const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
  for (const { tablename } of tables.rows)
    out[tablename] = (await client.query(`SELECT * FROM "${tablename}" ORDER BY 1`)).rows
  await client.end()
  return out
}

const fileSums = () =>
  Object.fromEntries(
    fs.readdirSync(ctx.mediaDir).map((f) => [
      f,
      createHash('sha256')
        .update(fs.readFileSync(path.join(ctx.mediaDir, f)))
        .digest('hex'),
    ]),
  )

async function wipe() {
  fs.rmSync(ctx.mediaDir, { recursive: true, force: true })
  if (ctx.db.kind === 'sqlite') {
    const file = ctx.db.uri.replace(/^file:/, '')
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
    return
  }
  if (ctx.db.kind === 'mongodb') {
    const mongo = await MongoClient.connect(ctx.db.uri)
    await mongo.db().dropDatabase()
    await mongo.close()
    return
  }
  // Everything in the database goes; the database itself stays, as on a fresh install.
  const client = new pg.Client({ connectionString: ctx.db.uri })
  await client.connect()
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await client.end()
}

test('backup → wipe → restore brings back every document, version and file', async () => {
  const rows = await everyRow()
  const files = fileSums()
  expect((rows._events_v ?? rows._events_versions).length).toBeGreaterThanOrEqual(2)
  expect(Object.keys(files).length).toBeGreaterThan(1)

  await backup(target(), archive, quiet)
  await wipe()
  expect(fs.existsSync(ctx.mediaDir)).toBe(false)
  await restore(target(), archive, {}, quiet)

  expect(await everyRow()).toEqual(rows)
  expect(fileSums()).toEqual(files)
})

test('a restore refuses to overwrite an install that holds content, and says how to', async () => {
  await expect(restore(target(), archive, {}, quiet)).rejects.toThrow(/not empty.*--force/)
  await expect(restore(target(), path.join(work, 'nothing.tar.gz'), {}, quiet)).rejects.toThrow(/no backup/)
  fs.writeFileSync(path.join(work, 'junk.tar.gz'), 'not an archive')
  await expect(restore(target(), path.join(work, 'junk.tar.gz'), { force: true }, quiet)).rejects.toThrow(
    /not a backup/,
  )
})
