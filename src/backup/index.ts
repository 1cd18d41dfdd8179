import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind, defaultSqliteUrl, sqliteFilePath } from '@/db/adapter'
import { megabytes } from '@/lib/text/sizes'

import { dumpMongo, loadMongo, mongoContentRows } from './mongo'

/**
 * One archive (tar.gz) with the whole content: the database as the database itself writes it (a consistent
 * SQLite copy made with VACUUM INTO, pg_dump's custom format, MongoDB's collections as Extended JSON) and every
 * uploaded file, with a manifest.
 */
export const BACKUP_FORMAT = 1

type Log = (line: string) => void
export type Target = { uri: string | undefined; production: boolean; mediaDir: string }
type Kind = 'sqlite' | 'postgres' | 'mongodb'
type Manifest = { format: number; createdAt: string; database: Kind; media: number; bytes: number }

const sqliteFile = (target: Target) => sqliteFilePath(target.uri ?? defaultSqliteUrl(target.production))

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(full, base)
    return entry.name === '.gitkeep' ? [] : [path.relative(base, full)]
  })
}

const kindOf = (target: Target): Kind => databaseKind(target.uri)

export async function backup(target: Target, out: string, log: Log = console.log): Promise<string> {
  const kind = kindOf(target)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-backup-'))
  try {
    if (kind === 'sqlite') {
      const file = sqliteFile(target)
      if (!fs.existsSync(file)) throw new Error(`There is no database at ${file} to back up.`)
      const size = ['', '-wal'].reduce((sum, s) => sum + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0)
      log(`· database (SQLite, ${megabytes(size)})…`)
      const client = createClient({ url: `file:${file}` })
      try {
        await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(work, 'database.sqlite')] })
      } finally {
        client.close()
      }
    } else if (kind === 'mongodb') {
      log('· database (MongoDB, every collection)…')
      await dumpMongo(target.uri as string, path.join(work, 'database.mongo'), log)
    } else {
      log('· database (PostgreSQL, pg_dump)…')
      execFileSync(
        'pg_dump',
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          '--file',
          path.join(work, 'database.pgdump'),
          target.uri as string,
        ],
        { stdio: ['ignore', 'inherit', 'pipe'] },
      )
    }
    const files = listFiles(target.mediaDir)
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(target.mediaDir, f)).size, 0)
    log(`· media: ${files.length} files, ${megabytes(bytes)}…`)
    fs.mkdirSync(path.join(work, 'media'))
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(work, 'media', f)), { recursive: true })
      fs.copyFileSync(path.join(target.mediaDir, f), path.join(work, 'media', f))
    }
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      database: kind,
      media: files.length,
      bytes,
    }
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
    log('· archive…')
    execFileSync('tar', ['-czf', path.resolve(out), '-C', work, '.'])
    log(`Backup written: ${out} (${megabytes(fs.statSync(out).size)})`)
    return out
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** How many rows the content tables hold (0 for a database that does not exist or has no tables yet). */
async function contentRows(target: Target, kind: Kind): Promise<number> {
  if (kind === 'mongodb') return mongoContentRows(target.uri as string)
  const query =
    'SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM users) + (SELECT count(*) FROM photos) AS n'
  if (kind === 'sqlite') {
    const file = sqliteFile(target)
    if (!fs.existsSync(file)) return 0
    const client = createClient({ url: `file:${file}` })
    try {
      return Number((await client.execute(query)).rows[0]?.n ?? 0)
    } catch {
      return 0
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: target.uri })
  await client.connect()
  try {
    return Number((await client.query(query)).rows[0]?.n ?? 0)
  } catch {
    return 0
  } finally {
    await client.end()
  }
}

export async function restore(target: Target, archive: string, { force = false } = {}, log: Log = console.log) {
  if (!fs.existsSync(archive)) throw new Error(`There is no backup at ${archive}.`)
  const kind = kindOf(target)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-restore-'))
  try {
    log('· reading the archive…')
    try {
      execFileSync('tar', ['-xzf', path.resolve(archive), '-C', work], { stdio: ['ignore', 'ignore', 'pipe'] })
    } catch {
      throw new Error(`${archive} is not a backup archive (tar.gz) this tool wrote.`)
    }
    const manifestFile = path.join(work, 'manifest.json')
    if (!fs.existsSync(manifestFile))
      throw new Error(`${archive} has no manifest.json: it is not a backup of this CMS.`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
    if (manifest.format !== BACKUP_FORMAT)
      throw new Error(`The backup has format ${manifest.format}; this version reads ${BACKUP_FORMAT}.`)
    if (manifest.database !== kind)
      throw new Error(`The backup holds a ${manifest.database} database; DATABASE_URI points at ${kind}.`)
    const rows = await contentRows(target, kind)
    const media = listFiles(target.mediaDir)
    if (!force && (rows > 0 || media.length > 0))
      throw new Error(
        `The install is not empty (${rows} events, users and photos; ${media.length} media files). Restore into an empty install, or pass --force to replace what is there.`,
      )
    log(`· database (${kind}, backup of ${manifest.createdAt})…`)
    if (kind === 'sqlite') {
      const file = sqliteFile(target)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
      fs.copyFileSync(path.join(work, 'database.sqlite'), file)
    } else if (kind === 'mongodb') {
      await loadMongo(target.uri as string, path.join(work, 'database.mongo'), log)
    } else {
      execFileSync(
        'pg_restore',
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--dbname',
          target.uri as string,
          path.join(work, 'database.pgdump'),
        ],
        { stdio: ['ignore', 'inherit', 'pipe'] },
      )
    }
    log(`· media: ${manifest.media} files…`)
    fs.rmSync(target.mediaDir, { recursive: true, force: true })
    fs.mkdirSync(target.mediaDir, { recursive: true })
    fs.cpSync(path.join(work, 'media'), target.mediaDir, { recursive: true })
    log('Restored. Start the site as usual (npm start).')
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
