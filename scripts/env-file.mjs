import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * On a fresh clone there is no .env: write one from .env.example with a new random PAYLOAD_SECRET, so the
 * production server can start without anyone inventing a secret. An existing .env is never touched.
 */
export function ensureEnvFile(root = process.cwd()) {
  const target = path.join(root, '.env')
  if (fs.existsSync(target) || process.env.PAYLOAD_SECRET) return false
  const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8')
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(target, example.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`), { mode: 0o600 })
  console.log('Created .env with a new random PAYLOAD_SECRET (keep it; sessions and API keys depend on it).')
  return true
}
