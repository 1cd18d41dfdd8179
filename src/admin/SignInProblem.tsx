import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import type { SignInProblem as Reason } from '@/accounts/oidc'
import { adminLoginPath, adminPath } from '@/lib/routes'

const WORDS: Record<Reason, string> = {
  flow: 'The sign-in could not be finished: it was started in another browser, took longer than 10 minutes, or was sent back twice. Start it again.',
  provider:
    'The sign-in provider could not be reached or is switched off. Try again later, or sign in with your address and password.',
  denied: 'The sign-in provider did not let you in. If that is wrong, ask your institution’s IT.',
  token:
    'The sign-in provider’s answer could not be trusted (its token was expired, reused or not signed by the provider). Start again.',
  unverified:
    'The sign-in provider does not say that your e-mail address is verified, so it cannot name your account here.',
  domain:
    'This sign-in provider does not vouch for addresses at your e-mail domain here. Use your institution’s own button, or your password.',
  invited:
    'You have no account here yet, and this provider lets in invited people only. Ask an admin or an editor of your cluster to invite you.',
  subject: 'This account is linked to another person at this sign-in provider. Ask an admin.',
}

const isReason = (value: unknown): value is Reason => typeof value === 'string' && value in WORDS

/** /admin/sign-in-problem?reason=…: what stopped a sign-in through a provider, and the way back to the sign-in page. */
export function SignInProblem({ searchParams }: AdminViewServerProps) {
  const reason = searchParams?.reason
  const text = isReason(reason) ? WORDS[reason] : 'The sign-in could not be finished. Start it again.'
  return (
    <MinimalTemplate className="sign-in-problem">
      <h1>Signing in did not work</h1>
      <p role="alert" className="invitation-view__problem">
        {text}
      </p>
      <p>
        <a href={adminLoginPath(adminPath())}>Back to the sign-in page</a>
      </p>
    </MinimalTemplate>
  )
}
