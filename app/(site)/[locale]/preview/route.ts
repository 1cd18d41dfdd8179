import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { currentEditor } from '@/data/preview'
import { absoluteUrl, adminLoginPath, isSitePath, previewPath } from '@/lib/routes'

/**
 * Draft preview for signed-in editors: checks the Payload session (no shared secret), turns Next's draft
 * mode on and opens the page. Anyone else is sent to the admin login, and comes back here after it.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  if (!isSitePath(path)) return new Response('The path to preview must be a page of this site.', { status: 400 })
  const user = await currentEditor()
  if (!user) return NextResponse.redirect(absoluteUrl(adminLoginPath(previewPath(path))), 307)
  ;(await draftMode()).enable()
  return NextResponse.redirect(absoluteUrl(path), 307)
}
