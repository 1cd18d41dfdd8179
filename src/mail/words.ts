import type { Locale } from '@/lib/i18n/locales'

/** Every kind of mail the CMS sends. */
export const MAIL_KINDS = [
  'invitation',
  'reset',
  'reviewReady',
  'reviewReturned',
  'published',
  'scheduleFailed',
  'webhookFailed',
] as const
export type MailKind = (typeof MAIL_KINDS)[number]

/** The kinds a person may turn off in their account (an invitation or a reset is asked for, never a notice). */
export const NOTICE_KINDS = ['reviewReady', 'reviewReturned', 'published', 'scheduleFailed', 'webhookFailed'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** What a mail may say: every value is plain text, escaped where it goes into HTML. */
export type MailValues = {
  site: string
  title?: string
  person?: string
  role?: string
  note?: string
  until?: string
  error?: string
  target?: string
}

type Text = (v: MailValues) => string
/** One kind in one language: its subject, its paragraphs before the link, the link's label, what follows it. */
type Words = { subject: Text; lead: Text[]; action: string; after: Text[] }
/** Shared lines: the footer of notices and of the mails a person asked for. */
type Common = { noticeFooter: Text; askedFooter: Text; linkHint: string }

const q = (title?: string) => `“${title ?? ''}”`

export const WORDS: Record<Locale, Record<MailKind, Words> & { common: Common }> = {
  en: {
    invitation: {
      subject: (v) => `${v.person} invites you to ${v.site}`,
      lead: [
        (v) => `${v.person} invites you to ${v.site}, where the network publishes its events, as ${v.role}.`,
        () => 'Choose a password to set up your account:',
      ],
      action: 'Set up my account',
      after: [
        (v) =>
          `The link works once, until ${v.until}. If you did not expect this invitation, ignore this mail: no account is made.`,
      ],
    },
    reset: {
      subject: (v) => `Reset your password for ${v.site}`,
      lead: [
        (v) => `Someone, hopefully you, asked to reset the password of your account at ${v.site}.`,
        () => 'Choose a new password:',
      ],
      action: 'Choose a new password',
      after: [
        () => 'The link works once, for one hour. If you did not ask, ignore this mail: your password stays as it is.',
      ],
    },
    reviewReady: {
      subject: (v) => `Ready for review: ${v.title}`,
      lead: [(v) => `${v.person} marked ${q(v.title)} ready for review.`],
      action: 'Review the event',
      after: [],
    },
    reviewReturned: {
      subject: (v) => `Changes requested: ${v.title}`,
      lead: [(v) => `${v.person} sent ${q(v.title)} back with a note:`, (v) => v.note ?? ''],
      action: 'Open the event',
      after: [],
    },
    published: {
      subject: (v) => `Published: ${v.title}`,
      lead: [(v) => `${q(v.title)} is published.`],
      action: 'See the event',
      after: [],
    },
    scheduleFailed: {
      subject: (v) => `Scheduled publishing failed: ${v.title}`,
      lead: [(v) => `${q(v.title)} was to be published${v.until ? ` at ${v.until}` : ''}, and was not: ${v.error}`],
      action: 'Open the event',
      after: [],
    },
    webhookFailed: {
      subject: (v) => `A webhook delivery failed: ${v.title}`,
      lead: [
        (v) => `The message ${q(v.title)} to ${v.target} was not delivered, and will not be tried again: ${v.error}`,
      ],
      action: 'See the delivery',
      after: [],
    },
    common: {
      noticeFooter: (v) =>
        `You receive this mail because you have an account at ${v.site}. Turn these mails off in your account:`,
      askedFooter: (v) => `Sent by ${v.site}.`,
      linkHint: 'If the button does not work, copy this address into your browser:',
    },
  },
  fr: {
    invitation: {
      subject: (v) => `${v.person} vous invite sur ${v.site}`,
      lead: [
        (v) => `${v.person} vous invite sur ${v.site}, où le réseau publie ses événements, comme ${v.role}.`,
        () => 'Choisissez un mot de passe pour créer votre compte :',
      ],
      action: 'Créer mon compte',
      after: [
        (v) =>
          `Le lien sert une fois, jusqu’au ${v.until}. Si vous n’attendiez pas cette invitation, ignorez ce message : aucun compte n’est créé.`,
      ],
    },
    reset: {
      subject: (v) => `Réinitialiser votre mot de passe pour ${v.site}`,
      lead: [
        (v) => `Quelqu’un, vous sans doute, a demandé à réinitialiser le mot de passe de votre compte sur ${v.site}.`,
        () => 'Choisissez un nouveau mot de passe :',
      ],
      action: 'Choisir un nouveau mot de passe',
      after: [
        () =>
          'Le lien sert une fois, pendant une heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      ],
    },
    reviewReady: {
      subject: (v) => `À relire : ${v.title}`,
      lead: [(v) => `${v.person} a marqué ${q(v.title)} comme prêt à relire.`],
      action: 'Relire l’événement',
      after: [],
    },
    reviewReturned: {
      subject: (v) => `Modifications demandées : ${v.title}`,
      lead: [(v) => `${v.person} a renvoyé ${q(v.title)} avec une note :`, (v) => v.note ?? ''],
      action: 'Ouvrir l’événement',
      after: [],
    },
    published: {
      subject: (v) => `Publié : ${v.title}`,
      lead: [(v) => `${q(v.title)} est publié.`],
      action: 'Voir l’événement',
      after: [],
    },
    scheduleFailed: {
      subject: (v) => `Publication programmée échouée : ${v.title}`,
      lead: [
        (v) => `${q(v.title)} devait être publié${v.until ? ` le ${v.until}` : ''} et ne l’a pas été : ${v.error}`,
      ],
      action: 'Ouvrir l’événement',
      after: [],
    },
    webhookFailed: {
      subject: (v) => `Un envoi de webhook a échoué : ${v.title}`,
      lead: [(v) => `Le message ${q(v.title)} vers ${v.target} n’a pas été remis et ne sera plus tenté : ${v.error}`],
      action: 'Voir l’envoi',
      after: [],
    },
    common: {
      noticeFooter: (v) =>
        `Vous recevez ce message parce que vous avez un compte sur ${v.site}. Désactivez ces messages dans votre compte :`,
      askedFooter: (v) => `Envoyé par ${v.site}.`,
      linkHint: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    },
  },
  de: {
    invitation: {
      subject: (v) => `${v.person} lädt Sie zu ${v.site} ein`,
      lead: [
        (v) =>
          `${v.person} lädt Sie zu ${v.site} ein, wo das Netzwerk seine Veranstaltungen veröffentlicht, als ${v.role}.`,
        () => 'Wählen Sie ein Passwort, um Ihr Konto einzurichten:',
      ],
      action: 'Mein Konto einrichten',
      after: [
        (v) =>
          `Der Link gilt einmal, bis ${v.until}. Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail: Es wird kein Konto angelegt.`,
      ],
    },
    reset: {
      subject: (v) => `Passwort für ${v.site} zurücksetzen`,
      lead: [
        (v) => `Jemand, hoffentlich Sie, hat verlangt, das Passwort Ihres Kontos bei ${v.site} zurückzusetzen.`,
        () => 'Wählen Sie ein neues Passwort:',
      ],
      action: 'Neues Passwort wählen',
      after: [
        () =>
          'Der Link gilt einmal, eine Stunde lang. Wenn Sie nichts verlangt haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.',
      ],
    },
    reviewReady: {
      subject: (v) => `Zur Durchsicht: ${v.title}`,
      lead: [(v) => `${v.person} hat ${q(v.title)} zur Durchsicht freigegeben.`],
      action: 'Veranstaltung durchsehen',
      after: [],
    },
    reviewReturned: {
      subject: (v) => `Änderungen erbeten: ${v.title}`,
      lead: [(v) => `${v.person} hat ${q(v.title)} mit einer Notiz zurückgegeben:`, (v) => v.note ?? ''],
      action: 'Veranstaltung öffnen',
      after: [],
    },
    published: {
      subject: (v) => `Veröffentlicht: ${v.title}`,
      lead: [(v) => `${q(v.title)} ist veröffentlicht.`],
      action: 'Veranstaltung ansehen',
      after: [],
    },
    scheduleFailed: {
      subject: (v) => `Geplante Veröffentlichung fehlgeschlagen: ${v.title}`,
      lead: [
        (v) =>
          `${q(v.title)} sollte${v.until ? ` am ${v.until}` : ''} veröffentlicht werden und wurde es nicht: ${v.error}`,
      ],
      action: 'Veranstaltung öffnen',
      after: [],
    },
    webhookFailed: {
      subject: (v) => `Eine Webhook-Zustellung ist fehlgeschlagen: ${v.title}`,
      lead: [
        (v) =>
          `Die Nachricht ${q(v.title)} an ${v.target} wurde nicht zugestellt und wird nicht mehr versucht: ${v.error}`,
      ],
      action: 'Zustellung ansehen',
      after: [],
    },
    common: {
      noticeFooter: (v) =>
        `Sie erhalten diese E-Mail, weil Sie ein Konto bei ${v.site} haben. Schalten Sie diese E-Mails in Ihrem Konto ab:`,
      askedFooter: (v) => `Gesendet von ${v.site}.`,
      linkHint: 'Wenn die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    },
  },
}
