import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access'
import { isWebAddress } from '@/checks/fields'
import { MAX_URL_LENGTH, TEXT_LENGTHS } from '@/fields/common'

import { signInEndpoints } from './endpoints'

/** Client secrets are tokens of some dozens of characters; a long one still fits. */
const MAX_SECRET_LENGTH = 2000

/** A secret left empty in the admin (where it is never shown) keeps the one stored. */
const keepSecret: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const given = typeof data.clientSecret === 'string' ? data.clientSecret.trim() : ''
  if (given) return { ...data, clientSecret: given }
  if (operation === 'update' && originalDoc?.clientSecret) return { ...data, clientSecret: originalDoc.clientSecret }
  return data
}

/**
 * Sign-in with an institution's own account (OpenID Connect): an admin names the provider (its issuer address,
 * the client id and secret it gave this site), the e-mail domains it vouches for, and what a person it vouches for
 * who has no account here gets: an account with a role, or nothing unless invited. The sign-in page shows
 * "Sign in with …" for each one switched on. Register the address
 * `<public address>/api/sign-in-providers/callback` with the provider.
 */
export const SignInProviders: CollectionConfig = {
  slug: 'sign-in-providers',
  labels: { singular: 'Sign-in provider', plural: 'Sign-in providers' },
  admin: {
    useAsTitle: 'name',
    group: 'Accounts',
    defaultColumns: ['name', 'issuer', 'domains', 'newAccounts', 'enabled'],
    description:
      'Sign-in with an institution’s own account (OpenID Connect). Give the provider this site’s return address: <public address>/api/sign-in-providers/callback.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [keepSecret] },
  endpoints: signInEndpoints,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: TEXT_LENGTHS.name,
      admin: { description: 'Shown on the sign-in page as “Sign in with …” (e.g. Goethe-Institut).' },
    },
    {
      name: 'issuer',
      type: 'text',
      required: true,
      maxLength: MAX_URL_LENGTH,
      validate: (value: unknown) =>
        isWebAddress(String(value)) ||
        'The issuer is an https:// address, like https://login.example.org/realms/staff.',
      admin: {
        description: 'The provider’s issuer address; its settings are read from /.well-known/openid-configuration.',
      },
    },
    { name: 'clientId', label: 'Client id', type: 'text', required: true, maxLength: TEXT_LENGTHS.name },
    {
      name: 'clientSecret',
      label: 'Client secret',
      type: 'text',
      maxLength: MAX_SECRET_LENGTH,
      // Never read back: an admin replaces it, nobody sees it.
      access: { read: nobody },
      admin: { description: 'Never shown again once saved; leave empty to keep the one stored.' },
    },
    {
      name: 'domains',
      label: 'E-mail domains it vouches for',
      type: 'text',
      hasMany: true,
      required: true,
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 && value.every((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(String(d)))
          ? true
          : 'Name one or more domains, like goethe.de (no @, no address).',
      admin: { description: 'Only verified addresses at these domains sign in through this provider.' },
    },
    {
      name: 'newAccounts',
      label: 'Someone without an account here',
      type: 'select',
      required: true,
      defaultValue: 'invited',
      options: [
        { value: 'invited', label: 'signs in only when invited (an invitation waiting is accepted)' },
        { value: 'contributor', label: 'gets a contributor’s account (of the clusters below)' },
        { value: 'editor', label: 'gets an editor’s account' },
      ],
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      admin: { description: 'The clusters of the accounts this provider makes.' },
    },
    { name: 'enabled', label: 'Shown on the sign-in page', type: 'checkbox', defaultValue: true },
  ],
}
