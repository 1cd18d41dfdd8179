export function ensureEnvFile(root?: string): boolean
