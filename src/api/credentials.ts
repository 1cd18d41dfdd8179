/**
 * The one reader of a request's credentials, for Payload (a sign-in strategy of the accounts collection,
 * collections/users) and for every check of the app (the response cache, rate limits, the page cache, the sign-in
 * check). Payload reads only exact forms ("JWT <token>", "Bearer <token>", a cookie named exactly
 * `payload-token`); a caller may write the scheme in another case, with more spaces or a tab, or put spaces
 * around the cookie's name. Two readers that disagree let a request be signed in for one and anonymous for the
 * other: here every form means the same for both.
 */

/** Payload's cookie prefix (its `cookiePrefix` default): the session cookie is `payload-token`. */
export const SESSION_COOKIE = 'payload-token'

export type Credential =
  /** Nothing that looks like a credential. */
  | { kind: 'none' }
  /** A session token, from the Authorization header or the session cookie. */
  | { kind: 'token'; token: string; from: 'header' | 'cookie' }
  /** An API key: "<collection> API-Key <key>". */
  | { kind: 'api-key'; collection: string; key: string }
  /** An Authorization header in no form that signs anyone in. */
  | { kind: 'unreadable'; scheme: string }

const TOKEN = /^(?:jwt|bearer)[ \t]+([^\s]+)[ \t]*$/i
const API_KEY = /^([a-z0-9_-]+)[ \t]+api-key[ \t]+([^\s]+)[ \t]*$/i

/** The values of every cookie whose name, without the spaces around it, is the session cookie's (any case). */
function sessionCookies(cookie: string | null): string[] {
  if (!cookie) return []
  const values: string[] = []
  for (const part of cookie.split(';')) {
    const at = part.indexOf('=')
    if (at < 0) continue
    if (part.slice(0, at).trim().toLowerCase() === SESSION_COOKIE) values.push(part.slice(at + 1).trim())
  }
  return values
}

/**
 * What credential a request carries. The Authorization header comes first (as in Payload); of several session
 * cookies the last counts (as Payload's cookie parser keeps it).
 */
export function readCredential(headers: Headers): Credential {
  const authorization = headers.get('authorization')?.trim()
  if (authorization) {
    const token = TOKEN.exec(authorization)
    if (token) return { kind: 'token', token: token[1], from: 'header' }
    const key = API_KEY.exec(authorization)
    if (key) return { kind: 'api-key', collection: key[1], key: key[2] }
    return { kind: 'unreadable', scheme: authorization.split(/\s/)[0].slice(0, 40) }
  }
  const token = sessionCookies(headers.get('cookie')).filter(Boolean).at(-1)
  return token ? { kind: 'token', token, from: 'cookie' } : { kind: 'none' }
}

/**
 * Whether a request carries anything that may be a credential: any Authorization header, any cookie named like
 * the session cookie (even empty). Such a request is never answered from, or kept in, a shared cache.
 */
export function carriesCredential(headers: Headers): boolean {
  return Boolean(headers.get('authorization')?.trim()) || sessionCookies(headers.get('cookie')).length > 0
}

/**
 * The request's headers with its token in the one form Payload reads ("JWT <token>", or a single session
 * cookie named exactly), other headers and cookies untouched (so Payload's CSRF rule for cookies still holds);
 * undefined when there is no token.
 */
export function canonicalTokenHeaders(headers: Headers): Headers | undefined {
  const credential = readCredential(headers)
  if (credential.kind !== 'token') return undefined
  const out = new Headers(headers)
  if (credential.from === 'header') {
    out.set('authorization', `JWT ${credential.token}`)
    return out
  }
  const others = (headers.get('cookie') ?? '')
    .split(';')
    .filter((part) => {
      const at = part.indexOf('=')
      return part.trim() && (at < 0 || part.slice(0, at).trim().toLowerCase() !== SESSION_COOKIE)
    })
    .map((part) => part.trim())
  out.set('cookie', [...others, `${SESSION_COOKIE}=${credential.token}`].join('; '))
  return out
}
