import type { Timeframe } from '../types.js'
import {
  MONTHS, PRESIDENCY_ADJECTIVES, WEEKDAYS, addDays, addWorkingDays, daysInMonth, isoDate, lastDayOfMonth, mondayOfNextWeek, monthNumber,
  nextWeekday, parseIsoDate, presidencyTerm, weekday, yearOfDay, yearOfMonth
} from './calendar.js'
import type { Day } from './calendar.js'

// How phrases resolve:
// - a point in time resolves to that day: "today", "tomorrow", "on 15 March";
// - a period the action happens in resolves to its first day: "next week"
//   (its Monday), "next month", "(early) next year", "next February" (the first February to come), "in March" (the next March, this year if March
//   has not passed; "in mid-March" the 15th, "in late March" the 21st, "in the second half of March" the 16th), "this autumn" (1 September), "in 2024", "in the second
//   quarter of 2024" or "in Q2 2024" (1 April), "in early/mid/late 2024" (1
//   January/July/October), "from 2026" (1 January), "in the second half of
//   2024" or "in H2 2024" (1 July), "in autumn 2024", "in the course of 2024";
// - a deadline resolves to its last day: "by the end of 2023", "by 2030"
//   (31 December), "by March" (31 March), "at the end of June", "by mid-2024"
//   (30 June), "by the end of the first quarter of 2024" (31 March), "by Q1
//   2025", "by the end of the first quarter" (this year's, or next year's once
//   it has passed), "by end-2024", "by the first half of 2025" (30 June), "by
//   the end of this month", "by the end of the decade" (31 December 2030 in
//   the 2020s), "by Christmas" (25 December), "by year-end", "no later than
//   2027", "between now and 2030", "by the summer" (31 August, this summer's while it lasts), "by the autumn of 2026";
// - a Council presidency, from the table of their terms: "by the end of the
//   Polish Presidency" (30 June 2025 in 2025), "during the Danish Presidency"
//   (1 July 2025);
// - a run of days, months or years resolves to its first: "on 27 and 28 February", "27-28 February",
//   "between January and March 2026" (1 January 2026), "over 2025-2027" (1 January 2025), "from this year until 2027";
// - a day keeps its preposition in the text: "by 31 December 2024", "as of 1 January 2025";
// - open or vague phrases keep their text with no date: "as long as it takes",
//   "until Russia withdraws its troops", "until further notice",
//   "soon", "in (within) the coming weeks", "within weeks", "within a few days", "in the weeks ahead", "this year", "this week", "within the first 100 days of
//   this mandate", "within six months of entry into force", "three years after its entry into
//   force" (counted from an event, not from the document).
// Relative phrases need the document date; without it their date is null.

type Resolve = (match: RegExpExecArray, from: Day | null) => string | null

interface TimePattern {
  regex: RegExp
  resolve: Resolve
  /**
   * A meeting without its date, or a recurrence ("every six months"): a dated phrase later in the text ("before the
   * European Council on 20 March", "every year from 2026") wins over it.
   */
  undated?: true
}

const MONTH = `(${MONTHS.join('|')})`
const WEEKDAY = `(${WEEKDAYS.join('|')})`
const YEAR = '(\\d{4})'
// The yearly editions of a publication, a budget or a plan of work, named after the year they come out.
const EDITION = '(?:report|edition|budget|scoreboard|work\\s+programme)(?![a-z-])'
// A summit, with up to two words that name it: "the EU-China summit", "the Luanda Summit", "the G20 summit".
const SUMMIT = '(?:[a-z][\\w-]*\\s+){0,2}summit'
// A meeting of the Council of the EU by its configuration: "the next Foreign Affairs Council", "the Ecofin".
const COUNCIL_MEETING = '(?:(?:foreign|general)\\s+affairs\\s+council|justice\\s+and\\s+home\\s+affairs\\s+council|ecofin(?:\\s+council)?|council\\s+meeting)'
// Any other named meeting, with up to three words before its noun: "the World Health Assembly", "the Council meeting",
// "the UN High-Level Meeting", "the Munich Security Conference".
const NAMED_MEETING = '(?:[a-z][\\w-]*\\s+){0,3}(?:assembly|conference|forum|meeting)'
// A trade meeting: "the next WTO Ministerial Conference", "MC14", "the next EU-US Trade and Technology Council",
// "the next High-level Economic and Trade Dialogue".
const TRADE_MEETING = '(?:(?:[a-z][\\w-]*\\s+){0,5}(?:ministerial\\s+conference|dialogue|trade\\s+and\\s+technology\\s+council)|ttc|mc\\s?\\d{2})'
// A meeting's edition, an ordinal: "the 14th Ministerial Conference", "the third EU-CELAC Summit".
const ORDINAL = '(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)'
// A meeting by its edition, the ordinal or the number that makes it one meeting: "the 29th Conference of the Parties",
// "the 79th session of the UN General Assembly", "the 3rd meeting of the Association Council", "COP29", "MC13"; with the number's acronym after it, "the 13th WTO
// Ministerial Conference (MC13)".
const EDITION_MEETING = `(?:the\\s+${ORDINAL}\\s+(?:${SUMMIT}|${TRADE_MEETING}|${NAMED_MEETING}|session)(?:\\s+of\\s+the\\s+(?:parties|${NAMED_MEETING}|(?:[a-z][\\w-]*\\s+){0,3}council))?|COP\\s?\\d{2}|MC\\s?\\d{2})\\b(?:\\s*\\([a-z]{2,8}\\s?\\d{1,3}\\))?`
// A start bound, as launch and award dates are given: "no earlier than the second half of 2026", "not earlier than
// March 2026". It starts when "from" does, so it opens the patterns that resolve to a period's first day.
const START_BOUND = '(?:no|not)\\s+earlier\\s+than'
// The words that open a half-year's or quarter's phrase resolving to its first day: "in", "during" and a start
// bound ("no earlier than Q3 2026"); "by" and "before" resolve to its last.
const OPENS_AT_START = /^(?:in|during|no|not)\b/iu
// Kept in a date's text: "by 31 December 2024", "as of 1 January 2025", "not earlier than 1 March 2026".
const DAY_PREPOSITION = `(?:(?:on|by|before|until|from|between|as\\s+(?:of|from)|starting|(?:no|not)\\s+later\\s+than|${START_BOUND})\\s+)?`
// "on Wednesday 15 March": the weekday the date names, kept in the text.
const DAY_WEEKDAY = `(?:(?:${WEEKDAYS.join('|')}),?\\s+)?`
// "on 27 and 28 February", "27-28 February", "from 3 to 5 March": a run of days, which starts on its first.
const DAY_RANGE_END = '(?:\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?'
// What a run of years names: "the 2021-2027 period", "the 2028-2034 programming period", "the 2026-2027 academic year".
const PERIOD_NOUN = '(?:(?:programming|budget(?:ary)?|financial|funding|financing|academic|school|marketing)\\s+)?(?:period|year)\\b'
// "the" before a run of years that names its period: "the 2026-2027 academic year", "the 2026/27 school year" (a slash
// only there, where it cannot be a date or a fraction).
const NAMED_RUN = `the\\s+(?=\\d{4}\\s*[-–/]\\s*\\d+\\s+${PERIOD_NOUN})`
// "for" after a sum ("€2.5 billion", "EUR 500 million", "100 000 euros"), also past whom it is for, as pledging
// conferences give it: "€2.12 billion for Syria for 2024 and 2025", or what it is made of: "€7.4 billion in grants
// and loans for 2024-2027", "€3 billion of support for 2025-2027", or made available, as budgets write it: "make
// EUR 100 billion available to Ukraine for 2028-2034". The lookbehind runs only where "for" matched.
const SUM_FOR = 'for(?<=(?:\\d(?:bn|m)?|million|billion|bn|euros?|EUR)\\s(?:available\\s+)?(?:(?:for|to|in|of)\\s+(?:[^\\s\\d,;.:]+\\s+){1,5})?for)'
const NUMBER_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const QUARTERS = ['first', 'second', 'third', 'fourth', 'last']
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }
// The season as tourism names it, which is the season itself: "the summer season", "the winter holiday season".
const TRAVEL_SEASON = '(?:(?:holiday|tourist|tourism|travel|peak|high)\\s+)?season'
// Where a season starts: "before (ahead of) the start of the summer" is before the summer; "at (from) the beginning
// of the summer" is in it.
const SEASON_START = '(?:before|ahead\\s+of|by|at|from)\\s+the\\s+(?:start|beginning)\\s+of(?:\\s+the)?'
/** A season's first day, or its last when the phrase sets a deadline ("by the end of the summer", "by the autumn of 2026"). */
const seasonBound = (year: number, month: number, deadline: boolean): string =>
  deadline ? lastDayOfMonth(year, month + 2) : isoDate(year, month, 1)
