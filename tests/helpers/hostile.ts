import type { Method, RequestOptions } from './http'

/**
 * Requests a careless client or a hostile caller sends. Every one must get a 4xx with a message and change
 * nothing; `ids` are documents that exist, so the requests reach the code that handles them.
 */
export type HostileRequest =
  | { kind: 'rest'; name: string; method: Method; path: string; options?: Omit<RequestOptions, 'token'> }
  | {
      kind: 'graphql'
      name: string
      query?: string
      raw?: string
      contentType?: string
      variables?: Record<string, unknown>
    }

type Ids = {
  event: number | string
  tag: number | string
  cluster: number | string
  photo: number | string
  user: number | string
}

const JSON_BODIES: Array<[string, string]> = [
  ['null', 'null'],
  ['a string', '"str"'],
  ['a number', '123'],
  ['a list', '[]'],
  ['a list of objects', '[{"title":"x"}]'],
  ['broken JSON', '{"title": '],
  ['JSON with a trailing comma', '{"title":"x",}'],
  ['an empty object', '{}'],
  ['only unknown fields', '{"colour":"red"}'],
  ['a prototype key', '{"__proto__":{"role":"admin"},"title":"x"}'],
]

const OTHER_BODIES: Array<[string, string, string]> = [
  ['plain text', 'text/plain', 'title=x'],
  ['XML', 'application/xml', '<event><title>x</title></event>'],
  ['a form', 'application/x-www-form-urlencoded', 'title=x&startDate=2030-01-01'],
  ['no content type', '', '{"title":"x"}'],
  ['multipart without a boundary', 'multipart/form-data', 'title=x'],
]

const QUERIES = [
  'where[or][0]=x',
  'where[and]=x',
  'where[or]=',
  'where[title]=x',
  'where[title][sounds_like]=x',
  'where[colour][equals]=red',
  'where[startDate][greater_than]=notadate',
  'where[startDate][greater_than]=-999999-01-01',
  'where[id][in]=a,b',
  'where[id][equals]=1;DROP TABLE events',
  'where[_status][equals]=deleted',
  'where[tags][equals]=several',
  'where[allDay][equals]=maybe',
  'where[title][near]=1,2',
  'where[tags][in][0][1]=x',
  'where=%7Bbroken',
  'where=%5B%5D',
  'where[venue.country][equals]=XXX',
  'where[tags.slug][like][x]=y',
  'limit=99999999999999999999',
  'limit=-1',
  'limit=ten',
  'page=0',
  'page=1.5',
  'page=-3',
  'depth=99',
  'depth=-1',
  'sort=colour',
  'draft=maybe',
]

