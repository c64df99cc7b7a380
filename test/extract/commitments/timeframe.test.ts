import { test } from 'tap'
import { findTimeframe } from '../../../src/extract/commitments/timeframe.js'

const DATE = '2023-01-10' // a Tuesday

const cases: Array<[string, string, string | null]> = [
  ['we will discuss this tomorrow', 'tomorrow', '2023-01-11'],
  ['we will sign it today', 'today', '2023-01-10'],
  ['we will meet next week', 'next week', '2023-01-16'],
  ['we will decide next month', 'next month', '2023-02-01'],
  ['a proposal by the end of 2023', 'by the end of 2023', '2023-12-31'],
  ['climate neutral by 2030', 'by 2030', '2030-12-31'],
  ['a summit in March', 'in March', '2023-03-01'],
  ['a summit in March 2024', 'in March 2024', '2024-03-01'],
  ['a meeting in mid-August', 'in mid-August', '2023-08-15'],
  ['a meeting in late August 2024', 'in late August 2024', '2024-08-21'],
  ['deploy border guards in the first weeks of February', 'in the first weeks of February', '2023-02-01'],
  ['a meeting in the second half of March 2024', 'in the second half of March 2024', '2024-03-16'],
  ['a visit during the last week of June', 'during the last week of June', '2023-06-24'],
  ['a proposal in the course of May', 'in the course of May', '2023-05-01'],
  ['a meeting in early March', 'in early March', '2023-03-01'],
  ['the vote on 15 March', 'on 15 March', '2023-03-15'],
  ['a visit on 27 and 28 February', 'on 27 and 28 February', '2023-02-27'],
  ['a summit on 27-28 February', 'on 27-28 February', '2023-02-27'],
  ['talks between 3 and 5 March', 'between 3 and 5 March', '2023-03-03'],
  ['the vote on Wednesday 15 March', 'on Wednesday 15 March', '2023-03-15'],
  ['a report at the end of the month', 'at the end of the month', '2023-01-31'],
  ['EUR 1.5 billion over 2025-2027', 'over 2025-2027', '2025-01-01'],
  ['funds in the period 2021-2027', 'in the period 2021-2027', '2021-01-01'],
  ['support between 2025 and 2030', 'between 2025 and 2030', '2025-01-01'],
  ['talks between March and May', 'between March and May', '2023-03-01'],
  ['a decision at the European Council in June', 'at the European Council in June', '2023-06-01'],
  ['a deal by the EU-China summit in July 2024', 'by the EU-China summit in July 2024', '2024-07-31'],
  ['the plan at the next European Council', 'at the next European Council', null],
  ['the operation at the next Foreign Affairs Council', 'at the next Foreign Affairs Council', null],
  ['the proposals by the end of spring', 'by the end of spring', '2023-05-31'],
  ['the proposals by the end of autumn 2023', 'by the end of autumn 2023', '2023-11-30'],
  ['the proposals by the end of winter 2023', 'by the end of winter 2023', '2024-02-29'],
  ['a visit before the summer of next year', 'before the summer of next year', '2024-06-01'],
  ['the list in the spring of next year', 'in the spring of next year', '2024-03-01'],
  ['a report by the end of the summer next year', 'by the end of the summer next year', '2024-08-31'],
  ['the proposals by the autumn of 2024', 'by the autumn of 2024', '2024-11-30'],
  ['a proposal by summer 2024', 'by summer 2024', '2024-08-31'],
  ['a deal by the next Ecofin', 'by the next Ecofin', null],
  ['an agreement ahead of the next WTO Ministerial Conference', 'ahead of the next WTO Ministerial Conference', null],
  ['a proposal at the next EU-US Trade and Technology Council', 'at the next EU-US Trade and Technology Council', null],
  ['a deal before MC14', 'before MC14', null],
  ['an agreement ahead of the AU-EU Summit', 'ahead of the AU-EU Summit', null],
  ['a decision by the Luanda Summit', 'by the Luanda Summit', null],
  ['a pilot between January and March 2024', 'between January and March 2024', '2024-01-01'],
  ['a pilot from November to February 2025', 'from November to February 2025', '2024-11-01'],
  ['a pilot from November 2024 to February 2025', 'from November 2024 to February 2025', '2024-11-01'],
  ['a report by March', 'by March', '2023-03-31'],
  ['a report before March', 'before March', '2023-03-01'],
  ['a report at the beginning of October', 'at the beginning of October', '2023-10-01'],
  ['a report towards the end of October', 'towards the end of October', '2023-10-31'],
  ['a report ahead of the summer', 'ahead of the summer', '2023-06-01'],
  ['a report in the coming year', 'in the coming year', null],
  ['a report by the end of the week', 'by the end of the week', null],
  ['rules that apply as of 1.7.2024', 'as of 1.7.2024', '2024-07-01'],
  ['payments by 30/04/2024', 'by 30/04/2024', '2024-04-30'],
  ['rules that apply from 2024-07-01', 'from 2024-07-01', '2024-07-01'],
  ['rules that apply on 31.6.2024', 'on 31.6.2024', null],
  ['a report towards the end of the year', 'towards the end of the year', '2023-12-31'],
  ['a report by the middle of 2024', 'by the middle of 2024', '2024-06-30'],
  ['support throughout 2024', 'throughout 2024', '2024-01-01'],
  ['support up to 2030', 'up to 2030', '2030-12-31'],
  ['funds over the 2028-2034 period', 'over the 2028-2034 period', '2028-01-01'],
  ['a start as early as 2025', 'as early as 2025', '2025-01-01'],
  ['payments from 2028 onwards', 'from 2028 onwards', '2028-01-01'],
  ['a report in the first weeks of 2024', 'in the first weeks of 2024', '2024-01-01'],
  ['a report before the end of March', 'before the end of March', '2023-03-31'],
  ['a report before 2030', 'before 2030', '2030-01-01'],
  ['a report prior to 2030', 'prior to 2030', '2030-01-01'],
  ['a report before the end of 2030', 'before the end of 2030', '2030-12-31'],
  ['orientations this autumn', 'this autumn', '2023-09-01'],
  ['within two weeks', 'within two weeks', '2023-01-24'],
  ['for as long as it takes', 'as long as it takes', null],
  ['as long as it is necessary', 'as long as it is necessary', null],
  ['keep the sanctions until Russia withdraws its troops.', 'until Russia withdraws its troops', null],
  ['keep the sanctions until Russia ends this war.', 'until Russia ends this war', null],
  ['support until peace is restored, and then rebuild', 'until peace is restored', null],
  ['the restrictions apply until further notice', 'until further notice', null],
  ['we will not stop until there is a just and lasting peace', 'until there is a just and lasting peace', null],
  ['we will implement the Facility until its end in August 2026.', 'in August 2026', '2026-08-01'],
  ['the measures stay until 2030', 'until 2030', '2030-12-31'],
  ['the measures stay until the end of June', 'until the end of June', '2023-06-30'],
  ['members soon', 'soon', null],
  ['a proposal early next year', 'early next year', '2024-01-01'],
  ['an agreement before Christmas', 'before Christmas', '2023-12-25'],
  ['the first payment by Christmas', 'by Christmas', '2023-12-25'],
  ['a visit to Kyiv this week', 'this week', null],
  ['in the coming weeks', 'in the coming weeks', null],
  ['initiatives within the first 100 days of this mandate', 'within the first 100 days of this mandate', null],
  ['a report before the end of the legislative term', 'before the end of the legislative term', null],
  ['a report by the end of this mandate', 'by the end of this mandate', null],
  ['a report before the end of the current mandate', 'before the end of the current mandate', null],
  ['a report before the end of the legislative term in 2024', 'before the end of the legislative term in 2024', '2024-12-31'],
  ['a deal by the end of the current mandate in 2029', 'by the end of the current mandate in 2029', '2029-12-31'],
  ['a deal until the end of its term in 2027', 'until the end of its term in 2027', '2027-12-31'],
  ['a plan in the first six months', 'in the first six months', null],
  ['a proposal in the second quarter of 2024', 'in the second quarter of 2024', '2024-04-01'],
  ['done by the end of the last quarter of 2023', 'by the end of the last quarter of 2023', '2023-12-31'],
  ['ready by mid-2024', 'by mid-2024', '2024-06-30'],
  ['a review in early 2025', 'in early 2025', '2025-01-01'],
  ['an agreement before the summer', 'before the summer', '2023-06-01'],
  ['rules that apply from 2026', 'from 2026', '2026-01-01'],
  ['a scheme starting in 2025', 'starting in 2025', '2025-01-01'],
  ['a review in the second half of 2024', 'in the second half of 2024', '2024-07-01'],
  ['a review by the first half of next year', 'by the first half of next year', '2024-06-30'],
  ['a conference in autumn 2024', 'in autumn 2024', '2024-09-01'],
  ['a report by end-2024', 'by end-2024', '2024-12-31'],
  ['a decision by the end of this month', 'by the end of this month', '2023-01-31'],
  ['a decision later this month', 'later this month', null],
  ['targets by the end of the decade', 'by the end of the decade', '2030-12-31'],
  ['investments over the next five years', 'over the next five years', '2028-01-10'],
  ['a council in Q3 2024', 'in Q3 2024', '2024-07-01'],
  ['we want talks concluded by Q1 2025', 'by Q1 2025', '2025-03-31'],
  ['a review in H2 2024', 'in H2 2024', '2024-07-01'],
  ['a report by the end of the first quarter', 'by the end of the first quarter', '2023-03-31'],
  ['a report by the end of the first quarter of next year', 'by the end of the first quarter of next year', '2024-03-31'],
  ['a board set up as of 1 January 2024', 'as of 1 January 2024', '2024-01-01'],
  ['a report by 31 December 2024', 'by 31 December 2024', '2024-12-31'],
  ['a decision at the end of June', 'at the end of June', '2023-06-30'],
  ['a decision at the end of 2024', 'at the end of 2024', '2024-12-31'],
  ['a proposal by summer', 'by summer', '2023-08-31'],
  ['a report in the weeks ahead', 'in the weeks ahead', null],
  ['a proposal in a few weeks', 'in a few weeks', null],
  ['reforms by the end of this legislature', 'by the end of this legislature', null],
  ['a decision by year-end', 'by year-end', '2023-12-31'],
  ['targets no later than 2027', 'no later than 2027', '2027-12-31'],
  ['a report no later than June 2027', 'no later than June 2027', '2027-06-30'],
  ['a report not later than March', 'not later than March', '2023-03-31'],
  ['a report no later than 30 June 2027', 'no later than 30 June 2027', '2027-06-30'],
  ['a report not later than the end of 2026', 'not later than the end of 2026', '2026-12-31'],
  ['a cut between now and 2030', 'between now and 2030', '2030-12-31'],
  ['a review at the start of 2026', 'at the start of 2026', '2026-01-01'],
  ['a review at the beginning of next year', 'at the beginning of next year', '2024-01-01'],
  ['investment over the next decade', 'over the next decade', '2033-01-10'],
  ['the first cluster by the end of the Polish Presidency', 'by the end of the Polish Presidency', '2025-06-30'],
  ['a deal during the Danish Presidency', 'during the Danish Presidency', '2025-07-01'],
  ['a deal during the Swedish Presidency', 'during the Swedish Presidency', '2023-01-01'],
  ['a decision at the June European Council', 'at the June European Council', '2023-06-01'],
  ['a plan by the March 2024 summit', 'by the March 2024 summit', '2024-03-31'],
  ['talks ahead of the October European Council', 'ahead of the October European Council', '2023-10-31'],
  ['a review in the course of 2024', 'in the course of 2024', '2024-01-01'],
  ['an authority within six months of entry into force', 'within six months of entry into force', null],
  ['a report within two years of its adoption', 'within two years of its adoption', null],
  ['a review three years after their entry into force', 'three years after their entry into force', null],
  ['an evaluation no later than five years after the date of application', 'no later than five years after the date of application', null],
  ['implementing acts 18 months after the entry into force of the Regulation', '18 months after the entry into force', null]
]

