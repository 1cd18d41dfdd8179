/** Whether the request carries credentials (a session cookie or an Authorization header). */
export const signedIn = (request: Request): boolean =>
  Boolean(request.headers.get('authorization')) || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
