import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { invitationOfToken, linkProblem, problemText } from '@/accounts/invitation-link'
import { PASSWORD_LENGTH } from '@/accounts/password'
import { TEXT_LENGTHS } from '@/fields/common'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { roleName } from '@/lib/i18n/roles'
import { adminLoginPath, adminPath } from '@/lib/routes'

import { InvitationForm } from './InvitationForm'
import { INVITATION_WORDS } from './invitation-words'

/**
 * /admin/invitation/:token: where an invited person sets up their account, in the invitation's language. A link
 * that was used, withdrawn, replaced or ran out says which, and offers the sign-in.
 */
export async function InvitationView({ initPageResult, params }: AdminViewServerProps) {
  const segments = (params?.segments ?? []) as string[]
  const token = decodeURIComponent(segments[1] ?? '')
  const invitation = await invitationOfToken(initPageResult.req, token)
  const problem = linkProblem(invitation)
  const language: Locale = isLocale(invitation?.language) ? invitation.language : 'en'
  const words = INVITATION_WORDS[language]
  return (
    <MinimalTemplate className="invitation-view">
      <div lang={language}>
        <h1>{words.title}</h1>
        {problem || !invitation ? (
          <>
            <p role="alert" className="invitation-view__problem">
              {problemText(problem ?? { status: 404, reason: 'unknown' }, language)}
            </p>
            <p>
              <a href={adminLoginPath(adminPath())}>{words.signIn}</a>
            </p>
          </>
        ) : (
          <>
            <p>{words.intro(invitation.email, roleName(invitation.role, language))}</p>
            <InvitationForm
              token={token}
              name={invitation.name ?? ''}
              words={words.form}
              limits={{ name: TEXT_LENGTHS.name, password: PASSWORD_LENGTH }}
            />
          </>
        )}
      </div>
    </MinimalTemplate>
  )
}
