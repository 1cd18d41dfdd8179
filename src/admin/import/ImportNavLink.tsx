import { adminImportPath } from '@/lib/routes'

/** "Import" in the admin's navigation, for everyone who writes events. */
export function ImportNavLink() {
  return (
    <a className="nav__link import-nav-link" href={adminImportPath()}>
      <span className="nav__link-label">Import</span>
    </a>
  )
}