for (const [sentence, text, date] of cases) {
  test(`"${sentence}" has the time frame "${text}" (${date ?? 'no date'})`, async (t) => {
    t.same(findTimeframe(sentence, DATE), { text, date })
  })
}

test('a month that has passed this year falls in the next year', async (t) => {
  t.same(findTimeframe('we will decide in March', '2023-06-01'), { text: 'in March', date: '2024-03-01' })
})

test('"this" and "next" before a season count from the season the document date falls in', async (t) => {
  t.same(findTimeframe('repairs before next winter', '2025-02-03'), { text: 'next winter', date: '2025-12-01' }, 'in February, next winter starts this December')
  t.same(findTimeframe('support this winter', '2025-02-03'), { text: 'this winter', date: '2024-12-01' }, 'in February, this winter started last December')
  t.same(findTimeframe('support this winter', '2024-10-15'), { text: 'this winter', date: '2024-12-01' })
  t.same(findTimeframe('a proposal next summer', '2025-02-03'), { text: 'next summer', date: '2025-06-01' }, 'the first summer to come')
  t.same(findTimeframe('a proposal next spring', '2025-03-04'), { text: 'next spring', date: '2026-03-01' }, 'spring has begun: the next is next year\'s')
  t.same(findTimeframe('a proposal next autumn', '2024-10-15'), { text: 'next autumn', date: '2025-09-01' })
})

