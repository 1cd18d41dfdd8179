export function chromiumPath(): { path: string | null; problem?: string }
export const CHROMIUM_ARGS: string[]
