/**
 * The demo content: the EUNIC focus meeting for clusters in Central Asia & Caucasus (Almaty, June 2024), as
 * the network published it, turned into structured content. Keys tie the pieces together; the seed resolves
 * them to ids. The original photos are not available: the seed draws labelled placeholders with the real
 * captions and credits.
 */
import type { CountryCode } from '@/lib/i18n/countries'
import type { Locale } from '@/lib/i18n/locales'

type Translations = Partial<Record<Exclude<Locale, 'en'>, string>>

export type SeedTag = { key: string; name: string; slug: string; description: string; translations?: Translations }
export type SeedInstitute = {
  key: string
  name: string
  slug: string
  /** The slug of its member organisation. */
  organisation: string
  country: CountryCode
  city: string
  website: string
  description: string
}
export type SeedCluster = {
  key: string
  name: string
  slug: string
  country: CountryCode
  city: string
  members: string[]
  website?: string
  description: string
}
export type SeedPartner = {
  key: string
  name: string
  slug: string
  kind: 'funding-programme' | 'project' | 'eu-institution'
  country?: CountryCode
  website?: string
  /** Other names it goes by in articles: the importer links a page that uses one of them. */
  otherNames?: string[]
  description: string
}
export type SeedPhoto = {
  key: string
  filename: string
  alt: string
  caption: string
  credit: string
  /** Colours of the placeholder, so the three are told apart at a glance. */
  colours: [string, string]
}

export const REGION = 'central-asia-caucasus'

export const TAGS: SeedTag[] = [
  {
    key: 'clusters',
    name: 'Clusters',
    slug: 'clusters',
    description: 'The work of EUNIC clusters: national institutes for culture working together in a country or city.',
    translations: { fr: 'Clusters', de: 'Cluster' },
  },
  {
    key: 'eu-relations',
    name: 'EU Relations',
    slug: 'eu-relations',
    description: 'Cooperation with the European Union, its Delegations and the European Commission.',
    translations: { fr: 'Relations avec l’UE', de: 'EU-Beziehungen' },
  },
  {
    key: 'fair-collaboration',
    name: 'Fair Collaboration',
    slug: 'fair-collaboration',
    description: 'Equal, fair partnerships in international cultural relations.',
    translations: { fr: 'Collaboration équitable', de: 'Faire Zusammenarbeit' },
  },
  {
    key: 'climate',
    name: 'Climate',
    slug: 'climate',
    description: 'Culture and the climate crisis.',
    translations: { fr: 'Climat', de: 'Klima' },
  },
  {
    key: 'european-spaces-of-culture',
    name: 'European Spaces of Culture',
    slug: 'european-spaces-of-culture',
    description: 'Projects of the European Spaces of Culture programme.',
  },
]

export const INSTITUTES: SeedInstitute[] = [
  {
    key: 'goethe-kz',
    name: 'Goethe-Institut Kasachstan',
    slug: 'goethe-institut-kasachstan',
    organisation: 'goethe-institut',
    country: 'DE',
    city: 'Almaty',
    website: 'https://www.goethe.de/ins/kz/',
    description: 'The Goethe-Institut in Almaty, member of the EUNIC Kazakhstan cluster.',
  },
]

export const CLUSTERS: SeedCluster[] = [
  {
    key: 'armenia',
    name: 'EUNIC Armenia',
    slug: 'eunic-armenia',
    country: 'AM',
    city: 'Yerevan',
    members: [],
    description: 'The cluster of European national institutes for culture in Armenia.',
  },
  {
    key: 'azerbaijan',
    name: 'EUNIC Azerbaijan',
    slug: 'eunic-azerbaijan',
    country: 'AZ',
    city: 'Baku',
    members: [],
    description: 'The cluster of European national institutes for culture in Azerbaijan.',
  },
  {
    key: 'georgia',
    name: 'EUNIC Georgia',
    slug: 'eunic-georgia',
    country: 'GE',
    city: 'Tbilisi',
    members: [],
    description: 'The cluster of European national institutes for culture in Georgia.',
  },
  {
    key: 'kazakhstan',
    name: 'EUNIC Kazakhstan',
    slug: 'eunic-kazakhstan',
    country: 'KZ',
    city: 'Almaty',
    members: ['goethe-kz'],
    description: 'The cluster of European national institutes for culture in Kazakhstan.',
  },
  {
    key: 'uzbekistan',
    name: 'EUNIC Uzbekistan',
    slug: 'eunic-uzbekistan',
    country: 'UZ',
    city: 'Tashkent',
    members: [],
    description: 'The cluster of European national institutes for culture in Uzbekistan.',
  },
]