test('"next" before a month is the first such month to come; "within the coming weeks" and "within weeks" are vague phrases', async (t) => {
  t.same(findTimeframe('the conference in Abu Dhabi next February', '2023-09-25'), { text: 'next February', date: '2024-02-01' })
  t.same(findTimeframe('a decision next June', '2023-02-10'), { text: 'next June', date: '2023-06-01' }, 'June has not come: this year\'s')
  t.same(findTimeframe('a decision by next June', '2023-06-10'), { text: 'by next June', date: '2024-06-30' })
  t.same(findTimeframe('we will meet again next May in Brussels', '2023-06-10'), { text: 'next May', date: '2024-05-01' })
  t.same(findTimeframe('what comes next may change', '2023-06-10'), null)
  t.same(findTimeframe('we will decide next month', '2023-06-10'), { text: 'next month', date: '2023-07-01' })
  t.same(findTimeframe('new measures within the coming weeks', '2023-06-10'), { text: 'within the coming weeks', date: null })
  t.same(findTimeframe('new measures within the next few months', '2023-06-10'), { text: 'within the next few months', date: null })
  t.same(findTimeframe('we will scale up our operations within weeks', '2023-06-10'), { text: 'within weeks', date: null })
  t.same(findTimeframe('we will scale up our operations within a few days', '2023-06-10'), { text: 'within a few days', date: null })
  t.same(findTimeframe('we will scale up our operations within two weeks', '2023-06-10'), { text: 'within two weeks', date: '2023-06-24' })
})

test('a Council presidency resolves from the document date to the term under way or the next', async (t) => {
  t.same(findTimeframe('a deal by the end of the Polish Presidency', '2011-03-01'), { text: 'by the end of the Polish Presidency', date: '2011-12-31' }, 'Poland\'s 2011 term')
  t.same(findTimeframe('a deal during the Hungarian Presidency', '2030-01-05'), { text: 'during the Hungarian Presidency', date: '2024-07-01' }, 'none to come: the last one')
  t.equal(findTimeframe('working with him under the Swedish Presidency', DATE), null, '"under" tells in whose term, not when')
  t.same(findTimeframe('a deal during the Polish Presidency', null), { text: 'during the Polish Presidency', date: null })
})

test('"of tomorrow", "today\'s" and "as soon as" a clause are no time frames', async (t) => {
  t.equal(findTimeframe('we have to build the grids of tomorrow', DATE), null)
  t.equal(findTimeframe('we will meet today\'s challenges', DATE), null)
  t.equal(findTimeframe('we will help as soon as the needs are clear', DATE), null)
  t.same(findTimeframe('we will decide tomorrow', DATE), { text: 'tomorrow', date: '2023-01-11' })
  t.same(findTimeframe('we will decide as soon as possible', DATE), { text: 'as soon as possible', date: null })
})

test('a bare "this year" or "next year" before a possessive is no time frame', async (t) => {
  t.equal(findTimeframe('we will follow up on this year\'s recommendations', DATE), null)
  t.equal(findTimeframe('we will prepare next year’s enlargement package', DATE), null)
  t.same(findTimeframe('we will prepare next year’s package in March', DATE), { text: 'in March', date: '2023-03-01' }, 'the next phrase is the time')
  t.same(findTimeframe('we will prepare the package next year', DATE), { text: 'next year', date: '2024-01-01' })
})

test('the yearly edition a pledge goes into is its year: "in the 2026 Report"', async (t) => {
  t.same(findTimeframe('we will include a new section in the 2026 Report', DATE), { text: 'in the 2026 Report', date: '2026-01-01' })
  t.same(findTimeframe('we will publish the figures in the 2024 EU Justice Scoreboard', DATE), { text: 'in the 2024 EU Justice Scoreboard', date: '2024-01-01' })
  t.same(findTimeframe('we will reflect it in the 2024 budget', DATE), { text: 'in the 2024 budget', date: '2024-01-01' })
  t.equal(findTimeframe('we will deliver on the 2030 Agenda', DATE), null, 'a year that names a goal')
  t.equal(findTimeframe('we will include it in the 2030 climate and energy package', DATE), null, 'no edition noun ends it')
})

