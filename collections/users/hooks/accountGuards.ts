import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  APIError,
  type CollectionAfterForgotPasswordHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { PASSWORD_LENGTH, passwordProblem } from '@/accounts/password'
import { clientAddress } from '@/api/client-address'
import { hitCounter } from '@/api/hit-counter'

const MINUTE = 60_000
/**
 * Failed sign-ins are limited per address and per account at an address, so a stranger elsewhere can never
 * lock a real user out; an account attacked from many addresses is slowed down, not locked.
 */
export const ACCOUNT_LIMITS = {
  loginPerAddress: { max: 30, windowMs: 15 * MINUTE },
  loginPerAccountAtAddress: { max: 5, windowMs: 15 * MINUTE },
  loginPerAccount: { max: 50, windowMs: 15 * MINUTE, slowdownMs: 2_000 },
  resetMailPerAddress: { max: 5, windowMs: 60 * MINUTE },
  resetMailPerAccount: { max: 3, windowMs: 60 * MINUTE },
} as const

class TooManyAttempts extends APIError {
  constructor(req: PayloadRequest, what: string, resetMs: number) {
    const seconds = Math.max(1, Math.ceil(resetMs / 1000))
    super(`Too many ${what}. Try again in ${Math.ceil(seconds / 60)} minute(s).`, 429, null, true)
    this.name = 'TooManyAttempts'
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(seconds))
    req.responseHeaders = headers
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))
const hash = promisify(pbkdf2)
/** The work Payload does to check a password (pbkdf2-sha256, 600,000 rounds), done for nobody. */
const checkNobodysPassword = (password: string) => hash(password, randomBytes(32), 600_000, 32, 'sha256')

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : undefined
}

async function accountExists(req: PayloadRequest, email: string) {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Every password-reset request takes this long, whether a mail goes out or not, so the answer's timing does
 * not tell which addresses have accounts. Sending a mail takes far less.
 */
export const RESET_REQUEST_MS = 500
const resetStarted = new WeakMap<PayloadRequest, number>()
/** The reset requests whose caller wants the mail sent (all but a Local API call with disableEmail). */
export const wantsResetMail = new WeakSet<PayloadRequest>()

async function guardLogin(req: PayloadRequest, data: unknown) {
  const email = emailOf(data)
  const password = (data as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== 'string') return // Payload names the missing field
  const counter = hitCounter()
  const from = clientAddress(req)
  const address = `login:addr:${from}`
  const pair = `login:pair:${email}|${from}`
  const { loginPerAddress, loginPerAccountAtAddress, loginPerAccount } = ACCOUNT_LIMITS
  for (const [key, limit, what] of [
    [address, loginPerAddress, 'failed sign-ins from this address'],
    [pair, loginPerAccountAtAddress, 'failed sign-ins to this account from this address'],
  ] as const) {
    const { count, resetMs } = await counter.peek(key)
    if (count >= limit.max) throw new TooManyAttempts(req, what, resetMs)
  }
  // Counted now, taken back when the sign-in succeeds (afterLogin).
  await counter.hit(address, loginPerAddress.windowMs)
  await counter.hit(pair, loginPerAccountAtAddress.windowMs)
  const account = await counter.hit(`login:acct:${email}`, loginPerAccount.windowMs)
  if (account.count > loginPerAccount.max) await sleep(loginPerAccount.slowdownMs)
  if (!(await accountExists(req, email))) await checkNobodysPassword(password.slice(0, PASSWORD_LENGTH.max))
}

async function guardResetMail(req: PayloadRequest, data: unknown) {
  const email = emailOf(data)
  if (!email) return
  const counter = hitCounter()
  const { resetMailPerAddress, resetMailPerAccount } = ACCOUNT_LIMITS
  const byAddress = await counter.hit(`reset:addr:${clientAddress(req)}`, resetMailPerAddress.windowMs)
  if (byAddress.count > resetMailPerAddress.max)
    throw new TooManyAttempts(req, 'password-reset requests from this address', byAddress.resetMs)
  const byAccount = await counter.hit(`reset:acct:${email}`, resetMailPerAccount.windowMs)
  if (byAccount.count > resetMailPerAccount.max)
    throw new TooManyAttempts(req, 'password-reset requests for this account', byAccount.resetMs)
  const started = Date.now()
  if (await accountExists(req, email)) resetStarted.set(req, started)
  else await sleep(RESET_REQUEST_MS - (Date.now() - started))
}

function checkPassword(req: PayloadRequest, data: unknown) {
  const password = (data as { password?: unknown } | undefined)?.password
  if (password === undefined || password === null) return
  const message = passwordProblem(password)
  if (message) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] }, req.t)
}

export const guardAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if (operation === 'create' || operation === 'update' || operation === 'resetPassword') checkPassword(req, data)
  // The app writes the reset mail itself (resetMail.ts), unless the caller asked for none.
  if (operation === 'forgotPassword') {
    const { disableEmail } = args as { disableEmail?: boolean }
    if (!disableEmail) wantsResetMail.add(req)
    args = { ...args, disableEmail: true }
  }
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') await guardLogin(req, data)
  if (operation === 'forgotPassword') await guardResetMail(req, data)
  return args
}

export const refundSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const email = String(user.email).toLowerCase()
  const counter = hitCounter()
  const from = clientAddress(req)
  await counter.refund(`login:addr:${from}`)
  await counter.reset(`login:pair:${email}|${from}`)
  await counter.refund(`login:acct:${email}`)
  return user
}

export const timeResetMail: CollectionAfterForgotPasswordHook = async ({ args }) => {
  const req = (args as { req?: PayloadRequest }).req
  const started = req && resetStarted.get(req)
  if (started) await sleep(RESET_REQUEST_MS - (Date.now() - started))
}
