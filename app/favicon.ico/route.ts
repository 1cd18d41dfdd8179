import { redirectHere } from '@/lib/routes'

/** Browsers ask for /favicon.ico by themselves (the admin's pages, a feed reader): the site's icon answers. */
export const GET = () => redirectHere('/icon.svg', 308)