test('a "next" one before a possessive after "in", "at" or "during" is the coming occasion\'s time', async (t) => {
  t.same(findTimeframe('we will follow up on the recommendations in next year\'s Report', DATE), { text: 'next year', date: '2024-01-01' })
  t.same(findTimeframe('we will decide at next week’s summit', DATE), { text: 'next week', date: '2023-01-16' })
  t.same(findTimeframe('she will meet farmers during next month\'s visit', DATE), { text: 'next month', date: '2023-02-01' })
  t.equal(findTimeframe('as set out in this year\'s recommendations, we will act', DATE), null, 'this year\'s text is one already there')
})

test('a bare season and year before a noun names an edition, not a time: "the Commission\'s autumn 2025 forecast"', async (t) => {
  const date = '2025-06-04'
  t.equal(findTimeframe('The Commission will reassess compliance on the basis of the Commission\'s autumn 2025 forecast', date), null)
  t.equal(findTimeframe('We will assess the plans in light of the spring 2026 forecast', date), null)
  t.equal(findTimeframe('We will take into account the Spring 2026 Economic Forecast', date), null)
  t.same(findTimeframe('We will take into account the spring 2026 forecast in November', date), { text: 'in November', date: '2025-11-01' }, 'the next phrase is the time')
  t.same(findTimeframe('We will discuss it at the spring 2026 European Council', date), { text: 'the spring 2026', date: '2026-03-01' }, 'a meeting\'s edition is its time')
  t.same(findTimeframe('We will present it in autumn 2025 in Vienna', date), { text: 'in autumn 2025', date: '2025-09-01' }, 'a preposition makes it a time')
})

test('the term of a comparison is no time frame, though a bound with "later" or "earlier" is', async (t) => {
  t.equal(findTimeframe('passengers are not worse off than today', DATE), null)
  t.equal(findTimeframe('we will spend more than this year', DATE), null)
  t.same(findTimeframe('we will act faster than in March, and meet again next week', DATE)?.text, 'next week', 'the next phrase is the time')
  t.same(findTimeframe('the rules will apply not earlier than 1 March 2023', DATE), { text: 'not earlier than 1 March 2023', date: '2023-03-01' })
})

test('a start bound, "no earlier than", starts its period as "from" does', async (t) => {
  const date = '2025-11-03'
  t.same(findTimeframe('award the contracts no earlier than the second half of 2026', date), { text: 'no earlier than the second half of 2026', date: '2026-07-01' })
  t.same(findTimeframe('launch it no earlier than the third quarter of 2026', date), { text: 'no earlier than the third quarter of 2026', date: '2026-07-01' })
  t.same(findTimeframe('launch it no earlier than Q3 2026', date), { text: 'no earlier than Q3 2026', date: '2026-07-01' })
  t.same(findTimeframe('launch it not earlier than March 2026', date), { text: 'not earlier than March 2026', date: '2026-03-01' })
  t.same(findTimeframe('launch it no earlier than 2027', date), { text: 'no earlier than 2027', date: '2027-01-01' })
  t.same(findTimeframe('launch it no earlier than mid-2026', date), { text: 'no earlier than mid-2026', date: '2026-07-01' })
})

test('a relative phrase without a document date keeps its text and no date', async (t) => {
  t.same(findTimeframe('we will meet tomorrow', null), { text: 'tomorrow', date: null })
})

test('an absolute phrase resolves without a document date', async (t) => {
  t.same(findTimeframe('by the end of 2023', null), { text: 'by the end of 2023', date: '2023-12-31' })
})

test('a sentence without a time phrase has no time frame', async (t) => {
  t.equal(findTimeframe('we will deepen our cooperation', DATE), null)
  // "until then" and "until now" point back to the text; "until the summer" is a date's word alone.
  t.equal(findTimeframe('until then, we will deepen our cooperation', DATE), null)
  t.equal(findTimeframe('we have until now kept our cooperation', DATE), null)
})

test('the earliest phrase wins when there are two', async (t) => {
  t.equal(findTimeframe('tomorrow we will talk about next month', DATE)?.text, 'tomorrow')
  // Counted from an act's own dates only: an event of the world is no time of the pledge.
  t.equal(findTimeframe('three years after the invasion, we will cut our imports by 2030', DATE)?.text, 'by 2030')
})

test('a run of years after "for" names what the thing covers, not when the act happens, unless a sum is for it', async (t) => {
  t.same(findTimeframe('adopt the work programme for 2026-2027 by the end of the year', '2025-06-24'), { text: 'by the end of the year', date: '2025-12-31' })
  t.same(findTimeframe('present its proposal for the Multiannual Financial Framework for 2028-2034 in July', '2025-03-11')?.text, 'in July')
  t.equal(findTimeframe('implement the Action Plan for 2024-2029', '2025-03-11'), null)
  t.equal(findTimeframe('approve the programmes for the 2021-2027 period', '2025-06-24'), null)
  t.same(findTimeframe('pledged €2.5 billion for 2025 and 2026', '2025-03-17'), { text: 'for 2025 and 2026', date: '2025-01-01' }, 'a sum is spent in its years')
  t.same(findTimeframe('pledged €2.12 billion for Syria for 2024 and 2025', '2024-05-27'), { text: 'for 2024 and 2025', date: '2024-01-01' }, 'also past whom the sum is for')
  t.same(findTimeframe('provide €560 million to the people of Syria for 2024', '2024-05-27'), { text: 'for 2024', date: '2024-01-01' }, 'and a single year')
  t.same(findTimeframe('provide €7.4 billion in grants and loans for 2024-2027', '2024-03-17'), { text: 'for 2024-2027', date: '2024-01-01' }, 'also past what the sum is made of')
  t.same(findTimeframe('mobilise €3 billion of support for Jordan for 2025-2027', '2025-01-29'), { text: 'for 2025-2027', date: '2025-01-01' })
  t.same(findTimeframe('make EUR 865 billion available for 2028-2034', '2025-07-16'), { text: 'for 2028-2034', date: '2028-01-01' }, 'also a sum made available')
  t.same(findTimeframe('make EUR 100 billion available to Ukraine for 2028-2034', '2025-07-16'), { text: 'for 2028-2034', date: '2028-01-01' })
  t.equal(findTimeframe('make the funding available for 2028-2034', '2025-07-16'), null, 'not without a sum')
  t.equal(findTimeframe('implement the Action Plan for Syria for 2024', '2024-05-27'), null, 'without a sum, what the thing covers')
})

