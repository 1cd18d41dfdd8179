import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { absoluteUrl, isSitePath } from '@/lib/routes'

export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  ;(await draftMode()).disable()
  return NextResponse.redirect(absoluteUrl(isSitePath(path) ? path : '/'), 307)
}
