import type { Locale } from './locales'

/** The disclaimer the EU asks co-funded projects to print (EACEA wording). */
export const EU_DISCLAIMER: Record<Locale, { title: string; text: string }> = {
  en: {
    title: 'Co-funded by the European Union',
    text: 'Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Education and Culture Executive Agency (EACEA). Neither the European Union nor EACEA can be held responsible for them.',
  },
  fr: {
    title: 'Cofinancé par l’Union européenne',
    text: 'Les points de vue et avis exprimés n’engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l’Union européenne ou de l’Agence exécutive européenne pour l’éducation et la culture (EACEA). Ni l’Union européenne ni l’EACEA ne sauraient en être tenues pour responsables.',
  },
  de: {
    title: 'Kofinanziert von der Europäischen Union',
    text: 'Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union oder der Europäischen Exekutivagentur für Bildung und Kultur (EACEA) wider. Weder die Europäische Union noch die EACEA können dafür verantwortlich gemacht werden.',
  },
}