test('a run of years may name its kind of period or year', async (t) => {
  t.same(findTimeframe('simplify the rules in the 2028-2034 programming period', '2025-06-24'), { text: 'in the 2028-2034 programming period', date: '2028-01-01' })
  t.same(findTimeframe('raise the grants from the 2026-2027 academic year', '2025-06-24'), { text: 'from the 2026-2027 academic year', date: '2026-01-01' })
  t.same(findTimeframe('launch the pilot from the 2026/2027 school year', '2025-03-05'), { text: 'from the 2026/2027 school year', date: '2026-01-01' }, 'with a slash')
  t.same(findTimeframe('publish it by the start of the 2026-2027 academic year', '2025-03-05'), { text: 'by the start of the 2026-2027 academic year', date: '2026-01-01' })
  t.same(findTimeframe('open the call in the 2025/26 academic year', '2025-03-05'), { text: 'in the 2025/26 academic year', date: '2025-01-01' }, 'one that reaches past the document\'s year')
})

test('a span from a year until another keeps its whole phrase and starts on its first day', async (t) => {
  t.same(findTimeframe('provide €1 billion to Lebanon from this year until 2027', '2024-05-02'), { text: 'from this year until 2027', date: '2024-01-01' })
  t.same(findTimeframe('support the programme from next year to 2030', '2024-05-02'), { text: 'from next year to 2030', date: '2025-01-01' })
  t.same(findTimeframe('fund it from 2025 until the end of 2027', '2024-05-02'), { text: 'from 2025 until the end of 2027', date: '2025-01-01' })
})

test('a phrase that writes only years before the document\'s dates the past and is skipped for the next one', async (t) => {
  t.equal(findTimeframe('just as we have not recognised the annexation of Crimea in 2014', '2022-09-30'), null)
  t.same(findTimeframe('as agreed in December 2019, we will extend it by 2027', '2025-02-03'), { text: 'by 2027', date: '2027-12-31' })
  t.same(findTimeframe('in 2025, we will present a plan', '2025-02-03'), { text: 'in 2025', date: '2025-01-01' }, 'the document\'s own year is not past')
  t.same(findTimeframe('we will invest over 2024-27', '2025-02-03')?.text, 'over 2024-27', 'a span that reaches past the document date')
  t.same(findTimeframe('agreed in 2014', null), { text: 'in 2014', date: '2014-01-01' }, 'without a document date nothing is past')
})

test('"on" or "in" after a past participle dates an event already over, unless "be", "have" or "will" governs it', async (t) => {
  t.equal(findTimeframe('we will follow up on the conclusions the European Council adopted on 20 March', '2025-06-26'), null)
  t.equal(findTimeframe('as I announced in July, we will appoint a Commissioner', '2024-09-16'), null)
  t.equal(findTimeframe('The roadmap, adopted on 6 May, sets out how the Commission will phase out Russian gas imports', '2025-07-02'), null, 'a participle set off by a comma')
  t.equal(findTimeframe('The Clean Industrial Deal, adopted on 26 February 2025, sets out how the EU will support its industry', '2025-07-02'), null)
  t.same(findTimeframe('we will build on the agreement reached on 3 December and present it next month', '2026-01-14'), { text: 'next month', date: '2026-02-01' })
  t.same(findTimeframe('the proposal will be adopted in June', '2025-01-10'), { text: 'in June', date: '2025-06-01' })
  t.same(findTimeframe('the funds invested in 2026 will help', '2025-05-10'), { text: 'in 2026', date: '2026-01-01' }, 'a year still to come')
  t.equal(findTimeframe('As Chancellor Merz said on Monday, we will never accept it', '2025-02-14'), null, 'a reporting verb\'s time is the saying\'s')
  t.equal(findTimeframe('As Prime Minister Tusk rightly said in January, Europe must defend itself', '2025-02-14'), null)
  t.same(findTimeframe('As President Macron said last week, we will present the plan in March', '2025-02-14'), { text: 'in March', date: '2025-03-01' })
})

test('a past day written bare after "of" and a noun dates what the noun names, not the pledge', async (t) => {
  t.equal(findTimeframe('In its Competitiveness Compass of 29 January 2025, the Commission committed to achieving it', '2025-05-21'), null)
  t.equal(findTimeframe('In its Work Programme of 11 February, the Commission announced that it will table it', '2025-05-21'), null, 'the closest February, not next year\'s')
  t.same(findTimeframe('We will present it to the European Council of 26 June', '2025-05-21'), { text: '26 June', date: '2025-06-26' }, 'a meeting to come')
  t.same(findTimeframe('We will present it to the Council of 12 January', '2025-12-10'), { text: '12 January', date: '2026-01-12' })
  t.same(findTimeframe('in the week of 12 May we will present it', '2025-05-02'), { text: '12 May', date: '2025-05-12' }, 'a time noun\'s day')
})

