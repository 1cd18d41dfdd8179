import { iconPath, redirectHere } from '@/lib/routes'

/** Browsers ask for /favicon.ico by themselves (the admin's pages, a feed reader): the site's icon answers. */
export const GET = () => redirectHere(iconPath(), 308)