export function hostileRequests(ids: Ids): HostileRequest[] {
  const list: HostileRequest[] = []
  const rest = (name: string, method: Method, path: string, options?: Omit<RequestOptions, 'token'>) =>
    list.push({ kind: 'rest', name, method, path, options })

  for (const [name, body] of JSON_BODIES) {
    rest(`POST /api/events with ${name}`, 'POST', '/api/events', { raw: body, contentType: 'application/json' })
    rest(`PATCH an event with ${name}`, 'PATCH', `/api/events/${ids.event}`, {
      raw: body,
      contentType: 'application/json',
    })
  }
  for (const [name, type, body] of OTHER_BODIES) {
    rest(`POST /api/tags as ${name}`, 'POST', '/api/tags', { raw: body, contentType: type || undefined })
    rest(`PATCH a tag as ${name}`, 'PATCH', `/api/tags/${ids.tag}`, { raw: body, contentType: type || undefined })
  }
  for (const query of QUERIES) {
    rest(`GET /api/events?${query}`, 'GET', `/api/events?${query}`)
    rest(`PATCH /api/events?${query}`, 'PATCH', `/api/events?${query}`, { json: { summary: 'Overwritten' } })
    rest(`DELETE /api/tags?${query}`, 'DELETE', `/api/tags?${query}`)
  }
  for (const id of ['abc', '-1', '1.5', '99999999999999999999', '%00', '0', '1e3', '%E0%A4%A']) {
    rest(`GET /api/events/${id}`, 'GET', `/api/events/${id}`)
    rest(`DELETE /api/tags/${id}`, 'DELETE', `/api/tags/${id}`)
  }
  rest('GET a collection that does not exist', 'GET', '/api/nothing-here')
  rest(
    'GET a tag whose joined events have a malformed filter',
    'GET',
    `/api/tags/${ids.tag}?joins[events][where][or][0]=x`,
  )
  rest('GET versions with a malformed filter', 'GET', '/api/events/versions?where[or][0]=x')
  rest('GET a version that cannot exist', 'GET', '/api/events/versions/abc')
  rest('GET a missing photo file', 'GET', '/api/photos/file/not-there.jpg')
  rest('GET a photo file outside the media folder', 'GET', '/api/photos/file/..%2F..%2Fpackage.json')
  rest('PATCH a cluster with a missing member', 'PATCH', `/api/clusters/${ids.cluster}`, {
    json: { name: 'Renamed', members: [987654] },
  })
  rest('POST an event with a tag that does not exist', 'POST', '/api/events', {
    json: {
      title: 'x',
      startDate: '2030-01-01T10:00:00Z',
      endDate: '2030-01-01T12:00:00Z',
      startDate_tz: 'Europe/Berlin',
      endDate_tz: 'Europe/Berlin',
      tags: [987654],
      _status: 'published',
    },
  })
  rest('POST an event with a zone from another planet', 'POST', '/api/events', {
    json: {
      title: 'x',
      startDate: '2030-01-01T10:00:00Z',
      endDate: '2030-01-01T12:00:00Z',
      startDate_tz: 'Mars/Olympus_Mons',
      endDate_tz: 'Europe/Berlin',
    },
  })
  rest('PATCH an event to a status that does not exist', 'PATCH', `/api/events/${ids.event}`, {
    json: { _status: 'deleted' },
  })
  rest('PATCH an event with plain text as its body', 'PATCH', `/api/events/${ids.event}`, { json: { body: 'hello' } })
  rest('login with null', 'POST', '/api/users/login', { raw: 'null', contentType: 'application/json' })
  rest('login with a number as email', 'POST', '/api/users/login', { json: { email: 42, password: 'x' } })
  rest('login without a password', 'POST', '/api/users/login', { json: { email: 'nobody@example.org' } })
  rest('forgot-password with null', 'POST', '/api/users/forgot-password', {
    raw: 'null',
    contentType: 'application/json',
  })
  rest('forgot-password with an object as email', 'POST', '/api/users/forgot-password', {
    json: { email: { $gt: '' } },
  })
  rest('reset-password with a made-up token', 'POST', '/api/users/reset-password', {
    json: { token: 'made-up', password: 'x' },
  })
  rest('verify with a made-up token', 'POST', '/api/users/verify/made-up')
  rest('unlock with null', 'POST', '/api/users/unlock', { raw: 'null', contentType: 'application/json' })

  const photo = (name: string, fields: unknown, file?: { data: string | Uint8Array; name: string; type: string }) => {
    const form = new FormData()
    form.append('_payload', typeof fields === 'string' ? fields : JSON.stringify(fields))
    if (file) form.append('file', new Blob([file.data as BlobPart], { type: file.type }), file.name)
    rest(`upload: ${name}`, 'POST', '/api/photos', { form })
  }
  photo('no file', { alt: 'x', credit: 'y' })
  photo(
    'text pretending to be a JPEG',
    { alt: 'x', credit: 'y' },
    { data: 'not a picture', name: 'x.jpg', type: 'image/jpeg' },
  )
  photo(
    'an SVG with a script',
    { alt: 'x', credit: 'y' },
    {
      data: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      name: 'x.svg',
      type: 'image/svg+xml',
    },
  )
  photo('an empty file', { alt: 'x', credit: 'y' }, { data: '', name: 'empty.jpg', type: 'image/jpeg' })
  photo('broken JSON beside the file', '{"alt": ', { data: 'x', name: 'x.jpg', type: 'image/jpeg' })
  photo('null beside the file', 'null', { data: 'x', name: 'x.jpg', type: 'image/jpeg' })
  photo(
    'a name of 1000 characters',
    { alt: 'x', credit: 'y' },
    { data: 'x', name: `${'a'.repeat(1000)}.jpg`, type: 'image/jpeg' },
  )
  photo('a name with a path', { alt: 'x', credit: 'y' }, { data: 'x', name: '../../escape.jpg', type: 'image/jpeg' })

  const gql = (name: string, query: string, variables?: Record<string, unknown>) =>
    list.push({ kind: 'graphql', name, query, variables })
  gql('a syntax error', '{ Events(')
  gql('an unknown field', '{ Events { docs { colour } } }')
  gql(
    'a fragment cycle',
    'query { Events { docs { ...A } } } fragment A on Event { ...B } fragment B on Event { ...A }',
  )
  gql('a date that is not a date', '{ Events(where: { startDate: { greater_than: "notadate" } }) { docs { id } } }')
  gql('ids that are not ids', '{ Events(where: { id: { in: ["a", "b"] } }) { docs { id } } }')
  gql('a negative limit', '{ Events(limit: -5) { docs { id } } }')
  gql('a variable of the wrong type', 'query($l: Int) { Events(limit: $l) { docs { id } } }', { l: 'ten' })
  gql(
    'nesting 40 levels deep',
    `{ Events { docs { ${'tags { docs { events { docs { '.repeat(10)}id${' } } } }'.repeat(10)} } } }`,
  )
  gql('a thousand aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`)
  gql(
    'a query whose computed cost is too high',
    `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: Events { docs { heroPhoto { id } gallery { id } tags { id } clusters { id } hostInstitutes { id } partners { id } } }`).join(' ')} }`,
  )
  gql('a mutation with null data', 'mutation { createTag(data: null) { id } }')
  gql('a mutation writing a missing relation', 'mutation { updateCluster(id: 1, data: { members: [987654] }) { id } }')
  gql('deleting an id that cannot exist', 'mutation { deleteTag(id: 0) { id } }')
  gql('no operation at all', '')
  list.push({ kind: 'graphql', name: 'GraphQL body null', raw: 'null' })
  list.push({ kind: 'graphql', name: 'GraphQL broken JSON', raw: '{"query": ' })
  list.push({ kind: 'graphql', name: 'GraphQL batch of nothing', raw: '[]' })
  list.push({
    kind: 'graphql',
    name: 'GraphQL as plain text',
    raw: '{ Events { docs { id } } }',
    contentType: 'text/plain',
  })
  list.push(...secondPass(ids))
  return list
}

/** Filters whose names Payload's query parser drops, leaving a query that matches everything. */
const DROPPED_FILTERS = [
  'where[toString]=x',
  'where[hasOwnProperty]=x',
  'where[__proto__][title][equals]=x',
  'where[constructor]=x',
  'where[valueOf][equals]=1',
  'where[isPrototypeOf]=x',
  'where[or][0][toString]=x',
]
/** Filters that match every document, and filters through lists other documents make. */
const MATCH_EVERYTHING = [
  'where[title][like]=',
  'where[title][like]=%20%20',
  'where[summary][contains]=',
  'where[or][0][title][like]=',
  'where[clusters.events.title][like]=x',
  'where[tags.events.title][equals]=x',
]
const deepJson = (levels: number) => `{"title":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`

/** The second hostile probe's classes, each in several forms (tests/hostile/hostile.test.ts). */
function secondPass(ids: Ids): HostileRequest[] {
  const list: HostileRequest[] = []
  const rest = (name: string, method: Method, path: string, options?: Omit<RequestOptions, 'token'>) =>
    list.push({ kind: 'rest', name, method, path, options })
  for (const query of [...DROPPED_FILTERS, ...MATCH_EVERYTHING]) {
    rest(`GET /api/events?${query}`, 'GET', `/api/events?${query}`)
    rest(`PATCH /api/events?${query}`, 'PATCH', `/api/events?${query}`, { json: { summary: 'Overwritten' } })
    rest(`DELETE /api/tags?${query}`, 'DELETE', `/api/tags?${query}`)
  }
  for (const query of ['locale=xx', 'locale=EN', 'fallback-locale=xx', 'fallbackLocale=klingon'])
    rest(`GET /api/events?${query}`, 'GET', `/api/events?${query}`)
  const ids101 = Array.from({ length: 101 }, (_, i) => i + 1).join(',')
  rest('DELETE 101 tags by id', 'DELETE', `/api/tags?where[id][in]=${ids101}`)
  rest('PATCH every event by a filter that matches them all', 'PATCH', '/api/events?where[startDate][exists]=true', {
    json: { summary: 'Overwritten' },
  })
  rest('DELETE every tag by a filter that matches them all', 'DELETE', '/api/tags?where[name][exists]=true')
  rest('a read sent as a POST with a JSON query', 'POST', '/api/events', {
    json: { where: { title: { equals: 'nothing' } } },
    headers: { 'X-Payload-HTTP-Method-Override': 'GET' },
  })
  rest('a read sent as a POST with a query in the address too', 'POST', '/api/events?where[title][equals]=x', {
    raw: 'where[title][equals]=y',
    contentType: 'application/x-www-form-urlencoded',
    headers: { 'X-Payload-HTTP-Method-Override': 'GET' },
  })
  rest('a DELETE sent as a POST', 'POST', `/api/tags/${ids.tag}`, {
    json: {},
    headers: { 'X-HTTP-Method-Override': 'DELETE' },
  })
  rest('GET the migrations', 'GET', '/api/payload-migrations')
  rest('GET the jobs', 'GET', '/api/payload-jobs')
  rest('POST a job', 'POST', '/api/payload-jobs', { json: { taskSlug: 'schedulePublish', input: {} } })
  rest('POST an event 10,000 levels deep', 'POST', '/api/events', {
    raw: deepJson(10_000),
    contentType: 'application/json',
  })
  rest('PATCH an event 10,000 levels deep', 'PATCH', `/api/events/${ids.event}`, {
    raw: deepJson(10_000),
    contentType: 'application/json',
  })
  rest('POST a tag 300 levels deep', 'POST', '/api/tags', { raw: deepJson(300), contentType: 'application/json' })
  rest('POST a tag made in 1999', 'POST', '/api/tags', {
    json: { name: 'Backdated', createdAt: '1999-01-01T00:00:00.000Z' },
  })
  rest('PATCH an event back to 1999', 'PATCH', `/api/events/${ids.event}`, {
    json: { createdAt: '1999-01-01T00:00:00.000Z' },
  })
  rest('PATCH an event to have changed in 1999', 'PATCH', `/api/events/${ids.event}`, {
    json: { updatedAt: '1999-01-01T00:00:00.000Z' },
  })
  for (const date of ['2027-02-30T10:00:00.000Z', '2027-04-31T10:00:00.000Z', '2027-13-01T10:00:00.000Z'])
    rest(`PATCH an event to start on ${date.slice(0, 10)}`, 'PATCH', `/api/events/${ids.event}`, {
      json: { startDate: date },
    })
  for (const [name, title] of [
    ['NUL', 'A\u0000B'],
    ['BEL', 'Bell\u0007'],
    ['ESC', '\u001B[31mred'],
    ['U+FFFE', 'x\uFFFE'],
  ])
    rest(`PATCH an event title with ${name}`, 'PATCH', `/api/events/${ids.event}`, { json: { title } })
  rest('POST a tag whose name holds a NUL', 'POST', '/api/tags', { json: { name: 'Nul\u0000' } })
  const body = (node: unknown) => ({ root: { type: 'root', version: 1, children: [node] } })
  const paragraphWith = (child: unknown) => body({ type: 'paragraph', version: 1, children: [child] })
  rest('PATCH an event body with a script node', 'PATCH', `/api/events/${ids.event}`, {
    json: { body: body({ type: 'script', version: 1, text: 'alert(1)' }) },
  })
  for (const url of ['//evil.example', '/\\evil.example'])
    rest(`PATCH an event body linking to ${url}`, 'PATCH', `/api/events/${ids.event}`, {
      json: {
        body: paragraphWith({
          type: 'link',
          version: 3,
          fields: { url, linkType: 'custom' },
          children: [{ type: 'text', version: 1, text: 'x' }],
        }),
      },
    })
  rest('upload a photo from a link-local address', 'POST', '/api/photos', {
    json: { alt: 'x', credit: 'y', url: 'http://169.254.169.254/latest/x.jpg', filename: 'x.jpg' },
  })
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'x', credit: 'y' }))
  form.append('file', new Blob(['not a picture'], { type: 'image/jpeg' }), 'a\u0000b.jpg')
  rest('upload a file whose name holds a NUL', 'POST', '/api/photos', { form })

  const gql = (name: string, query: string, variables?: Record<string, unknown>) =>
    list.push({ kind: 'graphql', name, query, variables })
  gql(
    'pagination off through a variable default',
    'query($p: Boolean = false) { Events(pagination: $p) { docs { id } } }',
  )
  gql('a page of 5,000 through a variable default', 'query($l: Int = 5000) { Events(limit: $l) { docs { id } } }')
  gql(
    '50 aliases of 100 events',
    `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: Events(limit: 100, page: ${i + 1}) { docs { title } }`).join(' ')} }`,
  )
  gql(
    'lists of lists of lists',
    '{ Tags(limit: 100) { docs { events(limit: 100) { docs { tags { events(limit: 100) { docs { title } } } } } } } }',
  )
  gql(
    'a relation chain twelve levels deep',
    `{ Events(limit: 100) { docs { ${'tags { events(limit: 100) { docs { '.repeat(2)}title${' } } }'.repeat(2)} } } }`,
  )
  return list
}
