import type { Locale } from '@/lib/i18n/locales'

/** What the form says and how it checks, before the server checks again. */
export type InvitationFormWords = {
  name: string
  password: string
  again: string
  passwordHint: string
  submit: string
  mismatch: string
  failed: string
}

type Words = {
  title: string
  intro: (email: string, role: string) => string
  signIn: string
  form: InvitationFormWords
}

/** The invitation page in the invitation's language (the person has no account, so no language of their own yet). */
export const INVITATION_WORDS: Record<Locale, Words> = {
  en: {
    title: 'Set up your account',
    intro: (email, role) =>
      `You are invited as ${role}. You will sign in with ${email} and the password you choose here.`,
    signIn: 'Go to the sign-in page',
    form: {
      name: 'Your name',
      password: 'Password (at least 12 characters; a few words make a good one)',
      again: 'The same password again',
      passwordHint: 'Nobody else ever sees or types it.',
      submit: 'Set up my account',
      mismatch: 'The two passwords differ.',
      failed: 'The account could not be set up.',
    },
  },
  fr: {
    title: 'Créer votre compte',
    intro: (email, role) =>
      `Vous êtes invité comme ${role}. Vous vous connecterez avec ${email} et le mot de passe choisi ici.`,
    signIn: 'Aller à la page de connexion',
    form: {
      name: 'Votre nom',
      password: 'Mot de passe (au moins 12 caractères ; quelques mots font un bon mot de passe)',
      again: 'Le même mot de passe encore une fois',
      passwordHint: 'Personne d’autre ne le voit ni ne le tape.',
      submit: 'Créer mon compte',
      mismatch: 'Les deux mots de passe diffèrent.',
      failed: 'Le compte n’a pas pu être créé.',
    },
  },
  de: {
    title: 'Ihr Konto einrichten',
    intro: (email, role) =>
      `Sie sind als ${role} eingeladen. Sie melden sich mit ${email} und dem hier gewählten Passwort an.`,
    signIn: 'Zur Anmeldung',
    form: {
      name: 'Ihr Name',
      password: 'Passwort (mindestens 12 Zeichen; ein paar Wörter sind ein gutes Passwort)',
      again: 'Dasselbe Passwort noch einmal',
      passwordHint: 'Niemand sonst sieht oder tippt es.',
      submit: 'Mein Konto einrichten',
      mismatch: 'Die beiden Passwörter unterscheiden sich.',
      failed: 'Das Konto konnte nicht eingerichtet werden.',
    },
  },
}
