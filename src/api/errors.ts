import { randomUUID } from 'node:crypto'

import { type AfterErrorHook, type Config, FileRetrievalError } from 'payload'

import { validationAnswer } from './field-errors'

/** Refusals of bad input are part of normal work: logged as a line, not as a fault with a stack. */
export const LOGGING_LEVELS = {
  // 4xx APIErrors are refusals; the 5xx ones and every other error are logged by tagFaults with a request id.
  APIError: 'info',
  Error: false,
  TypeError: false,
  RangeError: false,
  ReferenceError: false,
  SyntaxError: 'info',
  GraphQLError: 'info',
  QueryRefused: 'info',
  QueryError: 'info',
  ValidationError: 'info',
  Forbidden: 'info',
  NotFound: 'info',
  UnauthorizedError: 'info',
  AuthenticationError: 'info',
  LockedAuth: 'warn',
  DatabaseUnavailable: 'warn',
  DatabaseBusyError: 'warn',
  CommitFailed: 'warn',
  MissingFile: 'info',
  FileUploadError: 'info',
  ErrorDeletingFile: 'error',
} as Config['loggingLevels']

/**
 * Errors Payload meets while reading a request it cannot understand, before any hook can look at it: they
 * are the caller's, not the server's.
 */
function badInput(error: Error): { status: number; message: string } | undefined {
  // A photo sent by address that cannot be fetched (refused as private, missing, not answering): the address is
  // the caller's to fix, and Payload calls it a server fault.
  if (error instanceof FileRetrievalError)
    return { status: 400, message: `The photo's address cannot be used: ${error.message}` }
  if (error instanceof SyntaxError)
    return { status: 400, message: `The request holds malformed JSON (${error.message}).` }
  if (/not eligible for file upload|Unexpected end of form|Multipart: Boundary not found/i.test(error.message))
    return { status: 400, message: 'The multipart/form-data body cannot be read: is its boundary missing?' }
  // busboy's own words for a part it cannot read (a control character in a file name, a broken header).
  if (
    /Malformed part header|Malformed urlencoded form|Part terminated early|Unexpected end of file/i.test(error.message)
  )
    return {
      status: 400,
      message: `The multipart/form-data body cannot be read (${error.message}): check the file's name and the part headers.`,
    }
  return undefined
}

export const REQUEST_ID_HEADER = 'X-Request-Id'

/** The database cannot be reached at the moment (restarting, refusing connections): a 503, worth a retry. */
const UNAVAILABLE =
  /not currently accepting connections|terminating connection|Connection terminated|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)|connection error and is not queryable|SQLITE_BUSY/i
export const RETRY_AFTER_SECONDS = 5

const UNAVAILABLE_MESSAGE = 'The database cannot be reached right now; nothing was saved. Try again in a few seconds.'

export class DatabaseUnavailable extends Error {
  status = 503
  isPublic = true
  constructor(message = UNAVAILABLE_MESSAGE) {
    super(message)
    this.name = 'DatabaseUnavailable'
  }
}

function databaseUnavailable(error: Error): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (UNAVAILABLE.test(e.message) || UNAVAILABLE.test(String((e as { code?: string }).code ?? ''))) return true
  }
  return false
}

/**
 * Maps errors to answers: the caller's bad input to a 4xx, an unreachable database to a 503, and a real fault
 * to a 5xx with a request id, logged with the error and returned in the body and the X-Request-Id header, so a
 * report from a caller leads to the log line.
 */
export const tagFaults: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  // GraphQL hands over its own error, which wraps the one thrown.
  const original = ((error as { originalError?: Error }).originalError ?? error) as Error & { status?: number }
  const input = badInput(original)
  if (input && !graphqlResult) return { response: { errors: [{ message: input.message }] }, status: input.status }
  if ((databaseUnavailable(original) || original.status === 503) && !graphqlResult) {
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
    req.responseHeaders = headers
    req.payload.logger.warn(`Database unavailable: ${original.message.slice(0, 200)}`)
    const message = original.status === 503 && original.message ? original.message : UNAVAILABLE_MESSAGE
    return { response: { errors: [{ message }] }, status: 503 }
  }
  const refused = graphqlResult ? undefined : validationAnswer(original, req)
  if (refused) return { response: refused, status: 400 }
  const status = input?.status ?? original.status ?? 500
  if (status < 500) return
  const requestId = req.headers?.get(REQUEST_ID_HEADER)?.slice(0, 100) || randomUUID()
  req.payload.logger.error({ requestId, err: original, msg: `Request ${requestId} failed: ${original.message}` })
  const headers = new Headers(req.responseHeaders)
  headers.set(REQUEST_ID_HEADER, requestId)
  req.responseHeaders = headers
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, requestId } } }
  const body = result && typeof result === 'object' ? result : {}
  return { response: { ...body, requestId }, status }
}

/**
 * An endpoint's refusal in Payload's own shape: `errors[0].message`, and with `field` the field it is about, as
 * the admin's forms read it (`data.errors[].path`).
 */
export const refusal = (status: number, message: string, field?: string) =>
  Response.json(
    { errors: [{ message, ...(field ? { data: { errors: [{ path: field, message }] } } : {}) }] },
    { status },
  )
