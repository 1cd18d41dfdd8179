import type { Access, CollectionConfig } from 'payload'

import { isEditor, nobody, roleOf } from '@/access'
import { TEXT_LENGTHS } from '@/fields/common'
import { LOCALE_LABELS, LOCALES } from '@/lib/i18n/locales'

import { ROLES } from '../users'
import { invitationEndpoints } from './endpoints'
import { checkInvitation, sendInvitation, showExpiry } from './hooks/invite'

export const INVITATION_STATUSES = [
  { value: 'pending', label: 'Waiting' },
  { value: 'expired', label: 'Ran out' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'withdrawn', label: 'Withdrawn' },
] as const

/** Admins see every invitation; an editor the ones they sent. */
const readInvitations: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === 'editor' && req.user) return { invitedBy: { equals: req.user.id } }
  return false
}

const EUROPEAN_MOMENT = { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } as const
const system = { create: nobody, update: nobody }

/**
 * Accounts are made by invitation: an admin (or an editor, for contributors of their own clusters) names an
 * address, a role and clusters; the person gets a one-time link, valid seven days, and chooses their own password
 * (POST /api/invitations/accept). Nobody ever types another person's password. An invitation is sent again
 * (a new link, the old one dies) or withdrawn with POST /api/invitations/:id/resend and /withdraw.
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  labels: { singular: 'Invitation', plural: 'Invitations' },
  admin: {
    useAsTitle: 'email',
    group: 'Accounts',
    defaultColumns: ['email', 'role', 'clusters', 'status', 'expiresAt', 'invitedBy'],
    description:
      'Invite people by address: they choose their own password from a link valid seven days. Editors invite contributors of their own clusters.',
    components: { edit: { beforeDocumentControls: ['/src/admin/InvitationActions#InvitationActions'] } },
  },
  access: {
    read: readInvitations,
    create: isEditor,
    update: nobody,
    delete: ({ req }) => roleOf(req) === 'admin',
  },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [checkInvitation], afterChange: [sendInvitation], afterRead: [showExpiry] },
  endpoints: invitationEndpoints,
  fields: [
    { name: 'email', type: 'email', required: true, index: true, access: { update: nobody } },
    {
      name: 'name',
      type: 'text',
      maxLength: TEXT_LENGTHS.name,
      admin: { description: 'How to greet them (they write their own name when they accept).' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      options: [...ROLES],
      admin: { description: 'An editor invites contributors only.' },
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      admin: { description: 'The clusters whose events a contributor writes (an editor: their own clusters).' },
    },
    {
      name: 'language',
      label: 'Language of the mail',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] })),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: INVITATION_STATUSES.map((s) => ({ ...s })),
      access: system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'expiresAt',
      label: 'Link works until',
      type: 'date',
      access: system,
      admin: { readOnly: true, position: 'sidebar', date: EUROPEAN_MOMENT },
    },
    {
      name: 'invitedBy',
      label: 'Invited by',
      type: 'relationship',
      relationTo: 'users',
      access: system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'acceptedAt',
      label: 'Accepted',
      type: 'date',
      access: system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      access: system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // The hash of the link's one-time token: the token itself is in the mail only.
    { name: 'tokenHash', type: 'text', index: true, hidden: true, access: system },
  ],
}
