/** The Authorization header of a signed-in account. */
export const jwt = (token: string) => `JWT ${token}`

/**
 * One call to the API as another site makes it: a JSON body when there is one, an Authorization header when
 * given. Returns the status, the text, and the JSON when the answer is JSON.
 */
export async function rest(
  url: string,
  method: string,
  { json, authorization }: { json?: unknown; authorization?: string } = {},
): Promise<{ status: number; text: string; body: any }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(authorization ? { authorization } : {}),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const text = await res.text()
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: the text says what came back
  }
  return { status: res.status, text, body }
}
