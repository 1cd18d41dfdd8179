import { Link } from './Link'

/** A link with a muted note after it: "Goethe-Institut Kasachstan (Goethe-Institut)". */
export function LabelledLink({ href, label, note }: { href: string; label: string; note?: string }) {
  return (
    <>
      <Link href={href}>{label}</Link>
      {note ? <span className="muted"> ({note})</span> : null}
    </>
  )
}
