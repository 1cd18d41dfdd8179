import { getFieldsToSign, jwtSign, type PayloadRequest, type TypedUser } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

/**
 * Signs a person in without a password (their identity provider vouched for them): a session on the account, as
 * Payload's own sign-in makes one, and the cookie that carries it.
 */
export async function sessionCookie(req: PayloadRequest, user: TypedUser): Promise<string> {
  const { payload } = req
  const users = payload.collections.users.config
  const { sid } = await addSessionToUser({ collectionConfig: users, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig: users, email: user.email, user, ...(sid ? { sid } : {}) })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: users.auth.tokenExpiration })
  return generatePayloadCookie({ collectionAuthConfig: users.auth, cookiePrefix: payload.config.cookiePrefix, token })
}
