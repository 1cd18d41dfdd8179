import type { PayloadRequest, Where } from 'payload'

import { jobRunningHere } from '@/jobs/run-due'
import { idsOf } from '@/lib/relations'
import { adminDocPath, routes } from '@/lib/routes'

import { languageOf, queueMail } from './outbox'
import type { NoticeKind } from './words'

type Account = {
  id: number | string
  email: string
  name?: string | null
  role?: string | null
  clusters?: unknown
  language?: string | null
  notices?: Partial<Record<NoticeKind, boolean | null>> | null
}

export type NoticeEvent = {
  id: number | string
  title?: string | null
  slug?: string | null
  clusters?: unknown
  createdBy?: unknown
}

const ACCOUNT_FIELDS = { email: true, name: true, role: true, clusters: true, language: true, notices: true } as const

async function accounts(req: PayloadRequest, where: Where): Promise<Account[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    select: ACCOUNT_FIELDS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

const wants = (account: Account, kind: NoticeKind) => account.notices?.[kind] !== false

/**
 * Whether this person may read this event, drafts included, by the events' own read rule asked as them: a notice
 * never tells anyone of a draft they could not open.
 */
async function mayRead(req: PayloadRequest, account: Account, eventId: number | string) {
  const rule = req.payload.collections.events.config.access.read
  const asThem = { user: { ...account, collection: 'users' }, payload: req.payload } as unknown as PayloadRequest
  const allowed = rule ? await rule({ req: asThem, id: eventId as number }) : true
  if (allowed === false) return false
  const where: Where = allowed === true ? { id: { equals: eventId } } : { and: [{ id: { equals: eventId } }, allowed] }
  const { totalDocs } = await req.payload.count({ collection: 'events', where, overrideAccess: true, req })
  return totalDocs > 0
}

/** The editors of the event's clusters, and the admins where one of them (or the event) has no editor. */
async function reviewers(req: PayloadRequest, event: NoticeEvent): Promise<Account[]> {
  const clusters = idsOf(event.clusters).map(String)
  const editors = clusters.length
    ? await accounts(req, { and: [{ role: { equals: 'editor' } }, { clusters: { in: clusters } }] })
    : []
  const covered = new Set(editors.flatMap((e) => idsOf(e.clusters).map(String)))
  const uncovered = clusters.length === 0 || clusters.some((c) => !covered.has(c))
  const admins = uncovered ? await accounts(req, { role: { equals: 'admin' } }) : []
  return [...editors, ...admins]
}

async function author(req: PayloadRequest, event: NoticeEvent): Promise<Account[]> {
  const id = idsOf([event.createdBy])[0]
  return id === undefined ? [] : accounts(req, { id: { equals: id } })
}

/** Sends one kind of notice to each person once, except to whoever caused it, if they want it and may see it. */
async function notify(
  req: PayloadRequest,
  people: Account[],
  kind: NoticeKind,
  event: NoticeEvent | undefined,
  mail: (account: Account) => { values: Parameters<typeof queueMail>[3]; link: string },
  actor: string | undefined = req.user ? String(req.user.id) : undefined,
) {
  const seen = new Set<string>()
  for (const account of people) {
    const key = String(account.id)
    if (seen.has(key) || key === actor || !account.email || !wants(account, kind)) continue
    seen.add(key)
    if (event && !(await mayRead(req, account, event.id))) continue
    const { values, link } = mail(account)
    await queueMail(req, account, kind, values, link)
  }
}

const actorName = (req: PayloadRequest) => {
  const user = req.user as { name?: string | null; email?: string } | null | undefined
  return user?.name || user?.email || 'Someone'
}
const editLink = (event: NoticeEvent) => adminDocPath('events', event.id)

/** A draft was marked ready for review: its cluster's editors hear of it. */
export async function noticeReviewReady(req: PayloadRequest, event: NoticeEvent) {
  const person = actorName(req)
  await notify(req, await reviewers(req, event), 'reviewReady', event, () => ({
    values: { title: event.title ?? '', person },
    link: editLink(event),
  }))
}

/** An editor sent a draft back: its author reads the note. */
export async function noticeReviewReturned(req: PayloadRequest, event: NoticeEvent, note: string) {
  const person = actorName(req)
  await notify(req, await author(req, event), 'reviewReturned', event, () => ({
    values: { title: event.title ?? '', person, note },
    link: editLink(event),
  }))
}

/** The event went public: its author hears of it (unless they published it themselves, by hand). */
export async function noticePublished(req: PayloadRequest, event: NoticeEvent) {
  const scheduled = jobRunningHere()?.taskSlug === 'schedulePublish'
  const people = await author(req, event)
  const list = scheduled ? people : people.filter((p) => String(p.id) !== String(req.user?.id))
  await notify(
    req,
    list,
    'published',
    event,
    (account) => ({
      values: { title: event.title ?? '' },
      link: event.slug ? routes(languageOf(account)).event(event.slug) : editLink(event),
    }),
    scheduled ? undefined : String(req.user?.id),
  )
}

/** A scheduled publish did not happen: the author and the cluster's editors hear why. */
export async function noticeScheduleFailed(req: PayloadRequest, eventId: number | string, error: string, due?: Date) {
  const event = (await req.payload.findByID({
    collection: 'events',
    id: eventId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as NoticeEvent | null
  if (!event) return
  const people = [...(await author(req, event)), ...(await reviewers(req, event))]
  const mail = () => ({ values: { title: event.title ?? '', error, until: due }, link: editLink(event) })
  await notify(req, people, 'scheduleFailed', event, mail, undefined)
}

/** A webhook delivery failed for good: the admins hear of it. */
export async function noticeWebhookFailed(
  req: PayloadRequest,
  delivery: { id: number | string; eventType: string; target: string; error: string },
) {
  const admins = await accounts(req, { role: { equals: 'admin' } })
  const mail = () => ({
    values: { title: delivery.eventType, target: delivery.target, error: delivery.error },
    link: adminDocPath('webhook-deliveries', delivery.id),
  })
  await notify(req, admins, 'webhookFailed', undefined, mail, undefined)
}
