import { BASE_URL } from './browser'

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

/** Polls the API until `check` holds for an event's newest draft, as `token`'s account reads it. */
export async function storedDraft(id: string, token: string, check: (doc: Record<string, unknown>) => boolean) {
  const url = `${BASE_URL}/api/events/${id}?draft=true&depth=0`
  let doc: Record<string, unknown> = {}
  for (let i = 0; i < 60; i += 1) {
    doc = (await rest(url, 'GET', { authorization: jwt(token) })).body ?? {}
    if (check(doc)) return doc
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The draft never reached the expected state: ${JSON.stringify(doc).slice(0, 400)}`)
}
