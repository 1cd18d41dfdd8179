/**
 * Retries a check until it passes or `ms` have gone by. A change expires the cached pages as its request ends
 * (Next applies the expiry right after the response is sent), so a read sent the instant the change returns may,
 * on a loaded machine, still be served the old page for a moment: the site promises fresh pages within a second.
 */
export async function eventually(check: () => Promise<void>, ms = 3000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
