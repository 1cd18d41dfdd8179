import type { CollectionConfig, Condition } from 'payload'

import { adminField, adminOrSelf, isAdmin } from '@/access'
import { sessionInAnyForm } from '@/api/session-strategy'
import { TEXT_LENGTHS } from '@/fields/common'
import { LOCALE_LABELS, LOCALES } from '@/lib/i18n/locales'
import { NOTICE_KINDS, type NoticeKind } from '@/mail/words'

import { guardAccounts, refundSuccessfulLogin, timeResetMail } from './hooks/accountGuards'
import { mailResetLink, RESET_LINK_MS } from './hooks/resetMail'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/**
 * Shown only to someone signed in: the first-user screen (nobody signed in yet, its account becomes an admin) asks
 * for a name, an address and a password, not for clusters or API keys.
 */
const signedInOnly: Condition = (_data, _siblings, { user }) => Boolean(user)

const NOTICE_LABELS: Record<NoticeKind, string> = {
  reviewReady: 'an event of my clusters is ready for review (editors; admins where a cluster has no editor)',
  reviewReturned: 'an editor sends my event back with a note',
  published: 'my event is published by someone else, by hand or as scheduled',
  scheduleFailed: 'a scheduled publishing of my event, or of my clusters’ (editors), fails',
  webhookFailed: 'a webhook delivery fails for good (admins)',
}

export const ROLES = [
  { value: 'admin', label: 'Admin' },
  { value: 'editor', label: 'Editor' },
  { value: 'contributor', label: 'Contributor' },
] as const

export const Users: CollectionConfig = {
  slug: 'users',
  // Payload's own lockout lets anyone who knows an address lock its account: sign-ins are throttled per
  // address instead (hooks/accountGuards.ts).
  // Its reset-mail interval writes outside the request's transaction, which SQLite cannot take while that
  // transaction is open: reset mails are throttled there too.
  // API keys for integrations (another site writing events): each key signs in as its account, so it has that
  // account's role and, for a contributor, its clusters. Stored encrypted, never read back (Payload hides it).
  // A session token is read in every form the app reads it (src/api/credentials.ts).
  auth: {
    maxLoginAttempts: 0,
    // The reset mail is written by the app (hooks/resetMail.ts), in the person's language, through the outbox.
    forgotPassword: { minRequestInterval: 0, expiration: RESET_LINK_MS },
    useAPIKey: true,
    strategies: [sessionInAnyForm],
  },
  admin: {
    useAsTitle: 'name',
    group: 'Accounts',
    defaultColumns: ['name', 'email', 'role'],
    description:
      'To add a person, invite them (Accounts → Invitations): they choose their own password. Accounts made here are for integrations that sign in with an API key.',
  },
  access: {
    // Only admins see the list of accounts; everyone else sees their own.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [guardAccounts],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [refundSuccessfulLogin],
    afterForgotPassword: [mailResetLink, timeResetMail],
  },
  endpoints: [
    {
      // Accounts are created by admins, not verified by email: Payload's verify route would fail with a 500.
      path: '/verify/:token',
      method: 'post',
      handler: () =>
        Response.json({ errors: [{ message: 'Accounts here are not verified by email.' }] }, { status: 404 }),
    },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: TEXT_LENGTHS.name },
    // Merged into Payload's own API key fields: only an admin gives, replaces or revokes a key (Payload lets
    // every account that may open the admin do it), so others are not even offered the button.
    {
      name: 'enableAPIKey',
      type: 'checkbox',
      access: { create: adminField, update: adminField },
      admin: { condition: signedInOnly },
    },
    {
      name: 'apiKey',
      type: 'text',
      access: { create: adminField, update: adminField },
      admin: { condition: signedInOnly },
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: {
        description:
          'A contributor writes the events of these clusters; an editor hears when they are ready for review. Only an admin changes them.',
        condition: signedInOnly,
      },
    },
    {
      name: 'language',
      label: 'Language of my mails',
      type: 'select',
      defaultValue: 'en',
      options: LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] })),
    },
    {
      name: 'notices',
      label: 'Mail me when',
      type: 'group',
      admin: { condition: signedInOnly },
      fields: NOTICE_KINDS.map((kind) => ({
        name: kind,
        label: NOTICE_LABELS[kind],
        type: 'checkbox' as const,
        defaultValue: true,
      })),
    },
    {
      // The people at identity providers this account signs in as (src/accounts/oidc.ts), written by the sign-in.
      name: 'identities',
      label: 'Signs in through',
      type: 'array',
      access: { read: adminField, create: () => false, update: () => false },
      admin: { readOnly: true, condition: signedInOnly, initCollapsed: true },
      fields: [
        { name: 'issuer', type: 'text', required: true },
        { name: 'subject', type: 'text', required: true },
      ],
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      // With nobody signed in, this is the first-user screen: that account becomes an admin.
      defaultValue: ({ user }: { user?: unknown }) => (user ? 'contributor' : 'admin'),
      options: [...ROLES],
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: { description: 'Only an admin can change roles. The first account becomes an admin.' },
    },
  ],
}