test('any other phrase after such a participle is the participle\'s time, not the pledge\'s, except "until" and after "want", "get", "see" ...', async (t) => {
  t.equal(findTimeframe('we will discuss the first disbursements expected before the summer', '2025-03-14'), null)
  t.equal(findTimeframe('we will present a report on the reforms completed by June', '2025-03-14'), null)
  t.same(findTimeframe('we will discuss the payments expected by June next month', '2025-03-14'), { text: 'next month', date: '2025-04-01' })
  t.same(findTimeframe('we will keep the assets immobilised until Russia pays', '2025-03-14')?.text, 'until Russia pays')
  t.same(findTimeframe('we want the talks concluded by the summer', '2025-03-14')?.text, 'by the summer', 'a participle completing the object is the pledge\'s')
})

test('"this summer" or "this year" after a participle and "by" dates the blow, not the help', async (t) => {
  t.equal(findTimeframe('I will also visit the regions hit by the wildfires this summer', '2025-10-13'), null)
  t.equal(findTimeframe('we will help the regions affected by the floods this year', '2025-10-13'), null)
  t.equal(findTimeframe('we will help the farmers who lost their harvest this year', '2025-10-13'), null, 'as after a past relative clause')
  t.same(findTimeframe('we will help the regions that will be hit by storms this winter', '2025-10-13'), { text: 'this winter', date: '2025-12-01' }, 'a "be" governs the participle')
  t.same(findTimeframe('we will complete the work this year', '2025-10-13'), { text: 'this year', date: null })
  t.same(findTimeframe('we will present the plan drafted by our services this summer', '2025-05-13'), { text: 'this summer', date: '2025-06-01' }, 'a summer to come is no blow past')
})

test('"concerned" and "involved" after their noun are adjectives, no participle: the phrase after them is the pledge\'s time', async (t) => {
  t.same(findTimeframe('I will travel to the Member States concerned in the autumn to discuss the follow-up', '2025-07-08'), { text: 'in the autumn', date: '2025-09-01' })
  t.same(findTimeframe('we will launch infringement proceedings against the Member States concerned by the end of the year', '2025-07-08'), { text: 'by the end of the year', date: '2025-12-31' })
  t.same(findTimeframe('the Commission will contact the authorities involved within two weeks', '2025-04-01')?.text, 'within two weeks')
  t.equal(findTimeframe('we will present a report on the reforms completed by June', '2025-03-14'), null, 'another participle still dates its own event')
})

test('"on" or "in" at the end of a past relative clause, or after a participle and "by", dates an event already over', async (t) => {
  t.equal(findTimeframe('we will support farmers who suffered losses in September', '2025-11-12'), null)
  t.equal(findTimeframe('we will support farmers affected by the floods in October 2025', '2025-11-12'), null)
  t.equal(findTimeframe('the rules, which were adopted in June, will apply', '2025-11-12'), null)
  t.same(findTimeframe('Member States that received funding will report in June', '2025-11-12'), { text: 'in June', date: '2026-06-01' }, 'a modal opens the main clause')
  t.same(findTimeframe('regions that will be affected by the storms in December', '2025-11-12'), { text: 'in December', date: '2025-12-01' }, 'a future relative clause')
  t.same(findTimeframe('we will support farmers who suffered losses and will present proposals in December', '2025-11-12'), { text: 'in December', date: '2025-12-01' },
    'the phrase of a modal after the relative clause')
})

test('"today" or "this morning" at the end of a past relative clause dates it, not the pledge', async (t) => {
  t.equal(findTimeframe('I will reply in writing to the questions I could not answer today', '2025-05-06'), null)
  t.equal(findTimeframe('the Commission will reply to the questions that we did not cover today', '2025-05-06'), null)
  t.equal(findTimeframe('I will answer the questions that were raised this morning in writing', '2025-05-06'), null)
  t.equal(findTimeframe('As Secretary General Rutte said this morning, we will defend every inch of Allied territory', '2025-05-06'), null, 'after a reporting verb in the past')
  t.same(findTimeframe('we will sign the agreement that we negotiated and present it today', '2025-05-06'), { text: 'today', date: '2025-05-06' }, 'a verb after the relative clause')
  t.same(findTimeframe('Members who could not attend will vote today', '2025-05-06'), { text: 'today', date: '2025-05-06' }, 'a modal opens the main clause')
})

test('a noun ending like a participle ("assessment", "management") dates nothing past', async (t) => {
  t.same(findTimeframe('we will present an updated assessment in the coming weeks', '2025-06-26')?.text, 'in the coming weeks')
  t.same(findTimeframe('EUR 3 billion for border management in 2025 and 2026', '2025-05-12')?.text, 'in 2025 and 2026')
})

test('quarters and halves without a year, "end-Q2", "by the end of next month or week", and "by mid-September" resolve', async (t) => {
  t.same(findTimeframe('we will launch the auction in Q3', '2026-01-14'), { text: 'in Q3', date: '2026-07-01' })
  t.same(findTimeframe('we will report by end of Q2', '2026-01-14'), { text: 'by end of Q2', date: '2026-06-30' })
  t.same(findTimeframe('we will report in H2', '2026-01-14'), { text: 'in H2', date: '2026-07-01' })
  t.same(findTimeframe('we will decide by the end of next month', '2025-12-10'), { text: 'by the end of next month', date: '2026-01-31' })
  t.same(findTimeframe('we will decide by the end of next week', '2025-06-26'), { text: 'by the end of next week', date: '2025-07-06' })
  t.same(findTimeframe('we will table it by mid-September', '2025-06-26'), { text: 'by mid-September', date: '2025-09-15' })
  t.same(findTimeframe('we will table it by late September', '2025-06-26'), { text: 'by late September', date: '2025-09-30' })
})

