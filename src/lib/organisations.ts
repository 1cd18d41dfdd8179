import { optionLabel } from './options'

/**
 * The member organisations of the network (EUNIC's members as of 2026). An institute belongs to one of
 * them: "Goethe-Institut Kasachstan" belongs to the Goethe-Institut.
 */
export const ORGANISATIONS = [
  { value: 'goethe-institut', label: 'Goethe-Institut', country: 'DE' },
  { value: 'ifa', label: 'ifa – Institut für Auslandsbeziehungen', country: 'DE' },
  { value: 'institut-francais', label: 'Institut français', country: 'FR' },
  { value: 'alliance-francaise', label: 'Fondation des Alliances Françaises', country: 'FR' },
  { value: 'british-council', label: 'British Council', country: 'GB' },
  { value: 'instituto-cervantes', label: 'Instituto Cervantes', country: 'ES' },
  { value: 'aecid', label: 'AECID – Spanish Agency for International Development Cooperation', country: 'ES' },
  { value: 'italian-mfa', label: 'Italian Ministry of Foreign Affairs / Istituti Italiani di Cultura', country: 'IT' },
  { value: 'dante-alighieri', label: 'Società Dante Alighieri', country: 'IT' },
  { value: 'camoes', label: 'Camões – Instituto da Cooperação e da Língua', country: 'PT' },
  { value: 'austrian-mfa', label: 'Austrian Federal Ministry for European and International Affairs', country: 'AT' },
  { value: 'wallonie-bruxelles', label: 'Wallonie-Bruxelles International', country: 'BE' },
  { value: 'flanders', label: 'Flanders Department of Foreign Affairs', country: 'BE' },
  { value: 'bulgarian-mfa', label: 'Bulgarian Ministry of Foreign Affairs', country: 'BG' },
  { value: 'croatian-mfa', label: 'Croatian Ministry of Foreign and European Affairs', country: 'HR' },
  { value: 'cyprus-culture', label: 'Cyprus Deputy Ministry of Culture', country: 'CY' },
  { value: 'czech-centres', label: 'Czech Centres', country: 'CZ' },
  { value: 'danish-cultural-institute', label: 'Danish Cultural Institute', country: 'DK' },
  { value: 'estonian-institute', label: 'Estonian Institute', country: 'EE' },
  { value: 'finnish-institutes', label: 'Finnish Cultural and Academic Institutes', country: 'FI' },
  { value: 'hellenic-foundation', label: 'Hellenic Foundation for Culture', country: 'GR' },
  { value: 'liszt-institute', label: 'Liszt Institute – Hungarian Cultural Centres', country: 'HU' },
  { value: 'culture-ireland', label: 'Culture Ireland', country: 'IE' },
  { value: 'latvian-institute', label: 'Latvian Institute', country: 'LV' },
  { value: 'lithuanian-institute', label: 'Lithuanian Culture Institute', country: 'LT' },
  { value: 'luxembourg-mfa', label: 'Luxembourg Ministry of Foreign and European Affairs', country: 'LU' },
  { value: 'arts-council-malta', label: 'Arts Council Malta', country: 'MT' },
  { value: 'dutch-culture', label: 'DutchCulture', country: 'NL' },
  { value: 'polish-institute', label: 'Adam Mickiewicz Institute / Polish Institutes', country: 'PL' },
  { value: 'romanian-cultural-institute', label: 'Romanian Cultural Institute', country: 'RO' },
  { value: 'slovak-mfa', label: 'Slovak Ministry of Foreign and European Affairs', country: 'SK' },
  { value: 'slovenian-mfa', label: 'Slovenian Ministry of Foreign and European Affairs', country: 'SI' },
  { value: 'swedish-institute', label: 'Swedish Institute', country: 'SE' },
  { value: 'other', label: 'Other', country: null },
] as const

export type OrganisationCode = (typeof ORGANISATIONS)[number]['value']

export const organisationLabel = (code: string | null | undefined): string => optionLabel(ORGANISATIONS, code)