export const PARTNERS: SeedPartner[] = [
  {
    key: 'dybys',
    name: 'Dybys – a European Spaces of Culture project',
    slug: 'dybys',
    kind: 'project',
    otherNames: ['Dybys'],
    country: 'KZ',
    description:
      'A European Spaces of Culture project in Kazakhstan whose partners bring strong expertise on gender equality and climate activism.',
  },
  {
    key: 'european-spaces-of-culture',
    name: 'European Spaces of Culture',
    slug: 'european-spaces-of-culture',
    kind: 'funding-programme',
    website: 'https://www.europeanspacesofculture.eu/',
    description: 'A programme of EUNIC and the European Union that tests new ways of cultural relations.',
  },
  {
    key: 'dg-intpa',
    name: 'European Commission, DG INTPA',
    slug: 'dg-intpa',
    kind: 'eu-institution',
    otherNames: ['DG INTPA', 'Directorate-General for International Partnerships'],
    country: 'BE',
    description: 'The Directorate-General for International Partnerships of the European Commission, Brussels.',
  },
  {
    key: 'dg-near',
    name: 'European Commission, DG NEAR',
    slug: 'dg-near',
    kind: 'eu-institution',
    otherNames: ['DG NEAR', 'Directorate-General for Neighbourhood and Enlargement Negotiations'],
    country: 'BE',
    description:
      'The Directorate-General for Neighbourhood and Enlargement Negotiations of the European Commission, Brussels.',
  },
]

export const PHOTOS: SeedPhoto[] = [
  {
    key: 'group',
    filename: 'focus-meeting-almaty-group-photo.jpg',
    alt: 'The participants of the focus meeting together for a group photo at Goethe-Institut Kasachstan',
    caption: 'Group photo at Goethe-Institut Kasachstan.',
    credit: 'Leila Turlybek',
    colours: ['#1d3b6e', '#3a6fb0'],
  },
  {
    key: 'speed-dating',
    filename: 'focus-meeting-almaty-speed-dating.jpg',
    alt: 'Colleagues talking in pairs during a speed dating session of the meeting',
    caption:
      'Speed dating sessions during the meeting gave colleagues the opportunity to learn more about each others institutes, clusters, contexts and realities.',
    credit: 'EUNIC',
    colours: ['#5b2a58', '#a0508f'],
  },
  {
    key: 'partners',
    filename: 'focus-meeting-almaty-partners-visit.jpg',
    alt: 'Participants in conversation with local cultural and civil society partners at a cultural venue in Almaty',
    caption:
      'Participants had the opportunity to exchange with key independent cultural and civil society partners of the EUNIC Kazakhstan cluster and the European Spaces of Culture project ‘Dybys’.',
    credit: 'EUNIC',
    colours: ['#2c5b3a', '#5a9a66'],
  },
]

