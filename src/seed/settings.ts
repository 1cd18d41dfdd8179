import type { Locale } from '@/lib/i18n/locales'
import type { SitePageName } from '@/lib/site-pages'

type Texts = Record<Locale, string[]>

/** The demo site's settings: what an editor writes once in Site settings. Addresses use example.org. */
export const SETTINGS = {
  siteName: 'EUNIC Events',
  brandColour: '#003399',
  homeIntro: {
    en: 'The European Union National Institutes for Culture work together in clusters around the world. Here you find what they do together: meetings, festivals, talks and workshops, with the institutes and partners who make them happen.',
    fr: 'Les instituts culturels nationaux de l’Union européenne travaillent ensemble en clusters partout dans le monde. Vous trouverez ici ce qu’ils font ensemble\u00a0: rencontres, festivals, débats et ateliers, avec les instituts et les partenaires qui les rendent possibles.',
    de: 'Die nationalen Kulturinstitute der Europäischen Union arbeiten weltweit in Clustern zusammen. Hier finden Sie, was sie gemeinsam tun: Treffen, Festivals, Gespräche und Workshops, mit den Instituten und Partnern, die sie möglich machen.',
  } satisfies Record<Locale, string>,
  footerLinks: [
    {
      url: 'https://www.eunicglobal.eu/',
      label: { en: 'The network’s website', fr: 'Le site du réseau', de: 'Website des Netzwerks' },
    },
  ],
  pages: {
    legalNotice: {
      en: [
        'This site is published by the secretariat of the network of European Union National Institutes for Culture on behalf of its members.',
        'Editorial responsibility lies with the cluster or institute named on each event. Contact: events@example.org.',
        'Photos are shown with the credit their authors asked for; they may not be reused without the authors’ permission.',
      ],
      fr: [
        'Ce site est publié par le secrétariat du réseau des instituts culturels nationaux de l’Union européenne, au nom de ses membres.',
        'La responsabilité éditoriale revient au cluster ou à l’institut nommé sur chaque événement. Contact\u00a0: events@example.org.',
        'Les photos sont publiées avec le crédit demandé par leurs auteurs\u00a0; elles ne peuvent être réutilisées sans leur accord.',
      ],
      de: [
        'Diese Website wird vom Sekretariat des Netzwerks der nationalen Kulturinstitute der Europäischen Union im Namen seiner Mitglieder herausgegeben.',
        'Redaktionell verantwortlich ist das bei jeder Veranstaltung genannte Cluster oder Institut. Kontakt: events@example.org.',
        'Fotos erscheinen mit dem Vermerk, den ihre Urheber wünschen; ohne deren Zustimmung dürfen sie nicht weiterverwendet werden.',
      ],
    },
    privacy: {
      en: [
        'Reading this site sets no cookies and loads nothing from other hosts: no analytics, no fonts, no scripts.',
        'The server keeps its access logs (address, time, page) for 14 days to keep the site safe, then deletes them.',
        'Editors who sign in to the admin are stored with their name, e-mail address and role, as long as they have an account.',
      ],
      fr: [
        'La lecture de ce site ne dépose aucun cookie et ne charge rien depuis d’autres serveurs\u00a0: ni mesure d’audience, ni polices, ni scripts.',
        'Le serveur conserve ses journaux d’accès (adresse, heure, page) pendant 14\u00a0jours pour la sécurité du site, puis les supprime.',
        'Les rédacteurs qui se connectent à l’administration sont enregistrés avec leur nom, leur adresse e-mail et leur rôle, tant que leur compte existe.',
      ],
      de: [
        'Beim Lesen dieser Website werden keine Cookies gesetzt und nichts von anderen Servern geladen: keine Statistik, keine Schriften, keine Skripte.',
        'Der Server bewahrt seine Zugriffsprotokolle (Adresse, Uhrzeit, Seite) 14 Tage lang zur Sicherheit der Website auf und löscht sie dann.',
        'Redakteurinnen und Redakteure, die sich in der Verwaltung anmelden, werden mit Namen, E-Mail-Adresse und Rolle gespeichert, solange ihr Konto besteht.',
      ],
    },
    contact: {
      en: [
        'Questions about an event: write to the cluster or institute named on its page.',
        'Questions about this site, corrections and requests to remove a photo: events@example.org.',
      ],
      fr: [
        'Pour une question sur un événement, écrivez au cluster ou à l’institut nommé sur sa page.',
        'Pour une question sur ce site, une correction ou le retrait d’une photo\u00a0: events@example.org.',
      ],
      de: [
        'Fragen zu einer Veranstaltung richten Sie bitte an das Cluster oder Institut, das auf ihrer Seite genannt ist.',
        'Fragen zu dieser Website, Korrekturen und Bitten, ein Foto zu entfernen: events@example.org.',
      ],
    },
    accessibility: {
      en: [
        'We want everyone to be able to use this site, in line with Directive (EU) 2016/2102 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
        'Compliance status: the site is fully compliant. Every page type is checked automatically, in every language and on phone and desktop screens, before each release.',
        'Known limits: photos uploaded before alternative texts were required may describe their content briefly.',
        'Found a barrier? Write to events@example.org; we answer within 10 working days. If the answer does not satisfy you, you may turn to the enforcement body of your country.',
        'This statement was prepared on 3 December 2026.',
      ],
      fr: [
        'Nous voulons que chacun puisse utiliser ce site, conformément à la directive (UE) 2016/2102 et aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA.',
        'État de conformité\u00a0: le site est entièrement conforme. Chaque type de page est vérifié automatiquement, dans chaque langue, sur téléphone et sur ordinateur, avant chaque mise en ligne.',
        'Limites connues\u00a0: les photos publiées avant que le texte alternatif ne soit obligatoire peuvent décrire leur contenu brièvement.',
        'Vous avez rencontré un obstacle\u00a0? Écrivez à events@example.org\u00a0; nous répondons sous 10\u00a0jours ouvrés. Si la réponse ne vous satisfait pas, vous pouvez saisir l’organisme de contrôle de votre pays.',
        'Cette déclaration a été établie le 3\u00a0décembre 2026.',
      ],
      de: [
        'Alle sollen diese Website nutzen können, gemäß der Richtlinie (EU) 2016/2102 und den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA.',
        'Stand der Vereinbarkeit: Die Website ist vollständig barrierefrei. Jede Seitenart wird vor jeder Veröffentlichung automatisch geprüft, in jeder Sprache, auf Telefon und Computer.',
        'Bekannte Einschränkungen: Fotos, die hochgeladen wurden, bevor Alternativtexte Pflicht waren, beschreiben ihren Inhalt womöglich knapp.',
        'Auf eine Barriere gestoßen? Schreiben Sie an events@example.org; wir antworten innerhalb von 10 Arbeitstagen. Stellt Sie die Antwort nicht zufrieden, können Sie sich an die Durchsetzungsstelle Ihres Landes wenden.',
        'Diese Erklärung wurde am 3. Dezember 2026 erstellt.',
      ],
    },
  } satisfies Record<SitePageName, Texts>,
}
