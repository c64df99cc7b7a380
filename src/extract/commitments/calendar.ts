// Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC so that no local time
// zone or daylight-saving change can shift a day.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

export interface Day { year: number, month: number, day: number }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

// Every commitment of a document asks for the same date: keep the last one.
let lastIso: string | null = null
let lastDay: Day | null = null

/** The parts of an ISO date (month 1-12), or null when it is not one. */
export function parseIsoDate (iso: string | null): Day | null {
  if (iso === lastIso) return lastDay
  const match = iso === null ? null : ISO_DATE.exec(iso)
  lastIso = iso
  lastDay = match === null ? null : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return lastDay
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Formats a date, normalising overflow: month 13 is January of the next year, day 0 the last of the previous month. */
export function isoDate (year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day))
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

export function addDays (from: Day, days: number): string {
  return isoDate(from.year, from.month, from.day + days)
}

/** The day `days` working days (Monday to Friday) after `from`. */
export function addWorkingDays (from: Day, days: number): string {
  let ahead = 0
  for (let left = days, day = weekday(from); left > 0;) {
    ahead++
    day = (day + 1) % 7
    if (day !== 0 && day !== 6) left--
  }
  return addDays(from, ahead)
}

/** How many days the month has (month 1-12, or beyond: 14 is February of the next year). */
export function daysInMonth (year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function lastDayOfMonth (year: number, month: number): string {
  return isoDate(year, month + 1, 0)
}

export function weekday (from: Day): number {
  return new Date(Date.UTC(from.year, from.month - 1, from.day)).getUTCDay()
}

/** Monday of the week after the one holding `from` (weeks start on Monday, ISO 8601). */
export function mondayOfNextWeek (from: Day): string {
  const sinceMonday = (weekday(from) + 6) % 7
  return addDays(from, 7 - sinceMonday)
}

/** The first date strictly after `from` that falls on the weekday (0 = Sunday). */
export function nextWeekday (from: Day, target: number): string {
  const ahead = (target - weekday(from) + 7) % 7
  return addDays(from, ahead === 0 ? 7 : ahead)
}

/**
 * The year in which a month (1-12) named without a year falls: the document's
 * year if that month has not passed yet (the current month counts as not
 * passed), otherwise the next year.
 */
export function yearOfMonth (from: Day, month: number): number {
  return month >= from.month ? from.year : from.year + 1
}

/** Same rule for a day of a month: today or later this year, else next year. */
export function yearOfDay (from: Day, month: number, day: number): number {
  const passed = month < from.month || (month === from.month && day < from.day)
  return passed ? from.year + 1 : from.year
}

export function monthNumber (name: string): number {
  return MONTHS.indexOf(name.toLowerCase() as typeof MONTHS[number]) + 1
}

/**
 * The rotating presidencies of the Council of the EU, each half-year from
 * January or July, by the adjective texts name them with ("the Polish
 * Presidency"). The order is fixed years ahead by Council decisions
 * (2009/908/EU, (EU) 2016/1316); 2017 follows the United Kingdom's withdrawal
 * from its turn.
 */
const COUNCIL_PRESIDENCIES: ReadonlyArray<readonly [year: number, adjectiveH1: string, adjectiveH2: string]> = [
  [2010, 'Spanish', 'Belgian'], [2011, 'Hungarian', 'Polish'], [2012, 'Danish', 'Cypriot'], [2013, 'Irish', 'Lithuanian'],
  [2014, 'Greek', 'Italian'], [2015, 'Latvian', 'Luxembourg'], [2016, 'Dutch', 'Slovak'], [2017, 'Maltese', 'Estonian'],
  [2018, 'Bulgarian', 'Austrian'], [2019, 'Romanian', 'Finnish'], [2020, 'Croatian', 'German'], [2021, 'Portuguese', 'Slovenian'],
  [2022, 'French', 'Czech'], [2023, 'Swedish', 'Spanish'], [2024, 'Belgian', 'Hungarian'], [2025, 'Polish', 'Danish'],
  [2026, 'Cypriot', 'Irish'], [2027, 'Lithuanian', 'Greek'], [2028, 'Italian', 'Latvian'], [2029, 'Luxembourg', 'Dutch'],
  [2030, 'Slovak', 'Maltese']
]

/** Every adjective of the table, for a pattern. */
export const PRESIDENCY_ADJECTIVES = [...new Set(COUNCIL_PRESIDENCIES.flatMap(([, h1, h2]) => [h1, h2]))]

/**
 * The half-year of the presidency the adjective names, as seen from `from`:
 * the one under way or the next to come, else the last one held. Its first
 * and last day; null for an adjective the table does not have.
 */
export function presidencyTerm (adjective: string, from: Day): { first: string, last: string } | null {
  const wanted = adjective.toLowerCase()
  const terms = COUNCIL_PRESIDENCIES.flatMap(([year, h1, h2]) => [[year, 1, h1], [year, 7, h2]] as const)
    .filter(([, , name]) => name.toLowerCase() === wanted)
    .map(([year, month]) => ({ first: isoDate(year, month, 1), last: lastDayOfMonth(year, month + 5) }))
  const today = isoDate(from.year, from.month, from.day)
  return terms.find((term) => term.last >= today) ?? terms.at(-1) ?? null
}
