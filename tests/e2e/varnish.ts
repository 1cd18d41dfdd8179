import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const CANDIDATES = [process.env.VARNISHD, '/usr/sbin/varnishd', '/usr/bin/varnishd']

/** Debian's varnishd (with varnish-modules for xkey), or why there is none. */
export function varnishd(): { path?: string; problem?: string } {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p))
  if (!found) return { problem: 'no varnishd: install it with "apt-get install -y varnish varnish-modules"' }
  return { path: found }
}

/**
 * Varnish with the project's own VCL (deploy/varnish/default.vcl), its backend pointed at an app on this
 * machine. `port` is chosen before the app starts, so the app can be told where to send its purges.
 */
export async function startVarnish(binary: string, port: number, backendPort: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-varnish-'))
  const vcl = fs
    .readFileSync('deploy/varnish/default.vcl', 'utf8')
    .replace(/"app";/g, '"127.0.0.1";')
    .replace('.port = "3000"', `.port = "${backendPort}"`)
  fs.writeFileSync(path.join(dir, 'default.vcl'), vcl)
  const log = fs.openSync(path.join(dir, 'varnishd.log'), 'a')
  const child = spawn(
    binary,
    [
      '-F',
      '-j',
      'none',
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      'none',
      '-f',
      path.join(dir, 'default.vcl'),
      '-n',
      dir,
      '-s',
      'malloc,64m',
    ],
    { stdio: ['ignore', log, log] },
  )
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 80; i += 1) {
    if (child.exitCode !== null)
      throw new Error(`varnishd exited: ${fs.readFileSync(path.join(dir, 'varnishd.log'), 'utf8')}`)
    try {
      await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': 'nothing' } })
      break
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true })
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}
