import { Link } from './Link'

/** A link with a muted note after it: "Goethe-Institut Kasachstan (Goethe-Institut)". */
export function LabelledLink({
  href,
  label,
  note,
  lang,
}: {
  href: string
  label: string
  note?: string
  lang?: string
}) {
  return (
    <>
      <Link href={href} lang={lang}>
        {label}
      </Link>
      {note ? <span className="muted"> ({note})</span> : null}
    </>
  )
}