const seasonStartAsBefore = (which: string): string =>
  which.replace(/^(?:before|ahead of|by) the (?:start|beginning) of(?: the)?$/u, 'before the').replace(/^(?:at|from) the (?:start|beginning) of(?: the)?$/u, 'in the')
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 }

const none: Resolve = () => null
const word = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`, 'i')
const group = (match: RegExpExecArray, index: number): string => match[index] ?? ''

function count (text: string): number {
  const index = NUMBER_WORDS.indexOf(text.toLowerCase())
  return index >= 0 ? Math.max(index, 1) : Number(text)
}

/** The year of a month named with the year `written`, or without one: this year's if it has not passed, else next year's. */
function yearOfNamedMonth (written: string | undefined, month: number, from: Day | null): number | null {
  return written !== undefined ? Number(written) : from === null ? null : yearOfMonth(from, month)
}

// The day a week of a month starts on: "the second week of March" on the 8th.
const WEEK_OF_MONTH: Readonly<Record<string, number>> = { first: 1, second: 8, third: 15, fourth: 22 }

/** The first day of a part of a month: "the second half of" the 16th, "the last week of" its last seven days, "the last days of" late. */
function dayOfMonthPart (ordinal: string, part: string, days: number): number {
  if (ordinal === '' || ordinal === 'first') return 1
  if (part === 'half' || part === 'fortnight') return 16
  if (part === 'week') return WEEK_OF_MONTH[ordinal] ?? days - 6
  return 21
}

function later (from: Day, amount: number, unit: string): string {
  const singular = unit.toLowerCase().replace(/s$/, '')
  // A month or year later is the same day of the month, or the month's last when it is shorter:
  // 31 January and one month is 28 February, not 3 March.
  if (singular === 'month' || singular === 'year') {
    const months = from.month + (singular === 'month' ? amount : amount * 12)
    return isoDate(from.year, months, Math.min(from.day, daysInMonth(from.year, months)))
  }
  return addDays(from, amount * (UNIT_DAYS[singular] ?? 1))
}

// "until Russia withdraws its troops", "until peace is restored": an event,
// not a date, so the phrase keeps its text with no date (as "as long as it
// takes" does). It runs to the end of its clause, at most sixteen words ("and"
// stays in: "until there is a just and lasting peace"), and gives way to a
// date anywhere in it ("until 2030", "until the end of June", "until its end
// in August 2026": "in August 2026" is the phrase) or to "then" and "now",
// which point back to the text ("this" only before a time: "until Russia
// ends this war" keeps its phrase).
const EVENT_STOP = `(?:but|then|now|which|when|while|where|whereas|so|because|if|the\\s+end|[0-9]\\w*|${MONTHS.join('|')}|${WEEKDAYS.join('|')}|days?|weeks?|months?|years?|quarters?|decades?|spring|summer|autumn|fall|winter|christmas|easter|early|mid|late|next|this\\s+(?:year|month|week|spring|summer|autumn|fall|winter|decade|quarter)|mid-\\w+)\\b`
const UNTIL_EVENT = `until\\s+(?:further\\s+notice|(?!${EVENT_STOP})[\\w'’-]+(?:\\s+(?!${EVENT_STOP})[\\w'’-]+){1,15}(?=\\s*(?:[,;:.!?)]|$)|\\s+(?:but|then|which|when|while|where|whereas|so|because|if)\\b))`

const PATTERNS: TimePattern[] = [
  { regex: word(UNTIL_EVENT), resolve: none },
  { regex: word('as\\s+long\\s+as\\s+(?:it\\s+takes|(?:it\\s+is\\s+|it[\'’]s\\s+)?(?:necessary|needed|required))'), resolve: none },
  // "soon", but not the conjunction of "as soon as the needs become clearer".
  { regex: word('as\\s+soon\\s+as\\s+possible|without\\s+delay|in\\s+due\\s+course|(?<!\\bas\\s)soon(?!\\s+as\\b)|shortly|(?:later\\s+)?this\\s+(?:year|month|week)|in\\s+the\\s+(?:near\\s+)?future|(?:in|over|within)\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?(?:days|weeks|months|years)|in\\s+the\\s+(?:days|weeks|months|years?)\\s+ahead|in\\s+the\\s+(?:coming|next)\\s+year|by\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+week|(?:in|within)\\s+a\\s+few\\s+(?:days|weeks|months)|within\\s+(?:hours|days|weeks|months)|in\\s+the\\s+(?:short|medium|long)(?:\\s+|-)term|(?:by|before)\\s+the\\s+end\\s+of\\s+(?:the|this|my|our|its|his|her)\\s+(?:current\\s+|present\\s+)?(?:mandate|term|presidency|legislature|legislative\\s+term)'), resolve: none },
  // "before the end of the legislative term in 2024", "by the end of the current mandate in 2029": the year the text gives
  // it ends in dates it; the day is not told, so the deadline is that year's last, the latest the term's end can be.
  {
    regex: word(`(?:by|before|until)\\s+the\\s+end\\s+of\\s+(?:the|this|my|our|its|his|her)\\s+(?:current\\s+|present\\s+)?(?:mandate|term|presidency|legislature|legislative\\s+term)\\s+in\\s+${YEAR}`),
    resolve: (m) => isoDate(Number(m[1]), 12, 31)
  },
  // Counted from a start the text does not give ("the first 100 days of this
  // mandate" starts when the mandate does), so no date.
  {
    regex: word(`(?:with)?in\\s+the\\s+first\\s+(?:${NUMBER_WORDS.join('|')}|\\d+)\\s+(?:days?|weeks?|months?|years?)(?:\\s+of\\s+(?:the|this|my|our|its|his|her|their|the\\s+new)\\s+(?:mandate|term|presidency|commission|college))?`),
    resolve: none
  },
  // Not the nouns of "the grids of tomorrow", "today's challenges".
  { regex: word('(?<!\\bof\\s)(?:today|tonight)(?![\'’]s)|this\\s+(?:morning|afternoon|evening)'), resolve: (_m, from) => from === null ? null : addDays(from, 0) },
  { regex: word('(?<!\\bof\\s)tomorrow(?![\'’]s)'), resolve: (_m, from) => from === null ? null : addDays(from, 1) },
  { regex: word('the\\s+day\\s+after\\s+tomorrow'), resolve: (_m, from) => from === null ? null : addDays(from, 2) },
  // "within a fortnight", "two years from now".
  { regex: word('(?:with)?in\\s+(?:a|one|two)\\s+fortnights?'), resolve: (m, from) => from === null ? null : addDays(from, /two/i.test(m[0]) ? 28 : 14) },
  {
    regex: word(`(${NUMBER_WORDS.join('|')}|\\d+)\\s+(days?|weeks?|months?|years?)\\s+from\\s+(?:now|today)`),
    resolve: (m, from) => from === null ? null : later(from, count(group(m, 1)), group(m, 2))
  },
  { regex: word('next\\s+week'), resolve: (_m, from) => from === null ? null : mondayOfNextWeek(from) },
  { regex: word('next\\s+month'), resolve: (_m, from) => from === null ? null : isoDate(from.year, from.month + 1, 1) },
  // "next February" is the first February to come, this year's until it starts ("next winter" counts the same way);
  // "by next June" is its last day. "May" only where no verb can follow it: not "what comes next may change".
  {
    regex: word(`(?:(by|until|before)\\s+)?next\\s+(${MONTHS.filter((month) => month !== 'may').join('|')}|may(?=\\s*(?:[,;:.!?)]|$)|\\s+(?:to|and|at|in|on|for|with|when|we|I|the)\\b))`),
    resolve: (m, from) => {
      if (from === null) return null
      const month = monthNumber(group(m, 2))
      const year = month > from.month ? from.year : from.year + 1
      return ['by', 'until'].includes(group(m, 1).toLowerCase()) ? lastDayOfMonth(year, month) : isoDate(year, month, 1)
    }
  },
  { regex: word('(?:early\\s+)?next\\s+year'), resolve: (_m, from) => from === null ? null : isoDate(from.year + 1, 1, 1) },
  { regex: word('(?:by|before)\\s+Christmas'), resolve: (_m, from) => from === null ? null : isoDate(yearOfDay(from, 12, 25), 12, 25) },
  {
    regex: word('(?:by|before|until|(?:no|not)\\s+later\\s+than|towards?)\\s+(?:the\\s+end\\s+of\\s+(this|the|next)\\s+year|(?:the\\s+)?year[-\\s]end|end[-\\s]year)'),
    resolve: (m, from) => from === null ? null : isoDate(from.year + (group(m, 1).toLowerCase() === 'next' ? 1 : 0), 12, 31)
  },
  // "before 2030", "prior to 2030": the deadline is the year's first day, as "before Christmas" is Christmas.
  { regex: word(`(?:before|prior\\s+to|ahead\\s+of)\\s+${YEAR}`), resolve: (m) => isoDate(Number(m[1]), 1, 1) },
  { regex: word(`(?:(?:by|before|until|through|(?:no|not)\\s+later\\s+than|towards?)\\s+(?:the\\s+end\\s+of\\s+|end[-\\s]+)|(?:by|until|through|up\\s+to|(?:no|not)\\s+later\\s+than)\\s+|at\\s+the\\s+end\\s+of\\s+|between\\s+now\\s+and\\s+)${YEAR}`), resolve: (m) => isoDate(Number(m[1]), 12, 31) },
  // "reach our 2030 target", "meet the 2030 renewable energy targets": a goal named by its year is due by then, as "by
  // 2030" is. Only after a verb of reaching it: "present the 2030 climate target plan", "the 2030 Agenda" time nothing.
  {
    regex: word(`(?<=\\b(?:reach|reaching|meet|meeting|achieve|achieving|attain|attaining|hit|hitting|deliver\\s+on|delivering\\s+on|fulfil|fulfill|fulfilling)\\s+)(?:our|the|its|their|this|these)\\s+${YEAR}\\s+(?:[a-z-]+\\s+){0,3}?(?:targets?|goals?|objectives?)`),
    resolve: (m) => isoDate(Number(m[1]), 12, 31)
  },
  // "at the start of 2026", "from the beginning of next year": its first day.
  {
    regex: word(`(?:at|from)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:${YEAR}|(this|next)\\s+year)`),
    resolve: (m, from) => m[1] !== undefined ? isoDate(Number(m[1]), 1, 1) : from === null ? null : isoDate(from.year + (group(m, 2).toLowerCase() === 'next' ? 1 : 0), 1, 1)
  },
  { regex: word('(?:in|over|within)\\s+the\\s+(?:next|coming)\\s+decade'), resolve: (_m, from) => from === null ? null : later(from, 10, 'years') },
  {
    regex: word('(?:(?:by|before|until)\\s+|at\\s+)the\\s+end\\s+of\\s+(this|the|next)\\s+month'),
    resolve: (m, from) => from === null ? null : lastDayOfMonth(from.year, from.month + (group(m, 1).toLowerCase() === 'next' ? 1 : 0))
  },
  // "by the end of next week": its Sunday.
  { regex: word('(?:by|before|until)\\s+the\\s+end\\s+of\\s+next\\s+week'), resolve: (_m, from) => from === null ? null : addDays(from, 13 - (weekday(from) + 6) % 7) },
  // "by mid-September" is the 15th, "by early September" the 10th, "by late September" its last day.
  {
    regex: word(`(?:by|before|until)\\s+(mid-?\\s*|early\\s+|late\\s+)${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 2))
      const year = yearOfNamedMonth(m[3], month, from)
      if (year === null) return null
      const part = group(m, 1).toLowerCase()
      return part.startsWith('mid') ? isoDate(year, month, 15) : part.startsWith('early') ? isoDate(year, month, 10) : lastDayOfMonth(year, month)
    }
  },
  // "The end of the decade" in Union texts is 2030, the year its targets are set for.
  {
    regex: word('(?:by|before|until)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+decade'),
    resolve: (_m, from) => from === null ? null : isoDate(Math.floor(from.year / 10) * 10 + 10, 12, 31)
  },
  {
    regex: word(`(in|during|by|before|${START_BOUND})\\s+(?:the\\s+end\\s+of\\s+|end[-\\s]+(?:of\\s+)?)?(?:the\\s+(first|second)\\s+half\\s+of\\s+(?:${YEAR}|(this|next|the)\\s+year)|H([12])(?:[-\\s]+${YEAR})?)`),
    resolve: (m, from) => {
      const which = group(m, 4).toLowerCase()
      const written = m[3] ?? m[6]
      const year = written !== undefined ? Number(written) : from === null ? null : from.year + (which === 'next' ? 1 : 0)
      if (year === null) return null
      const second = group(m, 2).toLowerCase() === 'second' || m[5] === '2'
      const within = OPENS_AT_START.test(group(m, 1))
      return within ? isoDate(year, second ? 7 : 1, 1) : lastDayOfMonth(year, second ? 12 : 6)
    }
  },
  {
    // "in the spring of 2026", "before the summer of next year" (its first day), "by the end of autumn 2023" and "by
    // the autumn of 2026" (its last day, a deadline, as "by the autumn" is).
    regex: word(`(?:((?:by|before|at|towards?)\\s+the\\s+end\\s+of|by)\\s+|(?:before|in|during)\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?:${YEAR}|(this|next)\\s+year)`),
    resolve: (m, from) => {
      const year = m[3] !== undefined ? Number(m[3]) : from === null ? null : from.year + (group(m, 4).toLowerCase() === 'next' ? 1 : 0)
      if (year === null) return null
      return seasonBound(year, SEASON_MONTH[group(m, 2).toLowerCase()] ?? 1, m[1] !== undefined)
    }
  },
  {
    // The year before the season, as the travel trade writes it: "ahead of the 2025 summer season", "before the start of
    // the 2024 summer holidays" (its first day), "by the end of the 2025 winter season" (its last). A preposition must
    // govern it: "the 2025 summer season was a record" dates nothing the side does.
    regex: word(`(?:((?:by|before|at|towards?)\\s+the\\s+end\\s+of|by)|before|ahead\\s+of|in|during|over|${SEASON_START})\\s+the\\s+${YEAR}\\s+(spring|summer|autumn|fall|winter)(?:\\s+(?:holidays?(?!\\s+season\\b)|${TRAVEL_SEASON}))?`),
    resolve: (m) => seasonBound(Number(m[2]), SEASON_MONTH[group(m, 3).toLowerCase()] ?? 1, m[1] !== undefined)
  },
  // A Council presidency: "by the end of the Polish Presidency" is its last
  // day, "during the Danish Presidency" its first. Not "under the Swedish
  // Presidency", which tells in whose term more than when.
  {
    regex: word(`(?:(by|before|until)\\s+the\\s+end\\s+of|(during|in))\\s+the\\s+(${PRESIDENCY_ADJECTIVES.join('|')})\\s+(?:EU\\s+|Council\\s+)?Presidency`),
    resolve: (m, from) => {
      const term = from === null ? null : presidencyTerm(group(m, 3), from)
      return term === null ? null : m[1] !== undefined ? term.last : term.first
    }
  },
  // A meeting named by its month: "at the June European Council" is in June,
  // "by the October summit" no later than October.
  {
    regex: word(`(at|in|by|before|until|ahead\\s+of)\\s+the\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:European\\s+Council|EUCO|(?:EU\\s+|European\\s+)?summit|Council|plenary(?:\\s+session)?|meeting|session)`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 2))
      const year = yearOfNamedMonth(m[3], month, from)
      if (year === null) return null
      return ['at', 'in'].includes(group(m, 1).toLowerCase()) ? isoDate(year, month, 1) : lastDayOfMonth(year, month)
    }
  },
  // The same with the month after the meeting: "at the European Council in June", "by the summit in October 2025",
  // "before the World Health Assembly in May", "ahead of the UN High-Level Meeting on non-communicable diseases in
  // September" (what the meeting is on, up to five words, before the month).
  {
    regex: word(`(at|by|before|until|ahead\\s+of)\\s+the\\s+(?:next\\s+)?(?:European\\s+Council|EUCO|${SUMMIT}|${NAMED_MEETING})(?:\\s+meeting)?(?:\\s+on(?:\\s+[\\w-]+){1,5}?)?\\s+in\\s+${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 2))
      const year = yearOfNamedMonth(m[3], month, from)
      if (year === null) return null
      return group(m, 1).toLowerCase() === 'at' ? isoDate(year, month, 1) : lastDayOfMonth(year, month)
    }
  },
  {
    // "before June" ends as June starts; "by June", "until June", "no later than June" and "before the end of June" as it ends.
    regex: word(`(?:(?:by|before|until|towards?)\\s+the\\s+end\\s+of\\s+|(by|until|before|(?:no|not)\\s+later\\s+than)\\s+|at\\s+the\\s+end\\s+of\\s+)${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 2))
      const year = yearOfNamedMonth(m[3], month, from)
      if (year === null) return null
      return m[1]?.toLowerCase() === 'before' ? isoDate(year, month, 1) : lastDayOfMonth(year, month)
    }
  },
  {
    regex: word(`${DAY_PREPOSITION}${DAY_WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE_END}\\s+${MONTH}(?:\\s+${YEAR})?|${DAY_PREPOSITION}${DAY_WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(m[2] ?? group(m, 4))
      const day = Number(m[1] ?? m[5])
      const written = m[3] ?? m[6]
      const year = written !== undefined ? Number(written) : from === null ? null : yearOfDay(from, month, day)
      return year === null ? null : isoDate(year, month, day)
    }
  },
  // A date in figures after a preposition: "as of 1.7.2026", "by 30/04/2026"
  // (day first, as the Union writes it), "from 2026-07-01". Not "version
  // 2.1.2026"; a day that no month has is no date.
  {
    regex: word('(?:on|by|before|until|from|as\\s+(?:of|from)|starting)\\s+(?:(\\d{1,2})[./](\\d{1,2})[./](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))'),
    resolve: (m) => {
      const [year, month, day] = m[3] !== undefined ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[4]), Number(m[5]), Number(m[6])]
      const written = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      // isoDate rolls an impossible day over ("31.6." to 1 July): that is no date.
      return month >= 1 && month <= 12 && isoDate(year, month, day) === written ? written : null
    }
  },
  {
    // "between January and March 2026", "from November to February 2027": a
    // run of months starts on its first, in the year written after it, else
    // the year before the last month's when the run crosses New Year.
    regex: word(`(?:between|from)\\s+${MONTH}(?:\\s+${YEAR})?\\s*(?:and|to|until|till|-|–)\\s*${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const first = monthNumber(group(m, 1))
      const last = m[4] === undefined ? undefined : Number(m[4]) - (first > monthNumber(group(m, 3)) ? 1 : 0)
      const year = yearOfNamedMonth(m[2] ?? (last === undefined ? undefined : String(last)), first, from)
      return year === null ? null : isoDate(year, first, 1)
    }
  },
  {
    // "in the first weeks of January", "in the second half of March", "during the last week of June", "in the course
    // of May": a part of a named month starts where it does, as "in late August" does.
    regex: word(`(?:in|during|over)\\s+the\\s+(?:course\\s+of|(first|second|third|fourth|last)\\s+(days|weeks?|fortnight|half)\\s+of)\\s+${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 3))
      const year = yearOfNamedMonth(m[4], month, from)
      return year === null ? null : isoDate(year, month, dayOfMonthPart(group(m, 1).toLowerCase(), group(m, 2).toLowerCase(), daysInMonth(year, month)))
    }
  },
  {
    // "in mid-August" starts on the 15th, "in late August" on the 21st: a part of the month starts where it does.
    regex: word(`(?:in|from|as\\s+of|during|${START_BOUND}|(?:at|from)\\s+the\\s+(?:start|beginning)\\s+of)\\s+(?:early\\s+|(mid-?\\s*|late\\s+))?${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, from) => {
      const month = monthNumber(group(m, 2))
      const year = yearOfNamedMonth(m[3], month, from)
      const part = group(m, 1).toLowerCase()
      return year === null ? null : isoDate(year, month, part.startsWith('mid') ? 15 : part.startsWith('late') ? 21 : 1)
    }
  },
  {
    // "by end-Q3", "in Q3": without a year, this year's quarter or the next one's.
    regex: word(`(in|during|by|before|${START_BOUND})\\s+(?:the\\s+end\\s+of\\s+|end[-\\s]+(?:of\\s+)?)?(?:the\\s+(first|second|third|fourth|last)\\s+quarter(?:\\s+of\\s+(?:${YEAR}|(this|next)\\s+year))?|Q([1-4])(?:[-\\s]+${YEAR})?)`),
    resolve: (m, from) => {
      // "last" is the fourth
      const quarter = m[5] !== undefined ? Number(m[5]) - 1 : Math.min(QUARTERS.indexOf(group(m, 2).toLowerCase()), 3)
      const written = m[3] ?? m[6]
      const which = group(m, 4).toLowerCase()
      // Without a year, the quarter is this year's, or next year's once it has passed.
      const year = written !== undefined ? Number(written) : from === null ? null : which === 'next' ? from.year + 1 : which === 'this' ? from.year : yearOfMonth(from, quarter * 3 + 3)
      if (year === null) return null
      return OPENS_AT_START.test(group(m, 1)) ? isoDate(year, quarter * 3 + 1, 1) : lastDayOfMonth(year, quarter * 3 + 3)
    }
  },
  {
    regex: word(`(?:(by|before)\\s+(?:the\\s+)?|(?:in|${START_BOUND})\\s+(?:the\\s+)?)?(early|mid|late|middle\\s+of)[-\\s]+${YEAR}`),
    resolve: (m) => {
      const year = Number(m[3])
      // "the middle of 2027" is mid-2027.
      const written = group(m, 2).toLowerCase()
      const part = written.startsWith('mid') ? 'mid' : written
      if (m[1] !== undefined) return part === 'early' ? lastDayOfMonth(year, 3) : part === 'mid' ? lastDayOfMonth(year, 6) : isoDate(year, 12, 31)
      return isoDate(year, part === 'early' ? 1 : part === 'mid' ? 7 : 10, 1)
    }
  },
  {
    // "over the summer", "in autumn", "after the summer" (the day it ends), "by the end of the summer" (its last day);
    // the travel trade's season is the season: "ahead of the summer season", "before the summer holiday season", and
    // "before the start of the summer" is "before the summer".
    regex: word(`(this|next|in\\s+the|in|over\\s+the|during\\s+the|after\\s+the|(?:by|before|at|towards?)\\s+the\\s+end\\s+of(?:\\s+the)?|by(?:\\s+the)?|(?:before|ahead\\s+of)(?:\\s+the)?|${SEASON_START})\\s+(spring|summer|autumn|fall|winter)(\\s+(?:break|recess|holidays?)(?!\\s+season\\b))?(?:\\s+${TRAVEL_SEASON})?`),
    resolve: (m, from) => {
      if (from === null) return null
      const month = SEASON_MONTH[group(m, 2).toLowerCase()] ?? 1
      const which = seasonStartAsBefore(group(m, 1).toLowerCase().replace(/\s+/g, ' '))
      // The institutions' summer break is August: "before (by) the summer break" written in June or July is this
      // year's, its first day (by: the day before), not next year's summer; "after" it, the day it ends.
      if (m[3] !== undefined && month === 6 && !which.includes('end of')) {
        const ahead = /^(?:before|ahead of|by)(?: the)?$/.test(which)
        const year = from.month <= (ahead ? 7 : 8) ? from.year : from.year + 1
        if (which.startsWith('after')) return isoDate(year, 9, 1)
        return which.startsWith('by') ? isoDate(year, 7, 31) : isoDate(year, 8, 1)
      }
      // A winter starts in December: in January and February, "this winter" is
      // the one under way, and "next winter" starts this December.
      const inWinter = month === 12 && from.month < 3
      // "next summer" is the first summer to come: in February, this year's;
      // once it has started, next year's.
      // "in the autumn", "over the summer", "by the end of the summer" while that
      // season is under way: this one, not next year's.
      const underWay = inWinter || (from.month >= month && from.month <= month + 2)
      // "by the summer" written in July is this summer's end; "before the summer" then is next year's.
      const during = underWay && which !== 'next' && !/^(?:before|ahead of)(?: the)?$/.test(which)
      const year = which === 'this' || during ? (inWinter ? from.year - 1 : from.year) : which === 'next' ? (month > from.month ? from.year : from.year + 1) : yearOfMonth(from, month)
      if (which.startsWith('after')) return isoDate(year, month + 3, 1)
      // "by the summer" is a deadline, so its last day, as "by June" is June's; "before the summer" its first.
      return seasonBound(year, month, /^by(?: the)?$|end of(?: the)?$/.test(which))
    }
  },
  { regex: word(`(?:in|during|throughout|from|${START_BOUND}|${SUM_FOR}|as\\s+(?:of|from)|as\\s+early\\s+as|starting(?:\\s+(?:in|from))?|(?:in|over)\\s+the\\s+course\\s+of|in\\s+the\\s+first\\s+(?:days|weeks|months)\\s+of)\\s+${YEAR}(?:\\s+onwards?)?`), resolve: (m) => isoDate(Number(m[1]), 1, 1) },
  // "include a new section in the 2026 Report", "in the 2026 EU Justice Scoreboard", "in the 2027 budget": the yearly
  // edition the action goes into comes out that year. Not a year that names a goal ("in the 2030 Agenda", "the 2030
  // climate and energy package"), which no edition noun ends.
  { regex: word(`in\\s+the\\s+${YEAR}\\s+(?:[a-z-]+\\s+(?:of\\s+|and\\s+)?){0,4}?${EDITION}`), resolve: (m) => isoDate(Number(m[1]), 1, 1) },
  // "over 2025-2027", "in the period 2021-2027", "between 2025 and 2030", "in the 2028-2034 programming period", "from
  // the 2026/2027 academic year", "by the start of the 2026-2027 school year": a run of years starts on its first. After
  // "for" only a sum's, which is spent in those years ("€2.5 billion for 2025 and 2026"): "the work programme for
  // 2026-2027", "the Political Guidelines for 2024-2029" name what the thing covers, not when the act happens.
  {
    regex: word(`(?:(?:in|over|during|${SUM_FOR})\\s+(?:the\\s+(?:period|years)\\s+|${NAMED_RUN})?|between\\s+|from\\s+(?:${NAMED_RUN})?|(?:by|at|from)\\s+the\\s+(?:start|beginning)\\s+of\\s+${NAMED_RUN})${YEAR}\\s*(?:-|–|to|and|/(?=\\s*\\d+\\s+${PERIOD_NOUN}))\\s*(?:\\d{4}|\\d{2})(?:\\s+${PERIOD_NOUN})?`),
    resolve: (m) => isoDate(Number(m[1]), 1, 1)
  },
  // "from this year until 2027", "from 2025 until the end of 2027": a span starts on its first day, as "from 2025 to
  // 2027" does, and keeps its bound in its text.
  {
    regex: word(`from\\s+(?:${YEAR}|(this|next)\\s+year)\\s+(?:to|until|till)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}`),
    resolve: (m, from) => m[1] !== undefined ? isoDate(Number(m[1]), 1, 1) : from === null ? null : isoDate(from.year + (group(m, 2).toLowerCase() === 'next' ? 1 : 0), 1, 1)
  },
  // A meeting to come, named without its date: "by the next European Council",
  // "ahead of COP30", "in the run-up to the summit", "at the next Foreign
  // Affairs Council", "ahead of MC14". The phrase, no date.
  // "at" only before a meeting still to come: "at the summit" may be one past.
  { regex: word(`(?:(?:by|before|ahead\\s+of|in\\s+the\\s+run-up\\s+to)\\s+(?:the\\s+)?(?:(?:next|upcoming|forthcoming)\\s+)?|at\\s+the\\s+(?:next|upcoming|forthcoming)\\s+)(?:European\\s+Council|${SUMMIT}|COP\\s?\\d{2}|${COUNCIL_MEETING}|${TRADE_MEETING})`), resolve: none, undated: true },
  // The same for any other named meeting, after "the": "ahead of the World Health Assembly", "before the next meeting".
  { regex: word(`(?:(?:by|before|ahead\\s+of|in\\s+the\\s+run-up\\s+to)\\s+the\\s+(?:(?:next|upcoming|forthcoming)\\s+)?|at\\s+the\\s+(?:next|upcoming|forthcoming)\\s+)${NAMED_MEETING}`), resolve: none, undated: true },
  // A meeting by its edition: "at the 14th Ministerial Conference", "by the 29th Conference of the Parties", "at
  // COP29". An edition is one meeting, as "the next" one is, so "at" times the pledge too ("agreed at COP28" is
  // afterParticiple's past).
  // (Not word(): the phrase may end on the acronym's bracket.)
  { regex: new RegExp(`\\b(?:by|before|at|ahead\\s+of|in\\s+the\\s+run-up\\s+to)\\s+${EDITION_MEETING}`, 'i'), resolve: none, undated: true },
  // How often a pledged act recurs, a schedule with no date of its own: "report to the Parliament every six months",
  // "review it annually", "meet twice a year" (not "every step of the way", no unit of time).
  { regex: word(`every\\s+(?:(?:other|${NUMBER_WORDS.join('|')}|\\d+)\\s+)?(?:weeks?|months?|quarters?|years?)|each\\s+(?:week|month|quarter|year)|annually|(?:once|twice)\\s+a\\s+(?:week|month|year)`), resolve: none, undated: true },
  // Counted from an event, not from the document: "within six months of entry into force".
  { regex: word(`(?:with)?in\\s+(?:${NUMBER_WORDS.join('|')}|\\d+)\\s+(?:(?:working|business|calendar)\\s+days?|days?|weeks?|months?|years?)\\s+(?:of|after|from|following)\\s+(?:the\\s+|its\\s+|their\\s+)?[a-z]+(?:\\s+into\\s+force)?`), resolve: none },
  // The same without "within", as review clauses time a report from the act's own dates: "three years after its entry
  // into force", "no later than five years after the date of application". Only such an act's dates: "Three years
  // after Russia's invasion, we will ..." names no time of the pledge.
  { regex: word(`(?:(?:no|not)\\s+later\\s+than\\s+)?(?:${NUMBER_WORDS.join('|')}|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+(?:after|from|following)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:entry\\s+into\\s+force|(?:(?:date|start)\\s+of\\s+(?:its\\s+|their\\s+)?)?application|adoption|publication)`), resolve: none },
  {
    regex: word(`(?:(?:with)?in|over)\\s+(?:the\\s+(?:next|coming)\\s+)?(${NUMBER_WORDS.join('|')}|\\d+)\\s+(?:(working|business)\\s+|calendar\\s+)?(days?|weeks?|months?|years?)`),
    // "within 60 working days" counts Monday to Friday (public holidays, which differ by institution, are not known).
    resolve: (m, from) => from === null ? null : m[2] !== undefined ? addWorkingDays(from, count(group(m, 1))) : later(from, count(group(m, 1)), group(m, 3))
  },
  {
    regex: word(`(?:on|next|this|by)\\s+${WEEKDAY}`),
    resolve: (m, from) => from === null ? null : nextWeekday(from, WEEKDAYS.indexOf(group(m, 1).toLowerCase() as typeof WEEKDAYS[number]))
  }
]

const TIME_WORDS = new RegExp(`\\b(?:annually|presidency|until|long|soon|shortly|christmas|delay|course|year|future|coming|next|term|mandate|presidency|today|tonight|this|tomorrow|end|quarter|early|mid|late|decade|\\d+|${MONTHS.join('|')}|${WEEKDAYS.join('|')}|days?|weeks?|fortnights?|months?|years?|spring|summer|autumn|fall|winter|q[1-4]|h[12]|summit|assembly|conference|forum|meeting|session|cop\\d*|ministerial|mc\\d+)\\b`, 'i')

// The patterns' earliest start in one scan; only there is each pattern tried
// again (anchored), instead of every pattern searching the whole clause.
const ANY_PATTERN = new RegExp(PATTERNS.map((pattern) => `(?:${pattern.regex.source})`).join('|'), 'i')
const ANCHORED = PATTERNS.map((pattern) => ({ pattern, regex: new RegExp(pattern.regex.source, 'iy') }))

/**
 * The first time expression in the text (the longest when two start at the
 * same place, the first pattern when they are as long), with its ISO date when
 * it resolves against the document date. A phrase whose years are all before
 * the document's year dates something past, not the action pledged ("just as
 * we have not recognised the annexation of Crimea in 2014"): it is skipped.
 */
export function findTimeframe (sentence: string, documentDate: string | null): Timeframe | null {
  // Most clauses have no time phrase: one cheap scan for the words every pattern needs.
  if (!TIME_WORDS.test(sentence)) return null
  const from = parseIsoDate(documentDate)
  let meeting: Timeframe | null = null
  for (let offset = 0; ;) {
    const found = timePhraseFrom(sentence, offset)
    if (found === null) return meeting
    const date = found.pattern.resolve(found.match, from)
    const pastEvent = comparedWith(sentence, found.match.index) || namesWhose(sentence, found.match) || namesWhichEdition(sentence, found.match) || (from !== null && documentDate !== null &&
      (datesThePast(sentence, found.match, date, from.year, documentDate) || afterParticiple(sentence, found.match)))
    const end = found.match.index + found.match[0].length
    if (!pastEvent && found.pattern.undated === true) meeting ??= { text: found.match[0], date }
    else if (!pastEvent && !periodBeforeDeadline(sentence, found.match[0], end)) return meeting !== null && date === null ? meeting : { text: found.match[0], date }
    offset = end
  }
}

// A bare year right before a deadline says which period the noun before it covers, and the deadline when the pledge is
// due: "publish a report on the coordinated actions of 2025" is what "the actions in 2025 by the end of the year" says,
// as English would write "by the end of March 2026", not "in 2026 by the end of March", for a deadline within that year.
const BARE_YEAR = /^in\s+(?:19|20)\d\d$/iu
const DEADLINE = /^(?:by|before|(?:no|not)\s+later\s+than)\s/iu

/** Whether the phrase is a bare "in 2025" that a deadline follows with nothing between: "in 2025 by the end of the year". */
function periodBeforeDeadline (sentence: string, phrase: string, end: number): boolean {
  if (!BARE_YEAR.test(phrase)) return false
  const next = timePhraseFrom(sentence, end)
  return next !== null && /^\s+$/u.test(sentence.slice(end, next.match.index)) && DEADLINE.test(next.match[0])
}

/** The first time phrase at or after `offset`. */
function timePhraseFrom (sentence: string, offset: number): { match: RegExpExecArray, pattern: TimePattern } | null {
  const ahead = ANY_PATTERN.exec(offset === 0 ? sentence : sentence.slice(offset))
  if (ahead === null) return null
  const start = offset + ahead.index
  let best: { match: RegExpExecArray, pattern: TimePattern } | null = null
  for (const { pattern, regex } of ANCHORED) {
    regex.lastIndex = start
    const match = regex.exec(sentence)
    if (match !== null && (best === null || match[0].length > best.match[0].length)) best = { match, pattern }
  }
  return best
}

// A bare "this year" or "next month" before a possessive says whose thing, not when: "follow up on this year's
// recommendations", "prepare next year's enlargement package" (as "today's challenges"). A "next" one after "in", "at"
// or "during" is an occasion still to come that the action happens on, and so its time: "report on it in next year's
// Report", "decide at next week's summit" (not "as set out in this year's recommendations", a text already there).
const DEICTIC = /^(?:(?:early|later)\s+)?(?:this|next)\s/iu
const POSSESSIVE = /^['’]s\b/u
const NEXT_OCCASION = /(?:^|[^\p{L}])(?:in|at|during)\s+$/iu

/** Whether the phrase is a bare "this ..." or "next ..." that a possessive makes a noun's modifier, not a coming occasion's. */
function namesWhose (sentence: string, match: RegExpExecArray): boolean {
  if (!DEICTIC.test(match[0]) || !POSSESSIVE.test(sentence.slice(match.index + match[0].length))) return false
  return !(/^next\s/iu.test(match[0]) && NEXT_OCCASION.test(sentence.slice(Math.max(0, match.index - 8), match.index)))
}

// A season and year that no preposition governs, before a noun, say which edition of a thing, not when: "on the
// basis of the Commission's autumn 2025 forecast", "in light of the spring 2026 forecast", "the Spring 2026 Economic
// Forecast" (as "this year's recommendations" says whose). A meeting's edition is its time: "at the spring 2026
// European Council", "the autumn 2025 Eurogroup meeting".
const BARE_SEASON_YEAR = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d\d$/iu
const NOUN_AFTER = /^(?:['’]s\b|\s+(?!(?:and|or|but|nor|at|in|on|by|to|for|with|from|when|where|while|as|if|the|a|an|we|i|it|they|he|she|will|would|shall|should|must|can|could|may)\b)\p{L})/iu
const MEETING_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:summit|meeting|session|plenary|council|eurogroup|ecofin|conference|assembly|forum|ministerial)\b/iu

/** Whether the phrase is a bare season and year that the noun after it makes that noun's modifier. */
function namesWhichEdition (sentence: string, match: RegExpExecArray): boolean {
  const after = sentence.slice(match.index + match[0].length)
  return BARE_SEASON_YEAR.test(match[0]) && NOUN_AFTER.test(after) && !MEETING_AFTER.test(after)
}

// A comparison's term: "not worse off than today", "more than last year", "faster than in March" name no time of the
// action; "later", "earlier" and "sooner" make it a bound that does: "not earlier than 1 January 2026".
const COMPARED = /(?:^|[^\p{L}])(\p{L}+)\s+than\s+$/iu
const BOUNDS = new Set(['later', 'earlier', 'sooner'])

/** Whether the phrase at `at` is the term of a comparison ("than today"), not the time of the action. */
function comparedWith (sentence: string, at: number): boolean {
  const before = COMPARED.exec(sentence.slice(Math.max(0, at - 24), at))
  return before !== null && !BOUNDS.has((before[1] ?? '').toLowerCase())
}

// "on" or "in" dates an event already over, which its month or day alone
// would move into the future (with a year, when that date is before the
// document's):
// - after a past participle that no "be", "have" or "will" governs: "the
//   conclusions the European Council adopted on 20 March", "As I announced
//   in July" ("will be adopted in June" is the pledge's own date);
// - at the end of a past relative clause: "farmers who suffered losses in
//   September" (PAST_RELATIVE), unless a modal after it opens the main
//   clause: "Member States that received funding will report in June";
// - after a participle and "by": "farmers affected by the floods in October" (PASSIVE_BY).
// Also one set off by a comma, an apposition: "The roadmap, adopted on 6 May, sets out how ...", and the past of a
// reporting verb, whose time is the saying's: "As Chancellor Merz said on Monday, we will never accept it".
const PARTICIPLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+),?\s+(\p{L}+(?:ed|held|made|set|taken|given|done|won|sent|spent)|said|told|wrote)\s+$/iu
const GOVERNING = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'gets', 'got', 'have', 'has', 'had', 'will', 'shall', 'would', 'to'])

