import { TIMEZONES } from '@/lib/time/timezones'
import { ZONE_NAMES } from '@/lib/time/zone-names'
import { zoneOptions } from '@/lib/time/zone-options'

const options = zoneOptions()
/** As the admin's zone search matches: the typed text anywhere in the label, whatever its case and accents. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
const found = (typed: string) => options.filter((o) => plain(o.label).includes(plain(typed))).map((o) => o.value)

test('capitals and large cities find their zone, in English, French and German', () => {
  const cases: Array<[string, string]> = [
    ['Astana', 'Asia/Almaty'],
    ['Nur-Sultan', 'Asia/Almaty'],
    ['Almaty', 'Asia/Almaty'],
    ['Vienna', 'Europe/Vienna'],
    ['Vienne', 'Europe/Vienna'],
    ['Wien', 'Europe/Vienna'],
    ['Brussels', 'Europe/Brussels'],
    ['Bruxelles', 'Europe/Brussels'],
    ['Brüssel', 'Europe/Brussels'],
    ['Varsovie', 'Europe/Warsaw'],
    ['Warschau', 'Europe/Warsaw'],
    ['Geneve', 'Europe/Zurich'],
    ['Genf', 'Europe/Zurich'],
    ['Bern', 'Europe/Zurich'],
    ['Tiflis', 'Asia/Tbilisi'],
    ['Erevan', 'Asia/Yerevan'],
    ['Tachkent', 'Asia/Tashkent'],
    ['Bichkek', 'Asia/Bishkek'],
    ['New Delhi', 'Asia/Kolkata'],
    ['Washington', 'America/New_York'],
    ['Ottawa', 'America/Toronto'],
    ['Canberra', 'Australia/Sydney'],
    ['Pékin', 'Asia/Shanghai'],
    ['Ankara', 'Europe/Istanbul'],
    ['Kasachstan', 'Asia/Almaty'],
    ['Allemagne', 'Europe/Berlin'],
    ['Géorgie', 'Asia/Tbilisi'],
  ]
  for (const [typed, zone] of cases)
    expect({ typed, found: found(typed) }).toEqual({ typed, found: expect.arrayContaining([zone]) })
})

test('every zone named in the list of other names is a zone an event can be in', () => {
  for (const zone of Object.keys(ZONE_NAMES)) expect(TIMEZONES).toContain(zone)
})