test('the travel trade\'s season is the season, also with its year before it, and "the start of" a season is before it', async (t) => {
  t.same(findTimeframe('we will publish the guidelines ahead of the summer season', '2024-01-09'), { text: 'ahead of the summer season', date: '2024-06-01' })
  t.same(findTimeframe('we will publish them before the summer holiday season', '2024-01-09'), { text: 'before the summer holiday season', date: '2024-06-01' }, 'the holiday season is no institutions\' break')
  t.same(findTimeframe('we will publish them before the start of the summer', '2024-01-09'), { text: 'before the start of the summer', date: '2024-06-01' })
  t.same(findTimeframe('we will connect the resorts at the beginning of the winter season', '2024-10-09'), { text: 'at the beginning of the winter season', date: '2024-12-01' })
  t.same(findTimeframe('we will publish them ahead of the 2025 summer season', '2024-10-09'), { text: 'ahead of the 2025 summer season', date: '2025-06-01' })
  t.same(findTimeframe('a report by the end of the 2025 winter season', '2024-10-09'), { text: 'by the end of the 2025 winter season', date: '2026-02-28' }, 'a deadline: its last day')
  t.equal(findTimeframe('we will build on the 2025 summer season', '2025-10-09'), null, 'no preposition of time before it')
})

test('seasons with "over", "after" and "by the end of", and meetings to come without a date', async (t) => {
  t.same(findTimeframe('we will work on it over the summer', '2025-06-26'), { text: 'over the summer', date: '2025-06-01' })
  t.same(findTimeframe('we will hold a summit in the autumn', '2025-10-09'), { text: 'in the autumn', date: '2025-09-01' }, 'the season under way')
  t.same(findTimeframe('a report by the end of the summer', '2025-07-09'), { text: 'by the end of the summer', date: '2025-08-31' }, 'its end, this summer')
  t.same(findTimeframe('a report in the summer', '2025-10-09'), { text: 'in the summer', date: '2026-06-01' }, 'a season over: next year\'s')
  t.same(findTimeframe('we will present it after the summer', '2025-06-26'), { text: 'after the summer', date: '2025-09-01' })
  t.same(findTimeframe('we will decide by the end of the summer', '2025-06-26'), { text: 'by the end of the summer', date: '2025-08-31' })
  t.same(findTimeframe('we will conclude it by the autumn', '2023-07-13'), { text: 'by the autumn', date: '2023-11-30' }, 'a deadline: the season\'s last day, as "by June"')
  t.same(findTimeframe('we will conclude it by the summer', '2023-07-13'), { text: 'by the summer', date: '2023-08-31' }, 'the summer under way')
  t.same(findTimeframe('we will conclude it by the winter', '2025-01-20'), { text: 'by the winter', date: '2025-02-28' }, 'the winter under way')
  t.same(findTimeframe('we will conclude it before the summer', '2023-07-13'), { text: 'before the summer', date: '2024-06-01' }, 'a summer begun is no longer ahead')
  t.same(findTimeframe('we will conclude it before the summer break', '2025-07-14'), { text: 'before the summer break', date: '2025-08-01' }, 'the break is August: this year\'s, in July')
  t.same(findTimeframe('we will conclude it before the summer recess', '2025-06-03'), { text: 'before the summer recess', date: '2025-08-01' }, 'not the summer begun two days before')
  t.same(findTimeframe('we will conclude it by the summer break', '2025-09-02'), { text: 'by the summer break', date: '2026-07-31' }, 'a break over: next year\'s')
  t.same(findTimeframe('we will present it after the summer break', '2025-08-20'), { text: 'after the summer break', date: '2025-09-01' })
  t.same(findTimeframe('we will present it in autumn', '2025-06-26'), { text: 'in autumn', date: '2025-09-01' })
  t.same(findTimeframe('we will agree by the next European Council', '2025-06-26'), { text: 'by the next European Council', date: null })
  t.same(findTimeframe('we will submit it ahead of COP30', '2025-06-26'), { text: 'ahead of COP30', date: null })
  t.same(findTimeframe('we will conclude it before the World Health Assembly in May', '2024-04-10'), { text: 'before the World Health Assembly in May', date: '2024-05-31' }, 'any named meeting, as a summit')
  t.same(findTimeframe('we will act ahead of the UN High-Level Meeting on non-communicable diseases in September', '2025-05-19'), { text: 'ahead of the UN High-Level Meeting on non-communicable diseases in September', date: '2025-09-30' })
  t.same(findTimeframe('we will conclude it ahead of the World Health Assembly', '2024-04-10'), { text: 'ahead of the World Health Assembly', date: null })
  t.same(findTimeframe('we will present it before the European Council on 20 March', '2025-01-10'), { text: 'on 20 March', date: '2025-03-20' }, 'a dated phrase after the meeting wins')
})

test('a meeting named by its edition, an ordinal or a number, is a time frame without a date, also after "at"', async (t) => {
  t.same(findTimeframe('we will agree on the reform at the 14th Ministerial Conference', '2025-06-26'), { text: 'at the 14th Ministerial Conference', date: null })
  t.same(findTimeframe('we will submit our plan by the 29th Conference of the Parties', '2024-03-12'), { text: 'by the 29th Conference of the Parties', date: null })
  t.same(findTimeframe('we will present our contribution at COP29', '2024-03-12'), { text: 'at COP29', date: null })
  t.same(findTimeframe('we will conclude the talks ahead of the 13th WTO Ministerial Conference (MC13).', '2023-11-20'),
    { text: 'ahead of the 13th WTO Ministerial Conference (MC13)', date: null }, 'with the acronym of its number')
  t.same(findTimeframe('we will sign it at the third EU-CELAC Summit', '2025-06-26'), { text: 'at the third EU-CELAC Summit', date: null })
  t.same(findTimeframe('we will report at the 80th session of the UN General Assembly', '2025-06-26'), { text: 'at the 80th session of the UN General Assembly', date: null })
  t.same(findTimeframe('we will sign it at the 3rd meeting of the Association Council in Rabat on 12 May', '2025-01-10'), { text: 'on 12 May', date: '2025-05-12' }, 'a dated phrase after the meeting wins')
  t.equal(findTimeframe('As agreed at COP28, we will triple renewable energy capacity', '2024-03-12'), null, 'a meeting past, after its participle')
  t.equal(findTimeframe('we will act at the conference', '2024-03-12'), null, 'no edition: "at" may name one past')
})