export const EVENT = {
  slug: 'focus-meeting-clusters-central-asia-caucasus-2024',
  title: 'Focus meeting for clusters in Central Asia & Caucasus',
  titleTranslations: {
    fr: 'Réunion thématique des clusters d’Asie centrale et du Caucase',
    de: 'Fokustreffen der Cluster in Zentralasien und im Kaukasus',
  } satisfies Translations,
  summary:
    'Colleagues from Central Asia and the Caucasus met in Almaty, Kazakhstan on 25 & 26 June 2024 to discuss current relevant topics, shared challenges and potential for regional collaboration and strengthening of EUNIC in the regions.',
  summaryTranslations: {
    fr: 'Des collègues d’Asie centrale et du Caucase se sont réunis à Almaty, au Kazakhstan, les 25 et 26 juin 2024 pour discuter de sujets d’actualité, de défis communs et des possibilités de collaboration régionale et de renforcement d’EUNIC dans ces régions.',
  } satisfies Translations,
  timezone: 'Asia/Almaty',
  /** Wall times in the event's time zone; the meeting ran over two full days. */
  start: '2024-06-25',
  end: '2024-06-26',
  allDay: true,
  venue: { name: 'Goethe-Institut Kasachstan', city: 'Almaty', country: 'KZ' as CountryCode },
  heroPhoto: 'group',
  gallery: ['speed-dating', 'partners'],
  tags: ['clusters', 'eu-relations', 'fair-collaboration', 'climate', 'european-spaces-of-culture'],
  clusters: ['armenia', 'azerbaijan', 'georgia', 'kazakhstan', 'uzbekistan'],
  hostInstitutes: ['goethe-kz'],
  partners: ['dybys', 'european-spaces-of-culture', 'dg-intpa', 'dg-near'],
  euCofunded: true,
  body: [
    'On 25 & 26 June 2024, the EUNIC regional focus meeting for Central Asia and the Caucasus brought together representatives from the 5 clusters in the regions: Armenia, Azerbaijan, Georgia, Kazakhstan and Uzbekistan, as well as colleagues from Turkmenistan currently working on a project supported by European Spaces of Culture. The meeting was hosted by Goethe-Institut Kasachstan in Almaty.',
    'Over two days, the seminar offered participants the opportunity to get to know and learn from each other, share experiences and challenges of working in the framework of EUNIC clusters (and beyond) and how to strengthen relationships with the EU, to explore current developments in the region and common topics of interest as well as opportunities for future collaboration. The programme was created in close exchange with and based on wishes for specific content expressed by participants in advance.',
    'Learning about the different realities and exploring shared relevant topics in the region, colleagues exchanged around questions of gender equality. In light of the upcoming COP29 in Baku, Azerbaijan, in November 2024, participants also shared insights into the relevance of the topic of climate change in their contexts and work. The role of civil society in rapidly changing geopolitical contexts and shrinking public spaces across the regions was also discussed, as well as ways of supporting democratic movements. Potential dilemmas when collaborating internationally around these topics were discussed using EUNIC’s Not a toolkit! Fair collaboration in cultural relations. Following this, participants reflected on how such globally relevant topics can be addressed by the EUNIC network more widely in a strategic and longer-term approach, both at international as well as local level using different avenues.',
    'The meeting was also an opportunity for participants to learn more about the wider EUNIC network, other opportunities to get involved with programme activities, and about ongoing and upcoming funding opportunities such as European Spaces of Culture and the EUNIC Cluster Fund. Good practices of operating as EUNIC cluster and common challenges in collaborating internationally were shared. Guest interventions on recent EUNIC projects by EUNIC clusters in Mongolia and Thailand as well as European Spaces of Culture projects in China and Turkmenistan allowed participants to explore the vast possibilities of cultural relations activities around the world and to learn from colleagues across the network. In curated speed dating sessions, colleagues also had the opportunity to learn more about each other’s realities and challenges in depth and were given the time to exchange on priority topics and activities bilaterally.',
    'Significant time was also dedicated to understanding EUNIC’s relationship with the EU and possibilities of collaborating with EU Delegations on the ground. Additional insights on geopolitical strategies and regional funding opportunities were given in online interventions by colleagues from the European Commission in Brussels, respectively DG INTPA and DG NEAR.',
    'Finally, colleagues also had the possibility to exchange with key local cultural actors and civil society representatives during an evening visit of a cultural venue central to the current European Spaces of Culture project ‘Dybys’. Discussions centered around the partners’ strong expertise on gender equality and climate activism, and the encounter allowed both participants to learn more about the partners of the project and local partners to hear more about EUNIC.',
  ],
}
