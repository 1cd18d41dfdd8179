/**
 * True inside the Next.js server, where the data cache exists. Scripts (seed, CLI) and jest load the same
 * data layer and hooks without it: they read the database directly and have nothing to expire.
 */
export const insideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME)
