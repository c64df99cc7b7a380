// Month names of the languages press-corner exports come in, lowercased and
// without a trailing period; the value is the month number.
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ['january', 'januar', 'janvier', 'gennaio', 'enero', 'januari', 'janeiro', 'jänner', 'styczeń', 'ianuarie', 'jan'],
  ['february', 'februar', 'février', 'febbraio', 'febrero', 'februari', 'fevereiro', 'luty', 'februarie', 'feb'],
  ['march', 'märz', 'mars', 'marzo', 'maart', 'março', 'marzec', 'martie', 'mar'],
  ['april', 'avril', 'aprile', 'abril', 'kwiecień', 'aprilie', 'apr'],
  ['may', 'mai', 'maggio', 'mayo', 'mei', 'maio', 'maj'],
  ['june', 'juni', 'juin', 'giugno', 'junio', 'junho', 'czerwiec', 'iunie', 'jun'],
  ['july', 'juli', 'juillet', 'luglio', 'julio', 'julho', 'lipiec', 'iulie', 'jul'],
  ['august', 'août', 'agosto', 'augustus', 'sierpień', 'aug'],
  ['september', 'septembre', 'settembre', 'septiembre', 'setembro', 'wrzesień', 'septembrie', 'sep', 'sept'],
  ['october', 'oktober', 'octobre', 'ottobre', 'octubre', 'outubro', 'październik', 'octombrie', 'oct'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopad', 'noiembrie', 'nov'],
  ['december', 'dezember', 'décembre', 'dicembre', 'diciembre', 'dezembro', 'grudzień', 'decembrie', 'dec']
].flatMap((names, month) => names.map((name) => [name, month + 1])))

const DAY_MONTH_YEAR = /^(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})$/u
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u
const NUMERIC = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/

function iso (year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

// A weekday before the date, and a period after it, say nothing more: "Wednesday 29 June 2016.", "Tue, 31/01/2017".
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+/iu

// An article before the date in French, German, Italian and Spanish datelines: "Bruxelles, le 6 décembre 2024", "Brüssel, den 22. März 2016".
const ARTICLE = /^(?:le|den|am|il|el)\s+/iu

/** "10 January 2023", "22. März 2016", "1er mars 2024", "le 6 décembre 2024", "10 de enero de 2023", "08 / 07 / 2016", "Wednesday 29 June 2016". */
export function parseDate (text: string): string | null {
  const value = text.trim().replace(ARTICLE, '').replace(WEEKDAY, '').replace(/(?<=\d)\.$/u, '')
  const dmy = DAY_MONTH_YEAR.exec(value)
  if (dmy !== null) {
    const month = MONTHS[dmy[2]?.toLowerCase() ?? '']
    return month === undefined ? null : iso(Number(dmy[3]), month, Number(dmy[1]))
  }
  const mdy = MONTH_DAY_YEAR.exec(value)
  if (mdy !== null) {
    const month = MONTHS[mdy[1]?.toLowerCase() ?? '']
    return month === undefined ? null : iso(Number(mdy[3]), month, Number(mdy[2]))
  }
  const numeric = NUMERIC.exec(value)
  // Press-corner numeric dates are day first ("Daily News 08 / 07 / 2016").
  return numeric === null ? null : iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
}

/** A dateline: "Brussels, 10 January 2023", "Brüssel, 22. März 2016" or a bare date. */
export function parseDateLine (line: string): { place: string | null, date: string } | null {
  if (line.length > 60) return null
  const bare = parseDate(line)
  if (bare !== null) return { place: null, date: bare }
  // Try each comma: "Brussels, 10 January 2023" and "Washington, D.C., March 10, 2023".
  for (let comma = line.indexOf(','); comma > 0; comma = line.indexOf(',', comma + 1)) {
    const place = line.slice(0, comma).trim()
    const date = parseDate(line.slice(comma + 1))
    // A place is a few words without digits ("Brussels", "Den Haag").
    if (date !== null && !/\d/.test(place) && place.split(/\s+/).length <= 4) return { place, date }
  }
  return null
}
