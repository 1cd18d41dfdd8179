import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Clusters } from './collections/clusters'
import { Events } from './collections/events'
import { removeAbandonedDrafts } from './collections/events/abandoned'
import { Institutes } from './collections/institutes'
import { Invitations } from './collections/invitations'
import { Outbox } from './collections/outbox'
import { SignInProviders } from './collections/sign-in-providers'
import { Organisations } from './collections/organisations'
import { Partners } from './collections/partners'
import { Photos } from './collections/photos'
import { Tags } from './collections/tags'
import { Users } from './collections/users'
import { WebhookDeliveries } from './collections/webhook-deliveries'
import { Webhooks } from './collections/webhooks'
import { Imports } from './collections/imports'
import { ImportItems } from './collections/imports/items'
import { Settings } from './globals/settings'
import { editorField, roleOf } from './src/access'
import { withLockRules } from './src/access/locks'
import { adminOrigins } from './src/api/admin-origins'
import { knowPayload } from './src/api/caller'
import { apiDocsEndpoint } from './src/api/api-docs'
import { accessQuery } from './src/api/graphql-access'
import { LOGGING_LEVELS, tagFaults } from './src/api/errors'
import { GRAPHQL_LIMITS } from './src/api/graphql-gate'
import { openapiEndpoint } from './src/api/openapi'
import { richTextEditor } from './src/fields/rich-text'
import { withLockHolder } from './src/fields/lock-holder'
import { withTranslationHints } from './src/fields/translation-hints'
import { withFallbackNotes } from './src/hooks/fallback-notes'
import { withGuards } from './src/hooks/guardOperation'
import { jobsEndpoint } from './src/jobs/endpoint'
import { importTask } from './src/import/run'
import { withSchedulingRights } from './src/hooks/scheduling-rights'
import { databaseAdapter } from './src/db/adapter'
import { config } from './src/config'
import { MAX_PHOTO_BYTES } from './src/lib/photos/image-sizes'
import { DEFAULT_LOCALE, LOCALE_LABELS, LOCALES } from './src/lib/i18n/locales'
import { iconPath } from './src/lib/routes'
import { DEFAULT_TIMEZONE } from './src/lib/time/timezones'
import { zoneOptions } from './src/lib/time/zone-options'
import { outboxAdapter } from './src/mail/adapter'
import { sendMailTask } from './src/mail/deliver'
import { noticeFailedJob } from './src/mail/failed-jobs'
import { deliverTask } from './src/webhooks/deliver'
import { withWebhooks } from './src/webhooks/hooks'
import { removeOldDeliveries } from './src/webhooks/prune'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = config()
const origins = adminOrigins(env)
const wrongAddress = {
  path: '/src/admin/WrongAddress#WrongAddressNotice',
  // A copy: Payload adds serverURL to its own csrf list in place.
  clientProps: { accepted: [...origins.csrf], configured: origins.configured },
}

export default buildConfig({
  // The admin works at every address it accepts changes from, and says so where it does not (src/api/admin-origins.ts).
  serverURL: origins.serverURL,
  csrf: origins.csrf,
  secret: env.payloadSecret,
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    timezones: {
      supportedTimezones: zoneOptions(),
      defaultTimezone: DEFAULT_TIMEZONE,
    },
    // The site's own icon (the admin would otherwise have none, and browsers ask for /favicon.ico).
    meta: { titleSuffix: ' · Events CMS', icons: [{ rel: 'icon', type: 'image/svg+xml', url: iconPath() }] },
    // European style wherever the admin prints a date: "29 November 2026, 19:00".
    dateFormat: 'd MMMM yyyy, HH:mm',
    components: {
      providers: [wrongAddress],
      beforeDashboard: ['/src/admin/Dashboard#Dashboard'],
      // "Sign in with …" for each identity provider an admin switched on.
      afterLogin: ['/src/admin/SignInWith#SignInWith'],
      // Where an invited person chooses a password, at /admin/invitation/<token>: public, as they have no account
      // yet (Payload lets a custom view be opened signed out when its path is a plain prefix, not a pattern).
      views: {
        invitation: { Component: '/src/admin/InvitationView#InvitationView', path: '/invitation' },
        signInProblem: { Component: '/src/admin/SignInProblem#SignInProblem', path: '/sign-in-problem', exact: true },
        // Drop files, paste an address or text: they come in as draft events (src/import).
        import: { Component: '/src/admin/import/ImportView#ImportView', path: '/import', exact: true },
      },
      afterNavLinks: ['/src/admin/import/ImportNavLink#ImportNavLink'],
    },
  },
  collections: withGuards(
    withWebhooks(
      withFallbackNotes(
        withLockHolder(
          withTranslationHints([
            Events,
            Photos,
            Tags,
            Clusters,
            Institutes,
            Organisations,
            Partners,
            Users,
            Invitations,
            Outbox,
            SignInProviders,
            Webhooks,
            WebhookDeliveries,
            Imports,
            ImportItems,
          ]),
        ),
      ),
    ),
  ),
  globals: [Settings],
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_LABELS[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: { supportedLanguages: { en, fr, de }, fallbackLanguage: 'en' },
  editor: richTextEditor(),
  // Every mail goes through the outbox and the jobs queue (src/mail); SMTP_URL names the mail server.
  email: outboxAdapter(env.mail),
  db: databaseAdapter({ uri: env.databaseUri, production: env.production, push: env.schemaPush }),
  sharp,
  upload: {
    limits: { fileSize: MAX_PHOTO_BYTES },
    responseOnLimit: `The file is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB, the limit for photos.`,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: GRAPHQL_LIMITS.maxComplexity,
    queries: accessQuery,
  },
  loggingLevels: LOGGING_LEVELS,
  hooks: { afterError: [tagFaults] },
  // Jobs (scheduled publishing, webhook deliveries, mails) are run by the app's own ticker through this endpoint, each by one
  // replica; after them each round removes abandoned empty drafts and old deliveries.
  // The OpenAPI description of the public API and its reference page (/api/openapi.json, /api/docs).
  endpoints: [
    jobsEndpoint(
      { removed: removeAbandonedDrafts, pruned: (payload) => removeOldDeliveries(payload) },
      noticeFailedJob,
    ),
    openapiEndpoint,
    apiDocsEndpoint,
  ],
  jobs: {
    tasks: [deliverTask(env.webhooks), sendMailTask(env.mail), importTask],
    shouldAutoRun: () => false,
    deleteJobOnComplete: false,
    access: {
      run: ({ req }) => roleOf(req) === 'admin',
      queue: ({ req }) => editorField({ req }),
      cancel: ({ req }) => editorField({ req }),
    },
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // The API's request checks (who signs in, for rate limits and GraphQL budgets) ask this instance.
  onInit: (payload) => knowPayload(payload),
})
  .then(withLockRules)
  .then(withSchedulingRights)
