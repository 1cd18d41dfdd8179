import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'

import { ACCEPTED, IMPORT_LIMITS, megabytes } from '@/import/inputs'
import { adminImportPath, adminListPath, adminLoginPath } from '@/lib/routes'

import { ImportForm } from './ImportForm'

/**
 * /admin/import: drop files, paste an address or copied text; the import runs in the background and its report
 * opens at once, filling in as it goes. Every draft it makes waits for an editor.
 */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect(adminLoginPath(adminImportPath()))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right import-view">
        <h1>Import</h1>
        <p>
          Bring in {ACCEPTED}, the address of a page or a calendar, or the text of a page as you copied it. Each page,
          post or calendar event becomes a <strong>draft</strong> event with what the import was unsure of marked;
          nothing is published by itself. Names the site does not know yet are suggested, not created.
        </p>
        <ImportForm
          limits={`A page or text up to ${megabytes(IMPORT_LIMITS.pageBytes)}, a calendar up to ${megabytes(IMPORT_LIMITS.calendarBytes)}, an export or zip up to ${megabytes(IMPORT_LIMITS.exportBytes)}; at most ${IMPORT_LIMITS.files} files at once.`}
        />
        <p>
          <a href={adminListPath('imports')}>Earlier imports</a>
        </p>
      </div>
    </DefaultTemplate>
  )
}
