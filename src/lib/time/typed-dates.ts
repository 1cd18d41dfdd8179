/** How the admin shows a date and time: "29 November 2026, 19:00". */
export const DATE_SHOWN_AS = 'd MMMM yyyy, HH:mm'

/**
 * What a date may be typed as besides the form it is shown in: the numeric European forms (day first), ISO, and
 * the month by name in the admin's language; a year of four digits or two; a time of one or two digits. Anything else is not taken (no guess).
 */
export const TYPED_DATE_FORMATS: string[] = [
  'd MMMM yyyy, H:mm',
  'd MMMM yyyy H:mm',
  'd MMM yyyy, H:mm',
  'd MMM yyyy H:mm',
  'd/M/yyyy H:mm',
  'd/M/yyyy, H:mm',
  'd.M.yyyy H:mm',
  'd.M.yyyy, H:mm',
  'd-M-yyyy H:mm',
  'yyyy-M-d H:mm',
  "yyyy-M-d'T'H:mm",
  'd MMMM yyyy',
  'd/M/yyyy',
  'd.M.yyyy',
  'yyyy-M-d',
  // Last, so that they win for a year of two digits ("15/01/27": 2027, not the year 27).
  'd/M/yy H:mm',
  'd.M.yy H:mm',
  'd/M/yy',
  'd.M.yy',
]