// A modal inside the words read: the main clause has begun.
const MODAL_AFTER = /\b(?:will|shall|must|would|should|can|could|may|need|needs|intends?|aims?|plans?|wants?)\b/iu
const PAST_RELATIVE = /\b(?:who|which|that)\s+(?:(?:have|has|had)\s+(?:been\s+)?|(?:was|were)\s+)?(?:\p{L}+ed|lost|hit|struck|fell|left|began|came|saw|took|made|were|was|had|met|held|won|paid|spent|sold|built|brought|became|suffered)\s[^,;:]{0,80}$/iu
// "farmers affected by the floods in October": a participle and "by", which no "be" or "will" governs.
const PASSIVE_BY = /(?:^|[^\p{L}])(\p{L}+)\s+(?:\p{L}+ed|hit|struck|caused)\s+by\s[^,;:]{0,60}$/iu

/**
 * Whether the phrase follows a past participle that no "be", "have" or "will" governs, whose time it is, not the
 * pledge's: "discuss the first disbursements expected before the summer", "a report on the reforms completed by June".
 * Not "until" (nor "on" and "in", read by datesPastEvent): how long a state lasts is also how long a pledge keeps it
 * ("keep the assets immobilised until Russia pays").
 */
function afterParticiple (sentence: string, match: RegExpExecArray): boolean {
  // "on" and "in" are datesPastEvent's, which keeps a year to come ("the funds invested in 2026 will help").
  if (/^(?:until|on|in)\b/iu.test(match[0])) return false
  const window = sentence.slice(Math.max(0, match.index - 60), match.index)
  const before = ungovernedParticiple(window)
  return before !== null && !COMPLEMENT_VERB.test(window.slice(0, before.index + 1))
}

