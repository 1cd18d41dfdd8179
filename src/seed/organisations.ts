import type { CountryCode } from '@/lib/i18n/countries'

/**
 * The network's member organisations as of 2026, when they became content. New members are recorded by editors
 * in the admin; this list is what a new site starts with and what the migration that made members content
 * wrote for existing sites (their institutes kept their member). Keep it as it is.
 */
export const MEMBERS_2026: ReadonlyArray<{ slug: string; name: string; country: CountryCode }> = [
  { slug: 'goethe-institut', name: 'Goethe-Institut', country: 'DE' },
  { slug: 'ifa', name: 'ifa – Institut für Auslandsbeziehungen', country: 'DE' },
  { slug: 'institut-francais', name: 'Institut français', country: 'FR' },
  { slug: 'alliance-francaise', name: 'Fondation des Alliances Françaises', country: 'FR' },
  { slug: 'british-council', name: 'British Council', country: 'GB' },
  { slug: 'instituto-cervantes', name: 'Instituto Cervantes', country: 'ES' },
  { slug: 'aecid', name: 'AECID – Spanish Agency for International Development Cooperation', country: 'ES' },
  { slug: 'italian-mfa', name: 'Italian Ministry of Foreign Affairs / Istituti Italiani di Cultura', country: 'IT' },
  { slug: 'dante-alighieri', name: 'Società Dante Alighieri', country: 'IT' },
  { slug: 'camoes', name: 'Camões – Instituto da Cooperação e da Língua', country: 'PT' },
  { slug: 'austrian-mfa', name: 'Austrian Federal Ministry for European and International Affairs', country: 'AT' },
  { slug: 'wallonie-bruxelles', name: 'Wallonie-Bruxelles International', country: 'BE' },
  { slug: 'flanders', name: 'Flanders Department of Foreign Affairs', country: 'BE' },
  { slug: 'bulgarian-mfa', name: 'Bulgarian Ministry of Foreign Affairs', country: 'BG' },
  { slug: 'croatian-mfa', name: 'Croatian Ministry of Foreign and European Affairs', country: 'HR' },
  { slug: 'cyprus-culture', name: 'Cyprus Deputy Ministry of Culture', country: 'CY' },
  { slug: 'czech-centres', name: 'Czech Centres', country: 'CZ' },
  { slug: 'danish-cultural-institute', name: 'Danish Cultural Institute', country: 'DK' },
  { slug: 'estonian-institute', name: 'Estonian Institute', country: 'EE' },
  { slug: 'finnish-institutes', name: 'Finnish Cultural and Academic Institutes', country: 'FI' },
  { slug: 'hellenic-foundation', name: 'Hellenic Foundation for Culture', country: 'GR' },
  { slug: 'liszt-institute', name: 'Liszt Institute – Hungarian Cultural Centres', country: 'HU' },
  { slug: 'culture-ireland', name: 'Culture Ireland', country: 'IE' },
  { slug: 'latvian-institute', name: 'Latvian Institute', country: 'LV' },
  { slug: 'lithuanian-institute', name: 'Lithuanian Culture Institute', country: 'LT' },
  { slug: 'luxembourg-mfa', name: 'Luxembourg Ministry of Foreign and European Affairs', country: 'LU' },
  { slug: 'arts-council-malta', name: 'Arts Council Malta', country: 'MT' },
  { slug: 'dutch-culture', name: 'DutchCulture', country: 'NL' },
  { slug: 'polish-institute', name: 'Adam Mickiewicz Institute / Polish Institutes', country: 'PL' },
  { slug: 'romanian-cultural-institute', name: 'Romanian Cultural Institute', country: 'RO' },
  { slug: 'slovak-mfa', name: 'Slovak Ministry of Foreign and European Affairs', country: 'SK' },
  { slug: 'slovenian-mfa', name: 'Slovenian Ministry of Foreign and European Affairs', country: 'SI' },
  { slug: 'swedish-institute', name: 'Swedish Institute', country: 'SE' },
]
