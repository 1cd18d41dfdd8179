import os from 'node:os'

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

const originOf = (value: string, name: string): string => {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`${name} holds "${value.trim()}", which is not an address like https://events.example.org.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} holds "${value.trim()}": only http:// and https:// addresses can open the admin.`)
  }
  return url.origin
}

function machineOrigins(port: string): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]']
  for (const list of Object.values(os.networkInterfaces())) {
    for (const address of list ?? []) {
      hosts.push(address.family === 'IPv6' ? `[${address.address.replace(/%.*$/, '')}]` : address.address)
    }
  }
  return [...new Set(hosts)].map((host) => `http://${host}:${port}`)
}

export function adminOrigins(env: Record<string, string | undefined> = process.env): AdminOrigins {
  const extra = (env.ADMIN_ORIGINS ?? '')
    .split(',')
    .filter((s) => s.trim())
    .map((s) => originOf(s, 'ADMIN_ORIGINS'))
  const configuredUrl = env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (configuredUrl) {
    const main = originOf(configuredUrl, 'NEXT_PUBLIC_SERVER_URL')
    return { serverURL: configuredUrl.replace(/\/+$/, ''), csrf: [...new Set([main, ...extra])], configured: true }
  }
  const port = env.PORT?.trim() || '3000'
  return { serverURL: '', csrf: [...new Set([...machineOrigins(port), ...extra])], configured: false }
}
