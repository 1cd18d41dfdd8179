export function startSecondServer(
  settings: Record<string, string> | ((port: number) => Record<string, string>),
): Promise<{ baseUrl: string; stop: () => Promise<void> }>
export function startServer(): Promise<{ baseUrl: string; pid: number; dir: string }>
export function stopServer(): void
export const STATE_FILE: string
export function freePort(): Promise<number>
