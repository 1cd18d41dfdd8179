import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'

import { addressProblem, WEBHOOKS_HINT } from './address'

/**
 * Resolves a name and refuses it when any address it resolves to is private: checked at connect time, on the
 * address actually used, so a name that changes after it was checked (or a redirect to one) cannot reach the inside.
 */
export function checkedLookup(allowPrivate: boolean, hint = WEBHOOKS_HINT): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const refused = allowPrivate ? null : addresses.map((a) => addressProblem(a.address, hint)).find(Boolean)
      if (refused) return callback(new Error(`${hostname} resolves to ${refused}`), '', 0)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}
