import { PayloadSDK } from '@payloadcms/sdk'
import { gql, GraphQLClient } from 'graphql-request'

import type { Config } from '@/payload-types'
import { EVENT, PHOTOS } from '@/seed/data'

import { adminAccount } from './accounts'
import { BASE_URL, SKIP_REASON } from './browser'

// Needs the built app only (no browser), but runs with the browser tests that start it.
const suite = SKIP_REASON ? describe.skip : describe

const CLUSTER = 'eunic-kazakhstan'
const UPCOMING = 'Film evening of the Kazakhstan cluster'

/**
 * The three jobs the README's "Use the API" shows, run as another site would: over HTTP, as plain REST (what the
 * curl lines send), with a GraphQL client, and with Payload's typed client and the generated types.
 */
suite('the three common jobs, with every client', () => {
  const sdk = new PayloadSDK<Config>({ baseURL: `${BASE_URL}/api` })
  let graphql: GraphQLClient
  let token = ''
  let upcomingId: number | string = 0
  const now = new Date().toISOString()

  beforeAll(async () => {
    graphql = new GraphQLClient(`${BASE_URL}/api/graphql`)
    token = (await adminAccount()).token
    const clusters = await sdk.find({ collection: 'clusters', where: { slug: { equals: CLUSTER } } })
    const res = await fetch(`${BASE_URL}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: UPCOMING,
        startDate: '2032-03-01T14:00:00.000Z',
        startDate_tz: 'Asia/Almaty',
        endDate: '2032-03-01T17:00:00.000Z',
        endDate_tz: 'Asia/Almaty',
        clusters: [clusters.docs[0].id],
        _status: 'published',
      }),
    })
    expect(res.status).toBe(201)
    upcomingId = (await res.json()).doc.id
  })
  afterAll(async () => {
    await fetch(`${BASE_URL}/api/events/${upcomingId}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
  })

  test('1. the upcoming events of a cluster', async () => {
    const params = new URLSearchParams({
      'where[clusters.slug][equals]': CLUSTER,
      'where[endsAt][greater_than]': now,
      sort: 'startDate',
      limit: '10',
    })
    const res = await fetch(`${BASE_URL}/api/events?${params}`)
    const rest = await res.json()
    expect([res.status, rest.docs?.map((e: { title: string }) => e.title) ?? rest]).toEqual([200, [UPCOMING]])

    // GraphQL filters on a related document's fields through its list of events (a join).
    const query = gql`
      query Upcoming($cluster: String, $now: DateTime) {
        Clusters(where: { slug: { equals: $cluster } }, limit: 1) {
          docs {
            name
            events(where: { endsAt: { greater_than: $now } }, sort: "startDate", limit: 10) {
              docs {
                title
                startDate
              }
            }
          }
        }
      }
    `
    const data = await graphql.request<{ Clusters: { docs: { events: { docs: { title: string }[] } }[] } }>(query, {
      cluster: CLUSTER,
      now,
    })
    expect(data.Clusters.docs[0].events.docs.map((e) => e.title)).toEqual([UPCOMING])

    const typed = await sdk.find({
      collection: 'events',
      where: { 'clusters.slug': { equals: CLUSTER }, endsAt: { greater_than: now } },
      sort: 'startDate',
      limit: 10,
    })
    expect(typed.docs.map((e) => e.title)).toEqual([UPCOMING])
  })

  test('2. the events with a tag, in French', async () => {
    const rest = await (
      await fetch(`${BASE_URL}/api/events?where[tags.slug][equals]=climate&locale=fr&limit=10`)
    ).json()
    expect(rest.docs.map((e: { title: string }) => e.title)).toEqual([EVENT.titleTranslations.fr])

    const data = await graphql.request<{ Tags: { docs: { events: { docs: { title: string }[] } }[] } }>(gql`
      {
        Tags(where: { slug: { equals: "climate" } }, locale: fr, limit: 1) {
          docs {
            name
            events(limit: 10) {
              docs {
                title
              }
            }
          }
        }
      }
    `)
    expect(data.Tags.docs[0].events.docs.map((e) => e.title)).toEqual([EVENT.titleTranslations.fr])

    const typed = await sdk.find({
      collection: 'events',
      where: { 'tags.slug': { equals: 'climate' } },
      locale: 'fr',
      limit: 10,
    })
    expect(typed.docs.map((e) => e.title)).toEqual([EVENT.titleTranslations.fr])
  })

  test('3. one event with its photos and their credits', async () => {
    const credits = PHOTOS.map((p) => p.credit)
    const rest = await (await fetch(`${BASE_URL}/api/events?where[slug][equals]=${EVENT.slug}&depth=1&limit=1`)).json()
    const [event] = rest.docs
    expect([event.heroPhoto.credit, ...event.gallery.map((p: { credit: string }) => p.credit)]).toEqual(credits)

    const data = await graphql.request<{
      Events: { docs: { heroPhoto: { credit: string; url: string }; gallery: { credit: string }[] }[] }
    }>(
      gql`
        query Event($slug: String) {
          Events(where: { slug: { equals: $slug } }, limit: 1) {
            docs {
              title
              heroPhoto {
                url
                alt
                caption
                credit
              }
              gallery {
                url
                alt
                caption
                credit
              }
            }
          }
        }
      `,
      { slug: EVENT.slug },
    )
    const [doc] = data.Events.docs
    expect([doc.heroPhoto.credit, ...doc.gallery.map((p) => p.credit)]).toEqual(credits)
    expect((await fetch(new URL(doc.heroPhoto.url, BASE_URL))).status).toBe(200)

    const typed = await sdk.findByID({ collection: 'events', id: event.id, depth: 1 })
    const hero = typed.heroPhoto
    expect(typeof hero === 'object' && hero ? hero.credit : null).toBe(credits[0])
  })
})
