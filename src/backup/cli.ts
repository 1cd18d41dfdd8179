/**
 * Run by scripts/backup.mjs:
 *   npm run backup [file]               the whole content to one archive (default backups/backup-<time>.tar.gz)
 *   npm run restore <file> [--force]    back into an empty install (--force replaces what is there)
 */
import { config } from '@/config'

import { backup, restore } from './index'

const [command, ...rest] = process.argv.slice(2)
const env = config()
const target = { uri: env.databaseUri, production: env.production, mediaDir: env.mediaDir }

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    await backup(target, rest[0] ?? `backups/backup-${stamp}.tar.gz`)
  } else if (command === 'restore' && rest.some((a) => !a.startsWith('--'))) {
    await restore(target, rest.find((a) => !a.startsWith('--')) as string, { force: rest.includes('--force') })
  } else {
    console.error('Usage: npm run backup [file]   |   npm run restore <file> [--force]')
    process.exit(2)
  }
} catch (error) {
  console.error(`${command === 'backup' ? 'Backup' : 'Restore'} failed: ${(error as Error).message}`)
  process.exit(1)
}
