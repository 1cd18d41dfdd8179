import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { exportJWK, generateKeyPair, SignJWT } from 'jose'

type Claims = Record<string, unknown> & { sub: string }
/** How the ID token of a code is made: signed by the provider's key (or another), expired or not. */
type Token = { claims: Claims; foreignKey?: boolean; expired?: boolean }
type Code = Token & { nonce: string; challenge: string; used: boolean }

/**
 * An OpenID provider small enough to make misbehave on purpose: it publishes its discovery document and keys,
 * hands out one-time codes for the claims a test names (bound to the sign-in's nonce and PKCE challenge), and
 * answers the token request with an ID token signed by its own key — or, when asked, by a key it never
 * published, or already expired. Everything else about it is correct.
 */
export async function startFakeProvider(clientId: string, clientSecret: string) {
  const own = await generateKeyPair('RS256')
  const foreign = await generateKeyPair('RS256')
  const jwk = { ...(await exportJWK(own.publicKey)), kid: 'own', alg: 'RS256', use: 'sig' }
  const codes = new Map<string, Code>()
  let issuer = ''

  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body))

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    if (url.pathname === '/.well-known/openid-configuration')
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
      })
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] })
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (c: string) => (body += c))
      req.on('end', () => {
        void (async () => {
          const form = new URLSearchParams(body)
          // client_secret_basic: the id and secret form-encoded, then joined by a colon (RFC 6749, 2.3.1).
          const [id, secret] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
            .toString()
            .split(':')
            .map((part) => decodeURIComponent(part.replace(/\+/g, ' ')))
          if (id !== clientId || secret !== clientSecret) return json(res, 401, { error: 'invalid_client' })
          const code = codes.get(form.get('code') ?? '')
          if (!code || code.used)
            return json(res, 400, { error: 'invalid_grant', error_description: 'code unknown or used' })
          code.used = true
          const challenge = createHash('sha256')
            .update(form.get('code_verifier') ?? '')
            .digest('base64url')
          if (challenge !== code.challenge) return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE' })
          const now = Math.floor(Date.now() / 1000)
          const idToken = await new SignJWT({ ...code.claims, nonce: code.nonce })
            .setProtectedHeader({ alg: 'RS256', kid: 'own' })
            .setIssuer(issuer)
            .setAudience(clientId)
            .setIssuedAt(code.expired ? now - 7200 : now)
            .setExpirationTime(code.expired ? now - 3600 : now + 300)
            .sign(code.foreignKey ? foreign.privateKey : own.privateKey)
          json(res, 200, {
            access_token: randomBytes(16).toString('hex'),
            token_type: 'Bearer',
            expires_in: 300,
            id_token: idToken,
          })
        })()
      })
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    issuer,
    /**
     * The code the provider would send back for the sign-in that `authorizeUrl` started (the app's redirect to the
     * provider), for a person with these claims.
     */
    code(authorizeUrl: string, token: Token) {
      const asked = new URL(authorizeUrl)
      const code = randomBytes(16).toString('hex')
      codes.set(code, {
        ...token,
        nonce: asked.searchParams.get('nonce') ?? '',
        challenge: asked.searchParams.get('code_challenge') ?? '',
        used: false,
      })
      return { code, state: asked.searchParams.get('state') ?? '' }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
