import fs from 'node:fs'
import path from 'node:path'

import { BSON, MongoClient } from 'mongodb'

const { EJSON } = BSON

/**
 * MongoDB has no file to copy: every collection is written as Extended JSON lines (types such as ObjectId and
 * Date kept exactly) with its indexes, and read back the same way.
 */
const BATCH = 1000

export async function dumpMongo(uri: string, dir: string, log: (line: string) => void): Promise<void> {
  const client = await MongoClient.connect(uri)
  try {
    const db = client.db()
    fs.mkdirSync(dir, { recursive: true })
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (name.startsWith('system.')) continue
      const out = fs.openSync(path.join(dir, `${name}.ejson`), 'w')
      let count = 0
      for await (const doc of db.collection(name).find({})) {
        fs.writeSync(out, `${EJSON.stringify(doc, { relaxed: false })}\n`)
        count += 1
      }
      fs.closeSync(out)
      const indexes = (await db.collection(name).indexes()).filter((i) => i.name !== '_id_')
      fs.writeFileSync(path.join(dir, `${name}.indexes.json`), JSON.stringify(indexes))
      log(`  ${name}: ${count}`)
    }
  } finally {
    await client.close()
  }
}

export async function mongoContentRows(uri: string): Promise<number> {
  const client = await MongoClient.connect(uri)
  try {
    const db = client.db()
    let total = 0
    for (const name of ['events', 'users', 'photos']) total += await db.collection(name).countDocuments()
    return total
  } finally {
    await client.close()
  }
}

export async function loadMongo(uri: string, dir: string, log: (line: string) => void): Promise<void> {
  const client = await MongoClient.connect(uri)
  try {
    const db = client.db()
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ejson'))) {
      const name = file.replace(/\.ejson$/, '')
      const collection = db.collection(name)
      await collection.deleteMany({})
      const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean)
      for (let i = 0; i < lines.length; i += BATCH)
        await collection.insertMany(lines.slice(i, i + BATCH).map((line) => EJSON.parse(line, { relaxed: false })))
      const indexFile = path.join(dir, `${name}.indexes.json`)
      if (fs.existsSync(indexFile)) {
        for (const { key, name: indexName, v: _v, ns: _ns, ...options } of JSON.parse(
          fs.readFileSync(indexFile, 'utf8'),
        ))
          await collection.createIndex(key, { ...options, name: indexName }).catch(() => undefined)
      }
      log(`  ${name}: ${lines.length}`)
    }
  } finally {
    await client.close()
  }
}
