import type { Payload } from 'payload'

import { signInStartPath } from '@/lib/routes'

/** Below the sign-in form: one button per identity provider an admin switched on. */
export async function SignInWith({ payload }: { payload: Payload }) {
  const { docs } = await payload.find({
    collection: 'sign-in-providers',
    where: { enabled: { equals: true } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length === 0) return null
  return (
    <div className="sign-in-with">
      <p className="sign-in-with__or">or</p>
      {docs.map((provider) => (
        <a
          key={provider.id}
          className="btn btn--style-secondary btn--size-large sign-in-with__button"
          href={signInStartPath(provider.id)}
        >
          Sign in with {provider.name}
        </a>
      ))}
    </div>
  )
}