// Participles that stand after their noun as adjectives, naming no event of their own to date: "the Member States
// concerned" are those in question, "the authorities involved" those taking part, so "travel to the Member States
// concerned in the autumn" and "open proceedings against the Member States concerned by the end of the year" are dated.
const POSTPOSITIVE_ADJECTIVES = new Set(['concerned', 'involved'])

/** A past participle that ends the words before a phrase, when no "be", "have" or "will" governs it. */
function ungovernedParticiple (before: string): RegExpExecArray | null {
  const participle = PARTICIPLE_BEFORE.exec(before)
  if (participle === null || POSTPOSITIVE_ADJECTIVES.has((participle[2] ?? '').toLowerCase())) return null
  return !GOVERNING.has((participle[1] ?? '').toLowerCase()) ? participle : null
}

// A verb whose object the participle completes, so that its time is the pledge's: "we want the talks concluded by
// Q1 2025", "get the law adopted before the summer", "see the work completed by June".
const COMPLEMENT_VERB = /\b(?:want|wants|wanted|need|needs|keep|keeps|get|gets|have|has|see|sees|like|leave|leaves|make|makes)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu

/** Whether the phrase at `at`, opening on "on" or "in", dates an event already over: after a past participle or in a past relative clause. */
function datesPastEvent (sentence: string, at: number, phrase: string): boolean {
  if (!/^(?:on|in)\s/iu.test(phrase)) return false
  const window = sentence.slice(Math.max(0, at - 100), at)
  if (ungovernedParticiple(window.slice(-60)) !== null) return true
  const relative = PAST_RELATIVE.exec(window)
  if (relative !== null && !MODAL_AFTER.test(relative[0])) return true
  const passive = PASSIVE_BY.exec(window)
  return passive !== null && !GOVERNING.has((passive[1] ?? '').toLowerCase()) && !MODAL_AFTER.test(passive[0])
}