test('"the day after tomorrow", "within a fortnight", "two years from now" and "through 2027" resolve', async (t) => {
  t.same(findTimeframe('we will sign it the day after tomorrow', '2026-01-14'), { text: 'the day after tomorrow', date: '2026-01-16' })
  t.same(findTimeframe('we will reply within a fortnight', '2026-01-14'), { text: 'within a fortnight', date: '2026-01-28' })
  t.same(findTimeframe('we will have it two years from now', '2026-01-14'), { text: 'two years from now', date: '2028-01-14' })
  t.same(findTimeframe('we will fund it through 2027', '2026-01-14'), { text: 'through 2027', date: '2027-12-31' })
})

test('months and years later stop at the last day of a shorter month', async (t) => {
  t.same(findTimeframe('we will decide within a month', '2025-01-31'), { text: 'within a month', date: '2025-02-28' })
  t.same(findTimeframe('we will decide within four months', '2024-10-29'), { text: 'within four months', date: '2025-02-28' })
  t.same(findTimeframe('we will decide within a year', '2024-02-29'), { text: 'within a year', date: '2025-02-28' })
  t.same(findTimeframe('we will decide within three months', '2023-07-12'), { text: 'within three months', date: '2023-10-12' })
})

test('working days count Monday to Friday', async (t) => {
  // 5 December 2025 is a Friday.
  t.same(findTimeframe('adopt its decision within 60 working days', '2025-12-05'), { text: 'within 60 working days', date: '2026-02-27' })
  t.same(findTimeframe('within 5 business days', '2025-12-05'), { text: 'within 5 business days', date: '2025-12-12' })
  t.same(findTimeframe('within 30 calendar days', '2025-12-05'), { text: 'within 30 calendar days', date: '2026-01-04' })
  t.same(findTimeframe('within 60 working days of receipt', '2025-12-05'), { text: 'within 60 working days of receipt', date: null })
})

test('figures are a date only after a preposition', async (t) => {
  t.equal(findTimeframe('we will use version 2.1.2024 of the software', DATE), null)
})

test('a bare year right before a deadline is the period a noun covers, the deadline the pledge\'s: "a report on the actions of the CPC Network in 2025 by the end of the year"', async (t) => {
  const at = (sentence: string): unknown => findTimeframe(sentence, '2025-05-14')
  t.same(at('The Commission will publish a report on the results of the coordinated actions of the CPC Network in 2025 by the end of the year'),
    { text: 'by the end of the year', date: '2025-12-31' })
  t.same(at('publish a report on the actions in 2026 no later than 31 March 2027'), { text: 'no later than 31 March 2027', date: '2027-03-31' })
  t.same(at('launch a coordinated action in 2025'), { text: 'in 2025', date: '2025-01-01' })
  t.same(at('launch it in 2025, by the end of the year'), { text: 'in 2025', date: '2025-01-01' }, 'set off by a comma, the year is the pledge\'s')
  t.same(at('report in 2025 on the results by June'), { text: 'in 2025', date: '2025-01-01' }, 'words between: the year is the pledge\'s')
})

test('a year inside "our/the 2030 target" after reach, meet or achieve is the pledge\'s deadline, as "by 2030" is', async (t) => {
  // Near-misses first: a year that names a goal with no verb of reaching it times nothing.
  t.equal(findTimeframe('we will present the 2030 climate target plan', DATE), null, 'a plan about the target')
  t.equal(findTimeframe('we will implement the 2030 Agenda for Sustainable Development', DATE), null)
  t.equal(findTimeframe('we will review the 2030 targets next year', DATE)?.text, 'next year', 'reviewing is no reaching')
  t.same(findTimeframe('we must achieve our climate targets by 2030', DATE), { text: 'by 2030', date: '2030-12-31' }, 'as before')
  t.equal(findTimeframe('we have reached our 2020 target', DATE), null, 'a past year')
  t.same(findTimeframe('We must reach our 2030 target of lifting at least 15 million people out of poverty', DATE), { text: 'our 2030 target', date: '2030-12-31' })
  t.same(findTimeframe('we will meet the 2030 renewable energy targets', DATE), { text: 'the 2030 renewable energy targets', date: '2030-12-31' })
  t.same(findTimeframe('we are on track to achieving our 2040 climate goal', DATE), { text: 'our 2040 climate goal', date: '2040-12-31' })
})

test('how often a pledged act recurs is its time frame, with no date, and a dated phrase after it wins: "every six months"', async (t) => {
  t.same(findTimeframe('report to the European Parliament and the Council every six months', '2025-09-09'), { text: 'every six months', date: null })
  t.same(findTimeframe('review the list annually', '2025-09-09'), { text: 'annually', date: null })
  t.same(findTimeframe('meet twice a year', '2025-09-09'), { text: 'twice a year', date: null })
  t.same(findTimeframe('report every year from 2026', '2025-09-09'), { text: 'from 2026', date: '2026-01-01' })
  t.equal(findTimeframe('stand by Ukraine every step of the way', '2025-09-09'), null, 'no unit of time')
})
