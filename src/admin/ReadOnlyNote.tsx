'use client'
import { useDocumentInfo } from '@payloadcms/ui'

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/** Says why a form is greyed out, when Payload has made it read-only for this account. */
export function ReadOnlyNote({ eventClusters, yourClusters }: { eventClusters: string[]; yourClusters: string[] }) {
  const { docPermissions } = useDocumentInfo()
  // Payload leaves `update` out of a document's permissions when the account may not change it.
  if (!docPermissions || docPermissions.update) return null
  const belongs = eventClusters.length ? `it belongs to ${list(eventClusters)}` : 'it belongs to no cluster'
  const yours = yourClusters.length ? `you write for ${list(yourClusters)}` : 'your account has no cluster yet'
  return (
    <div className="read-only-note" role="status">
      <strong>You can read this event but not change it:</strong> {belongs}, and {yours}. Editors, and the contributors
      of its clusters, can change it.
    </div>
  )
}