// A relative clause whose verb is negated in the past, with or without its pronoun: "the questions (that) I could not
// answer", "the points we did not cover".
// A reporting verb in the past right before the day: "As Secretary General Rutte said this morning, we will".
const SAID_BEFORE = /\b(?:said|told|wrote|stated|announced|stressed|recalled|noted)\s+$/iu
const PAST_NEGATED_RELATIVE = /\b(?:who|which|that|I|we|you|they|he|she)\s+(?:could|did)(?:\s+not|n['’]t)\s+\p{L}+\s([^,;:]{0,60})$/iu

/**
 * Whether the phrase, a day no later than the document's ("today", "this morning"), ends a past relative clause,
 * whose time it is: "We will reply in writing to the questions I could not answer today", "the questions that were
 * raised this morning"; not when a modal after it opens the main clause ("Members who were absent will vote today").
 * So does one after a reporting verb in the past: "As Secretary General Rutte said this morning, we will", and one
 * after a participle and "by", which dates the blow, not the help: "visit the regions hit by the wildfires this summer".
 */
function closesPastRelative (sentence: string, at: number): boolean {
  const window = sentence.slice(Math.max(0, at - 100), at)
  if (SAID_BEFORE.test(window) && ungovernedParticiple(window.slice(-60)) !== null) return true
  const relative = PAST_RELATIVE.exec(window)
  if (relative !== null && !MODAL_AFTER.test(relative[0])) return true
  const passive = PASSIVE_BY.exec(window)
  if (passive !== null && !GOVERNING.has((passive[1] ?? '').toLowerCase()) && !MODAL_AFTER.test(passive[0])) return true
  const negated = PAST_NEGATED_RELATIVE.exec(window)
  return negated !== null && !MODAL_AFTER.test(negated[1] ?? '')
}

const THIS_PERIOD = /^this\s/iu

const WRITTEN_YEAR = /\b(?:19|20)\d\d\b(?:\s*[-–/]\s*(\d\d)\b)?/g

/** The years the phrase writes, each span by its last: "over 2024-27" is 2027. */
function writtenYears (phrase: string): number[] {
  return [...phrase.matchAll(WRITTEN_YEAR)].map((match) => {
    const first = Number(match[0].slice(0, 4))
    return match[1] === undefined ? first : Math.max(first, Math.floor(first / 100) * 100 + Number(match[1]))
  })
}

/**
 * Whether the phrase dates something past rather than the pledge: it writes
 * only years before the document's, or it follows a past participle
 * (datesPastEvent) and writes no year or a date before the document's.
 */
function datesThePast (sentence: string, match: RegExpExecArray, date: string | null, year: number, documentDate: string): boolean {
  const years = writtenYears(match[0])
  if (years.length > 0 && years.every((written) => written < year)) return true
  if (date !== null && datesANamedThing(sentence, match) && closestOccurrence(date, years.length > 0, documentDate) < documentDate) return true
  // A bare "this year" (or "this month") has no date, but holds the past as "this morning" does.
  const current = date !== null ? date <= documentDate : THIS_PERIOD.test(match[0])
  if (current && closesPastRelative(sentence, match.index)) return true
  return datesPastEvent(sentence, match.index, match[0]) && (years.length === 0 || (date !== null && date < documentDate))
}

// A day written bare after "of" and a noun dates what the noun names, "the Competitiveness Compass of 29 January 2025",
// "its Work Programme of 11 February": when that day is past, a document or meeting already over, not the pledge's
// time (a meeting to come, "present it to the European Council of 26 June", is). Not a time noun's day: "the week of 12 May".
const BARE_DAY = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s|${MONTH}\\s+\\d)`, 'iu')
const NOUN_OF = /(?:^|[^\p{L}])(\p{L}{3,})\s+of\s+$/iu
const TIME_NOUN = new Set(['week', 'weekend', 'end', 'beginning', 'start', 'middle', 'night', 'morning', 'afternoon', 'evening', 'course'])

function datesANamedThing (sentence: string, match: RegExpExecArray): boolean {
  if (!BARE_DAY.test(match[0])) return false
  const noun = NOUN_OF.exec(sentence.slice(Math.max(0, match.index - 40), match.index))
  return noun !== null && !TIME_NOUN.has((noun[1] ?? '').toLowerCase())
}

/**
 * A day written without its year, which resolves to its next occurrence, is the one closest to the document's date:
 * "11 February" in May is the February past, in December the one to come.
 */
function closestOccurrence (date: string, yearWritten: boolean, documentDate: string): string {
  if (yearWritten || date <= documentDate) return date
  const previous = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`
  const since = Date.parse(documentDate) - Date.parse(previous)
  return since >= 0 && since < Date.parse(date) - Date.parse(documentDate) ? previous : date
}
