import { type AuthStrategy, JWTAuthentication } from 'payload'

import { canonicalTokenHeaders } from './credentials'

/**
 * Signs in a session token in every form the app's credential reader accepts (src/api/credentials.ts): Payload's
 * own strategy then sees it in the one form it reads, so Payload and the app never disagree about who is signed
 * in. Runs before Payload's built-in strategies; a request without a token passes on to them untouched.
 */
export const sessionInAnyForm: AuthStrategy = {
  name: 'session-any-form',
  authenticate: async (args) => {
    const headers = canonicalTokenHeaders(args.headers)
    if (!headers) return { user: null }
    // Payload's own name for the strategy, so sessions and refreshes treat the account as signed in by it.
    return JWTAuthentication({ ...args, headers, strategyName: 'local-jwt' })
  },
}
