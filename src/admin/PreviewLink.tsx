'use client'
import { useLivePreviewContext } from '@payloadcms/ui'

/** The draft's public page in a new tab, as a button that says what it does (Payload's own is a bare icon). */
export function PreviewLink() {
  const { previewURL } = useLivePreviewContext()
  if (!previewURL) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-medium preview-link"
      href={previewURL}
      target="_blank"
      rel="noopener"
    >
      Preview<span className="preview-link__hint"> (opens in a new tab)</span>
    </a>
  )
}
