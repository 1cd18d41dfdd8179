import { draftMode } from 'next/headers'

import { isSitePath, redirectHere } from '@/lib/routes'

export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path')
  ;(await draftMode()).disable()
  return redirectHere(isSitePath(path) ? path : '/')
}
