import type { CollectionConfig, DateField } from 'payload'
import { date as validDate } from 'payload/shared'

import { clustersOf, eventAccess } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { importedField } from '@/fields/imported'
import { reviewFields } from '@/fields/review'
import { countryField, TEXT_LENGTHS, urlField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { eventsAffected } from '@/cache/affected'
import { notePublicState, publicStateKept } from '@/hooks/publication'
import { revalidateOnChange } from '@/cache/revalidate'
import { dateRangeError } from '@/lib/time/date-range'
import { isLocale } from '@/lib/i18n/locales'
import { DATE_SHOWN_AS, TYPED_DATE_FORMATS } from '@/lib/time/typed-dates'
import { DEFAULT_TIMEZONE } from '@/lib/time/timezones'
import { previewPath, routes } from '@/lib/routes'

import { dateRangeOfDrafts } from './hooks/dateRangeOfDrafts'
import { contributorRules } from './hooks/contributorRules'
import { reviewNotices } from './hooks/notices'
import { reviewFlow } from './hooks/reviewFlow'
import { ignoreDraftParamForPublic } from './hooks/ignoreDraftParamForPublic'
import { relationsToEventIds } from './hooks/relationIds'
import { relationSlugsToIds } from './hooks/relationSlugs'
import { noteSentZones, oneZone } from './hooks/oneZone'
import { setEndsAt } from './hooks/setEndsAt'

/** The widths the live preview shows the page at (the site's own breakpoints: 390, 768 and 1280 pixels). */
const PREVIEW_WIDTHS = [
  { name: 'phone', label: 'Phone', width: 390, height: 844 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
]

/** The page of the newest draft, for signed-in editors only, on the address the admin was opened at. */
const eventPreview = (doc: { slug?: unknown }, locale: string | undefined) =>
  typeof doc.slug === 'string' && doc.slug
    ? previewPath(routes(isLocale(locale) ? locale : undefined).event(doc.slug))
    : null

/** How long the admin waits after the last keystroke before saving a draft by itself. */
const AUTOSAVE_MS = 3000

/** European conventions: "29 November 2026, 19:00", a 24-hour clock, weeks that start on Monday. */
const dateAndTime: DateField['admin'] = {
  date: {
    pickerAppearance: 'dayAndTime',
    timeIntervals: 15,
    displayFormat: DATE_SHOWN_AS,
    timeFormat: 'HH:mm',
    // Shown in the first form; typed in any of the others too. A typed date no form reads is not taken.
    overrides: { calendarStartDay: 1, dateFormat: [DATE_SHOWN_AS, ...TYPED_DATE_FORMATS], strictParsing: false },
  },
  description: 'Pick it, or type it day first: 15/01/2027 19:00, 15.01.2027 19:00 or 15 January 2027, 19:00.',
}

/**
 * The site's default zone is preselected. (The date field draws its own zone picker, so the end's picker is hidden
 * by the admin's stylesheet until the editor asks for two zones; see app/(payload)/custom.scss.)
 */
const zoneOf = (end: boolean): DateField['timezone'] => ({
  required: true,
  defaultTimezone: DEFAULT_TIMEZONE,
  // The name in messages about the zone.
  override: ({ baseField }) => ({ ...baseField, label: end ? 'Time zone of the end' : 'Time zone' }),
})

export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    group: 'Events',
    defaultColumns: ['title', 'startDate', 'clusters', '_status', 'reviewState', 'translations', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    components: {
      edit: {
        beforeDocumentControls: [
          '/src/admin/ShowDraftErrors#ShowDraftErrors',
          '/src/admin/ScheduleDefault#ScheduleDefault',
        ],
        PreviewButton: '/src/admin/PreviewLink#PreviewLink',
      },
    },
    // "Preview" opens the page with the newest draft in a new tab (the session cookie lives at this address).
    preview: (doc, { locale }) => eventPreview(doc, locale),
    // The same page beside the form while editing, at a phone's, a tablet's and a desktop's width.
    livePreview: {
      url: ({ data, locale }) => eventPreview(data, locale.code),
      breakpoints: PREVIEW_WIDTHS,
    },
  },
  access: eventAccess,
  // Draft saves skip field validation; the date rule must hold for drafts too (src/hooks/checkValues.ts).
  custom: { rules: [dateRangeOfDrafts] },
  defaultSort: '-startDate',
  defaultPopulate: { title: true, slug: true, startDate: true, startDate_tz: true, endDate: true, venue: true },
  // Drafts save themselves while an editor types; publishing and unpublishing can be scheduled (src/jobs).
  // The schedule drawer's times on a 24-hour clock, as everywhere else in the admin.
  versions: {
    drafts: { autosave: { interval: AUTOSAVE_MS }, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 } },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [
      ignoreDraftParamForPublic,
      contributorRules,
      notePublicState,
      noteSentZones,
      relationSlugsToIds,
      relationsToEventIds,
    ],
    beforeValidate: [oneZone],
    beforeChange: [setEndsAt, reviewFlow],
    ...revalidateOnChange(eventsAffected, { before: [publicStateKept, reviewNotices] }),
  },
  fields: [
    {
      // Above the form: why it cannot be changed, when it cannot.
      name: 'readOnlyNotice',
      type: 'ui',
      admin: {
        components: { Field: '/src/admin/ReadOnlyNotice#ReadOnlyNotice' },
        disableListColumn: true,
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, maxLength: TEXT_LENGTHS.name },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 320,
              admin: { description: 'One or two sentences for lists, feeds and search engines.' },
            },
            { name: 'body', type: 'richText', localized: true },
          ],
        },
        {
          label: 'When and where',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'startDate',
                  label: 'Starts',
                  type: 'date',
                  required: true,
                  index: true,
                  timezone: zoneOf(false),
                  admin: { ...dateAndTime, components: { Cell: '/src/admin/EventDateCell#EventDateCell' } },
                },
                {
                  name: 'endDate',
                  label: 'Ends',
                  type: 'date',
                  required: true,
                  index: true,
                  timezone: zoneOf(true),
                  admin: dateAndTime,
                  validate: (value, args) => {
                    const base = validDate(value, args)
                    if (base !== true) return base
                    return (
                      dateRangeError(
                        args.siblingData && (args.siblingData as { startDate?: unknown }).startDate,
                        value,
                      ) ?? true
                    )
                  },
                },
              ],
            },
            {
              name: 'separateEndZone',
              label: 'Ends in another time zone',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'For an event that travels: the end gets its own time zone.' },
            },
            {
              name: 'zoneKeeper',
              type: 'ui',
              admin: { components: { Field: '/src/admin/KeepWallClock#KeepWallClock' } },
            },
            {
              name: 'allDay',
              label: 'All-day event',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Shown and exported as whole days in the event’s time zone; times are ignored.' },
            },
            {
              name: 'venue',
              type: 'group',
              fields: [
                { name: 'name', type: 'text', localized: true, maxLength: TEXT_LENGTHS.name },
                { name: 'address', type: 'textarea', maxLength: TEXT_LENGTHS.address },
                {
                  type: 'row',
                  fields: [
                    { name: 'city', type: 'text', localized: true, index: true },
                    countryField('country', 'Country', { index: true }),
                  ],
                },
              ],
            },
            {
              ...urlField('onlineUrl', 'Online link'),
              admin: { description: 'Stream or meeting link, for online and hybrid events.' },
            },
          ],
        },
        {
          label: 'Photos',
          fields: [
            { name: 'heroPhoto', label: 'Hero photo', type: 'upload', relationTo: 'photos' },
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'photos',
              hasMany: true,
              admin: { description: 'Shown in this order.' },
            },
          ],
        },
        {
          label: 'Network',
          fields: [
            { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true, index: true },
            {
              name: 'clusters',
              type: 'relationship',
              relationTo: 'clusters',
              hasMany: true,
              index: true,
              // A contributor's new event starts in the contributor's clusters.
              defaultValue: ({ user }: { user?: unknown }) => (user ? clustersOf({ user } as never) : undefined),
              // The list's column: the clusters' names (not translated), read with the rows.
              admin: { components: { Cell: '/src/admin/NamesCell#NamesCell' } },
            },
            {
              name: 'hostInstitutes',
              label: 'Host institutes',
              type: 'relationship',
              relationTo: 'institutes',
              hasMany: true,
              index: true,
            },
            { name: 'partners', type: 'relationship', relationTo: 'partners', hasMany: true, index: true },
          ],
        },
      ],
    },
    slugField('title'),
    {
      name: 'endsAt',
      type: 'date',
      index: true,
      admin: {
        hidden: true,
        description: 'When the event is over (all-day: midnight after its last day, in its zone). Set automatically.',
      },
    },
    {
      name: 'euCofunded',
      label: 'Co-funded by the European Union',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Prints the EU co-funding disclaimer on the event page.' },
    },
    importedField,
    ...reviewFields(),
    ...authorshipFields(),
    {
      // A list column only: which languages the title is still missing in.
      name: 'translations',
      type: 'ui',
      admin: {
        components: {
          Cell: { path: '/src/admin/TranslationsCell#TranslationsCell', serverProps: { collectionSlug: 'events' } },
        },
      },
    },
  ],
}
