/** How long a password may be: a few words make a good one; the upper bound keeps hashing cheap. */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const

/** What is wrong with a password, said of the field ("must be at least 12 characters long…"), or undefined. */
export function passwordProblem(password: unknown): string | undefined {
  const { min, max } = PASSWORD_LENGTH
  if (typeof password !== 'string') return 'must be text'
  if (password.length < min) return `must be at least ${min} characters long (a few words make a good one)`
  if (password.length > max) return `must be at most ${max} characters long`
  return undefined
}
