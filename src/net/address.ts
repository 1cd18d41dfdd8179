import { BlockList, isIP } from 'node:net'

/** Addresses the app may not reach out to in production (a webhook's receiver, a page to import): this machine, the private networks, link-local, multicast. */
const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6')

/**
 * What to do to reach such an address on purpose, named in each refusal; without commas (the admin lists a
 * field's message split at them). Each caller names its own setting.
 */
export const WEBHOOKS_HINT = 'set WEBHOOKS_ALLOW_PRIVATE_TARGETS=true to send webhooks there'

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i

/** Why this app may not reach an IP address in production, or null when it may. */
export function addressProblem(address: string, hint = WEBHOOKS_HINT): string | null {
  const mapped = MAPPED_V4.exec(address)?.[1]
  const ip = mapped ?? address
  const family = isIP(ip)
  if (family === 0) return `"${address}" is not an IP address`
  return blocked.check(ip, family === 4 ? 'ipv4' : 'ipv6')
    ? `${address} is inside this machine or a private network (${hint})`
    : null
}

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase()

/**
 * What is wrong with a receiver's address as typed: not http(s), credentials in it (they would end up in
 * logs), or, unless private targets are allowed, a literal private address or a name of this machine. Names
 * are looked up again at every delivery (src/webhooks/send.ts), since DNS can change after the save.
 */
export function targetProblem(value: string, allowPrivate: boolean, hint = WEBHOOKS_HINT): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'this is not a full address (like https://www.example.org/hooks/events)'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `the address must start with https:// or http://`
  if (url.username || url.password)
    return 'the address must not hold a user name or password (the secret signs each delivery)'
  if (allowPrivate) return null
  const host = bareHost(url.hostname)
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine (${hint})`
  return isIP(host) ? addressProblem(host, hint) : null
}
