import os from 'node:os'

import type { Config } from '@/config'

/**
 * Where the admin may be used from. Payload accepts the sign-in cookie only on requests whose Origin is in
 * its `csrf` list, and its admin calls the API at `serverURL`; opened at any other address it looks signed in
 * while every save is refused. So:
 * - with NEXT_PUBLIC_SERVER_URL set (a real deployment), that address and those in ADMIN_ORIGINS are accepted,
 *   and the admin says so plainly when opened elsewhere (src/admin/WrongAddress.tsx);
 * - without it (the local demo, development), the admin calls the API at whatever address it was opened at,
 *   and every address of this machine on the port is accepted: localhost, 127.0.0.1, [::1] and the network
 *   addresses Next prints.
 */
export type AdminOrigins = { serverURL: string; csrf: string[]; configured: boolean }

function machineOrigins(port: number): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]']
  for (const list of Object.values(os.networkInterfaces())) {
    for (const address of list ?? []) {
      hosts.push(address.family === 'IPv6' ? `[${address.address.replace(/%.*$/, '')}]` : address.address)
    }
  }
  return [...new Set(hosts)].map((host) => `http://${host}:${port}`)
}

export function adminOrigins(
  settings: Pick<Config, 'adminOrigins' | 'serverUrl' | 'serverUrlConfigured' | 'port'>,
): AdminOrigins {
  const extra = settings.adminOrigins
  if (settings.serverUrlConfigured) {
    const main = new URL(settings.serverUrl).origin
    return { serverURL: settings.serverUrl, csrf: [...new Set([main, ...extra])], configured: true }
  }
  return { serverURL: '', csrf: [...new Set([...machineOrigins(settings.port), ...extra])], configured: false }
}
