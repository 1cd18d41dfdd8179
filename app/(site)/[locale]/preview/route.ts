import { draftMode } from 'next/headers'

import { currentEditor } from '@/data/preview'
import { adminLoginPath, isSitePath, previewPath, redirectHere } from '@/lib/routes'

/**
 * Draft preview for signed-in editors: checks the Payload session (no shared secret), turns Next's draft
 * mode on and opens the page, at the address the editor is at. Anyone else is sent to the admin login, and comes
 * back here after it.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  if (!isSitePath(path)) return new Response('The path to preview must be a page of this site.', { status: 400 })
  const user = await currentEditor()
  if (!user) return redirectHere(adminLoginPath(previewPath(path)))
  ;(await draftMode()).enable()
  return redirectHere(path)
}
