'use client'

import { type ReactNode, useEffect, useState } from 'react'

/**
 * Shown at the top of every admin screen (sign-in and first account included) when the admin was opened at an address whose
 * saves the server would refuse (src/api/admin-origins.ts): says where it works instead.
 */
function WrongAddress({ accepted, configured }: Props) {
  const [here, setHere] = useState<string | null>(null)
  useEffect(() => setHere(window.location.origin), [])
  if (!here || accepted.includes(here)) return null
  const home = configured ? accepted[0] : undefined
  return (
    <div className="wrong-address" role="alert">
      <strong>Changes cannot be saved at this address.</strong> You opened the admin at <code>{here}</code>, but it
      accepts changes only at {accepted.slice(0, 3).join(', ')}
      {accepted.length > 3 ? ' (and this machine’s other addresses)' : ''}.{' '}
      {home ? (
        <>
          <a href={`${home}/admin`}>Open the admin at {home}</a>.{' '}
        </>
      ) : null}
      To work at this address, an administrator adds it to <code>ADMIN_ORIGINS</code>.
    </div>
  )
}

type Props = { accepted: string[]; configured: boolean }

/** Wraps the whole admin (a Payload provider), so the notice shows on every screen. */
export function WrongAddressNotice({ children, ...props }: Props & { children?: ReactNode }) {
  return (
    <>
      <WrongAddress {...props} />
      {children}
    </>
  )
}
