import { test } from 'tap'
import { commitmentsOf, run } from './helpers.js'

test('a clause that ends before a condition leaves its "and" out: "..., and if prices fall, we will act"', async (t) => {
  t.same(commitmentsOf('We will not leave farmers alone, and if prices fall, we will act.').map((c) => c.clause.text), ['We will not leave farmers alone', 'we will act'])
})

test('a condition set off by commas after the verb ends no clause: "will develop, where appropriate, a methodology"', async (t) => {
  const clauses = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.clause.text)
  // Near-misses that still end the clause.
  t.same(clauses('The Commission will act, where necessary.'), ['The Commission will act'], 'a condition that closes the sentence')
  t.same(clauses('The Commission will develop new rules, where appropriate measures are lacking.'), ['The Commission will develop new rules'], 'a clause of place, no comma after its word')
  t.same(clauses('The Commission will develop new rules, if needed by the Member States.'), ['The Commission will develop new rules'], 'a longer condition')
  t.same(clauses('The Commission will develop new rules if needed, and present them.'), ['The Commission will develop new rules'], 'no comma before it')
  t.same(clauses('The Commission will present a report and will develop, together with the Member States, a methodology.'),
    ['The Commission will present a report', 'will develop, together with the Member States, a methodology'])
  // The fix.
  t.same(clauses('The Commission will present a report and will develop, where appropriate, a methodology.'),
    ['The Commission will present a report', 'will develop, where appropriate, a methodology'])
  t.same(clauses('The Commission will develop, if needed, new rules.'), ['The Commission will develop, if needed, new rules'])
  t.same(clauses('The Commission will issue, as appropriate, guidance to the Member States.'), ['The Commission will issue, as appropriate, guidance to the Member States'])
  t.same(clauses('We will review the rules, where possible, by 2026.'), ['We will review the rules, where possible, by 2026'])
  t.same(clauses('We will review the rules, where feasible, by 2026.'), ['We will review the rules, where feasible, by 2026'],
    'the adjectives an elliptic condition ends on are the time-frame rule\'s ("if needed by the end of 2025")')
})

test('a clause keeps the closing bracket of a bracket it opened: "at the next Foreign Affairs Council (Trade)"', async (t) => {
  t.same(commitmentsOf('We will brief the ministers at the next Foreign Affairs Council (Trade).').map((c) => c.clause.text), ['We will brief the ministers at the next Foreign Affairs Council (Trade)'])
  t.same(commitmentsOf('(We will brief the ministers.)').map((c) => c.clause.text), ['We will brief the ministers'], 'not one opened before it')
})

test('the colon of a web address ends no clause: "at https://..."', async (t) => {
  t.same(commitmentsOf('The Commission will publish the list at https://example.eu/list by 2024.').map((c) => [c.clause.text, c.timeframe?.text]), [['The Commission will publish the list at https://example.eu/list by 2024', 'by 2024']])
  t.same(commitmentsOf('We will act: we will open the zone.').map((c) => c.clause.text), ['We will act', 'we will open the zone'], 'a colon still ends a clause')
})

test('the colon of a time of day ends no clause: "at a press conference at around 13:30"', async (t) => {
  const clauses = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.clause.text)
  // Near-misses first: colons that still end a clause.
  t.same(clauses('We will act under Article 5: we will open the zone.'), ['We will act under Article 5', 'we will open the zone'], 'a figure before a colon and a space')
  t.same(clauses('The Commission will present two acts in 2026:2 on steel.'), ['The Commission will present two acts in 2026'], 'four figures are no minutes')
  // The fix.
  t.same(clauses('The Commission will present the strategy at a press conference at around 13:30.'), ['The Commission will present the strategy at a press conference at around 13:30'])
  t.same(clauses('We will meet the press at 9:00 and present the plan.'), ['We will meet the press at 9:00 and present the plan'])
})

test('a "but" joining two adjectives after an article, or two adverbs, ends no clause: "in a firm but fair manner"', async (t) => {
  const clauses = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.clause.text)
  // Near-misses that still end the clause: a new subject, a verb after the object, a determiner after the verb.
  t.same(clauses('We will act quickly but we will not rush.'), ['We will act quickly', 'we will not rush'])
  t.same(clauses('We will take a decision but reserve the right to act.'), ['We will take a decision'])
  t.same(clauses('We will support Ukraine but the Council must decide.'), ['We will support Ukraine'])
  t.same(clauses('We will not only support Ukraine but also rebuild it.'), ['We will not only support Ukraine'])
  t.same(clauses('We will build a strategy that is not a game but a plan.'), ['We will build a strategy that is not a game'])
  // The fix.
  t.same(clauses('We will continue to enforce the DMA in a firm but fair manner.'), ['We will continue to enforce the DMA in a firm but fair manner'])
  t.same(clauses('We will take a small but important step towards peace.'), ['We will take a small but important step towards peace'])
  t.same(clauses('We will act quickly but carefully.'), ['We will act quickly but carefully'])
})

test('a comma before the next item of a list of means ends no clause: "by sending requests, conducting interviews"', async (t) => {
  const clauses = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.clause.text)
  // Near-misses: a participial clause after a comma with no "by ...ing" before it still ends the clause.
  t.same(clauses('We will keep the pressure on Russia, answering Belarus\' role.'), ['We will keep the pressure on Russia'])
  t.same(clauses('We will support farmers with new aid, ensuring fair prices.'), ['We will support farmers with new aid'])
  // The fix.
  t.same(clauses('The Commission will continue to gather evidence, for example by sending additional requests for information, conducting interviews or inspections.'),
    ['The Commission will continue to gather evidence, for example by sending additional requests for information, conducting interviews or inspections'])
})

test('one sentence holds two clauses after "but"', async (t) => {
  const commitments = commitmentsOf('We will protect our workers, but we want to keep trade open.')
  t.same(commitments.map((c) => [c.clausePosition, c.clause.text]), [[1, 'We will protect our workers'], [2, 'we want to keep trade open']])
})

test('"and where we will" starts a committing clause after an ability clause', async (t) => {
  const commitments = commitmentsOf('This is a field where we can work closer together and where we will intensify the cooperation.')
  t.same(commitments.map((c) => c.clause.text), ['we will intensify the cooperation'])
})

test('a "that" complement clause starts at its subject', async (t) => {
  t.equal(commitmentsOf('The first one is that we will further intensify our work on terrorism.')[0]?.clause.text, 'we will further intensify our work on terrorism')
})

test('sentence and clause spans slice the source text exactly', async (t) => {
  const { doc, commitments } = run([
    ['Dear friends, we are here.', 'We will deepen our cooperation and expand it.'],
    ['And of course, we will discuss this tomorrow with you, Jens, when you will be visiting.']
  ])
  t.equal(commitments.length, 2)
  for (const c of commitments) {
    t.equal(doc.sourceText.slice(c.start, c.end), c.text)
    t.equal(doc.sourceText.slice(c.clause.start, c.clause.end), c.clause.text)
  }
  t.match(commitments[1], { paragraphPosition: 2, sentencePosition: 1, clausePosition: 1 })
})

test('the sentence keeps the whole text while the clause is the committing part', async (t) => {
  const [c] = commitmentsOf('Of course, we will strengthen our resilience.')
  t.equal(c?.text, 'Of course, we will strengthen our resilience.')
  t.equal(c?.clause.text, 'we will strengthen our resilience')
})

test('topics come from the sentence through the matcher', async (t) => {
  const topics = (text: string): Array<{ slug: string, score: number, evidence: string[] }> =>
    /sanctions/.test(text) ? [{ slug: 'sanctions', score: 1, evidence: ['sanctions'] }] : []
  t.same(commitmentsOf('We will extend these sanctions.', { topics })[0]?.topicSlugs, ['sanctions'])
  t.same(commitmentsOf('We will extend our support.', { topics })[0]?.topicSlugs, [])
})

test('the time frame of the clause resolves against the document date', async (t) => {
  t.same(commitmentsOf('We will discuss this and much more tomorrow with you.')[0]?.timeframe, { text: 'tomorrow', date: '2023-01-11' })
})

test('a leading time adverbial belongs to the clause after it', async (t) => {
  t.same(commitmentsOf('By the end of 2023, we will present a proposal.')[0]?.timeframe, { text: 'By the end of 2023', date: '2023-12-31' })
})

test('a time frame in another clause of the sentence is not borrowed', async (t) => {
  const commitments = commitmentsOf('We will act now, but we want to finish the work by 2030.')
  t.same(commitments.map((c) => c.timeframe?.text ?? null), [null, 'by 2030'])
})

test('", and that" after a reported clause, or ", while" and a subject, opens another clause whose time is its own', async (t) => {
  const found = (sentence: string): Array<[string, string | null]> => commitmentsOf(sentence).map((c) => [c.action, c.timeframe?.text ?? null])
  t.same(found('She said that the EU would continue its support, and that Ukraine hoped to finish the screening by the end of the year.'), [['continue', null]])
  t.same(found('She said that the EU would continue its support, while Ukraine planned to finish the screening by the end of the year.'), [['continue', null]])
  t.same(found('We will continue our support, while keeping the pressure on Russia until the end of the year.'), [['continue', 'until the end of the year']],
    'a participle has no subject of its own')
  t.same(found('We will make sure that farmers get support, and that payments arrive by June.'), [['make sure', 'by June']], 'a second "that" of the pledge\'s own object')
})

test('"and" and the reporter\'s next verb in the past ends a reported pledge: "... would not accept it and urged Russia to ..."', async (t) => {
  const found = (sentence: string): Array<[string, string[], string | null]> => commitmentsOf(sentence).map((c) => [c.clause.text, c.targetIds, c.timeframe?.text ?? null])
  t.same(found('The President stressed that the EU would not accept the restrictions and urged Russia to lift them by June.'),
    [['the EU would not accept the restrictions', [], null]], 'the one urged is no target, and the deadline is theirs')
  t.same(found('She said that the EU would continue its support and called on Belarus to release the prisoners.'), [['the EU would continue its support', [], null]])
  t.same(found('She said that the EU would continue its support and welcomed Ukraine\'s reforms.'), [['the EU would continue its support', [], null]])
})

test('confidence stays within 0 and 1 and is lower for a weaker modal', async (t) => {
  const [strong] = commitmentsOf('We will present a plan.')
  const [weak] = commitmentsOf('We should present a plan.')
  for (const c of [strong, weak]) t.ok((c?.confidence ?? -1) >= 0 && (c?.confidence ?? 2) <= 1)
  t.ok((weak?.confidence ?? 1) < (strong?.confidence ?? 0))
})

test('a closing quotation mark ends the clause', async (t) => {
  const [c] = commitmentsOf('President Juncker added that "we want to conclude these negotiations before the end of this year" for which we have a mandate.')
  t.equal(c?.clause.text, 'we want to conclude these negotiations before the end of this year')
})

test('"and" before another modal phrase ends the clause', async (t) => {
  t.same(commitmentsOf('The EU will review its relations with Georgia and stands ready to take further measures.').map((c) => [c.action, c.object]),
    [['review', 'its relations with Georgia'], ['take', 'further measures']])
  t.same(commitmentsOf('We will protect our workers and remain committed to free trade.').map((c) => c.object)[0], 'our workers')
})

test('an object after an aside starts after its comma', async (t) => {
  t.equal(commitmentsOf('We will present, by the end of the year, a new strategy.')[0]?.object, 'by the end of the year, a new strategy')
})

test('a quotation opened inside the clause does not end it', async (t) => {
  t.equal(commitmentsOf('The EU will never recognise these sham "elections" or their results.')[0]?.object, 'these sham "elections" or their results')
  t.equal(commitmentsOf('We will defend the “rules-based order” and our values.')[0]?.object, 'the “rules-based order” and our values')
  const [quoted] = commitmentsOf('“We will act,” she said, “and we will be firm.”')
  t.equal(quoted?.clause.text, 'We will act', 'a quotation opened before the clause still ends it')
})

test('a clause set off by ", which" ends at its closing comma', async (t) => {
  const [commitment] = commitmentsOf('The package, which we will present tomorrow, includes new sanctions.')
  t.equal(commitment?.clause.text, 'we will present tomorrow')
  t.same(commitment?.timeframe, { text: 'tomorrow', date: '2023-01-11' })
  t.equal(commitmentsOf('We will present the package, which includes new sanctions, tomorrow.')[0]?.clause.text,
    'We will present the package', 'a ", which" after the object ends the clause there, as before')
})

test('an aside between the modal and its verb is read past', async (t) => {
  const found = (sentence: string): Array<[string, string]> => commitmentsOf(sentence).map((c) => [c.action, c.object])
  t.same(found('The Commission will, in the coming weeks, present a proposal.'), [['present', 'a proposal']])
  t.equal(commitmentsOf('The Commission will, in the coming weeks, present a proposal.')[0]?.timeframe?.text, 'in the coming weeks')
  t.same(found('We will therefore, together with our partners, step up our efforts.'), [['step up', 'our efforts']])
  t.same(found('We will – together with our partners – step up our efforts.'), [['step up', 'our efforts']])
  t.same(found('We will, of course, continue our support.'), [['continue', 'our support']], 'as before')
  t.equal(commitmentsOf('We will, however, not accept this.')[0]?.polarity, 'negative')
})

test('an adverbial phrase of several words between the modal and its verb is read whole: "will in any case support Ukraine"', async (t) => {
  const found = (sentence: string): Array<[string, string[]]> => commitmentsOf(sentence).map((c) => [c.action, c.targetIds])
  t.same(found('We will in any case support Ukraine.'), [['support', ['ukraine']]])
  t.same(found('We will in principle open accession negotiations.'), [['open', []]])
  t.same(found('We will at the same time support Ukraine.'), [['support', ['ukraine']]])
  t.same(found('We will by all means support Ukraine.'), [['support', ['ukraine']]])
  t.same(found('The Commission in the coming weeks will present a proposal.').map(([action]) => action), ['present'], 'between the subject and the modal')
})

test('", and" with a subject of its own before a modal starts another clause, whose time frame is its own', async (t) => {
  const found = (sentence: string): Array<[string, string, string | null]> => commitmentsOf(sentence).map((c) => [c.clause.text, c.object, c.timeframe?.text ?? null])
  t.same(found('We will invest in energy, and our partners will do the same by 2030.'), [['We will invest in energy', 'in energy', null]])
  t.same(found('We will mobilise assistance, and EU humanitarian experts will be deployed within 48 hours.'), [['We will mobilise assistance', 'assistance', null]])
  t.same(found('That is why we need to build a drone wall, and why the Commission will present a roadmap.').map(([clause]) => clause),
    ['we need to build a drone wall', 'the Commission will present a roadmap'], '", and why" ends the first clause')
  t.same(found('We will present a proposal, which will include new rules, by the end of the year.'), [['We will present a proposal', 'a proposal', 'by the end of the year']],
    'after a relative clause the time is still the main clause\'s')
  t.same(found('We will keep the pressure on Russia and the EU will adopt new sanctions in November.'),
    [['We will keep the pressure on Russia', 'the pressure on Russia', null], ['the EU will adopt new sanctions in November', 'new sanctions in November', 'in November']],
    'without a comma, "and" and a name before a modal')
  t.same(commitmentsOf('We must remove export bans, and the United States and the United Kingdom should lift their restrictions.').map((c) => [c.clause.text, c.targetIds]),
    [['We must remove export bans', []]], 'two subjects joined by "and" open a clause of their own, and the first is no target')
  t.same(found('We will donate doses and the United States and Japan will do the same next year.'), [['We will donate doses', 'doses', null]], 'also without a comma')
  t.same(found('We will cut red tape, and by the end of 2026 we will reduce the time to grant.'),
    [['We will cut red tape', 'red tape', null], ['we will reduce the time to grant', 'the time to grant', 'by the end of 2026']], '"and", a time phrase, a pronoun and a modal')
  t.same(found('We need to restore trust in vaccines, and within six months, the Commission will present a recommendation.'),
    [['We need to restore trust in vaccines', 'trust in vaccines', null], ['the Commission will present a recommendation', 'a recommendation', 'within six months']],
    'a time phrase set off by commas before another subject')
  t.same(found('We will cut red tape, and by the end of 2026, we will reduce the time to grant.').map(([, , time]) => time), [null, 'by the end of 2026'], 'or before a pronoun')
  t.same(commitmentsOf('The Commission will support remembrance projects, and by the end of 2025 it will present a report.').map((c) => [c.clause.text, c.holderIds, c.timeframe?.text ?? null]),
    [['The Commission will support remembrance projects', ['european-commission'], null], ['it will present a report', ['european-commission'], 'by the end of 2025']],
    'a time phrase before "it", which stands for the subject before')
  t.same(found('The Commission will present a proposal on packaging and on the recycled content of bottles, and it will work with industry.').map(([clause]) => clause),
    ['The Commission will present a proposal on packaging and on the recycled content of bottles', 'it will work with industry'], 'not an object\'s last part')
  t.same(found('We will support farmers and fishermen in the coming weeks.').map(([clause]) => clause), ['We will support farmers and fishermen in the coming weeks'], 'no modal after the name')
  t.same(found('We will continue our reforms, and the EU looks forward to the summit next year.'),
    [['We will continue our reforms', 'our reforms', null], ['the EU looks forward to the summit next year', 'the summit next year', 'next year']],
    'a modal that takes "to" after the subject: "looks forward to", "wants to", "aims to"')
  t.same(found('We will invest in energy, and the Commission wants to host the summit next year.'),
    [['We will invest in energy', 'in energy', null], ['the Commission wants to host the summit next year', 'the summit next year', 'next year']])
})

test('"and we will" with no verb repeats the clause before\'s verb and object: "We have to do better, and we will"', async (t) => {
  const found = (sentence: string): Array<[string, string, string, string, string | null]> =>
    commitmentsOf(sentence).map((c) => [c.modality, c.clause.text, c.action, c.object, c.timeframe?.text ?? null])
  t.same(found('We have to do better, and we will.'), [['obligation', 'We have to do better', 'do', 'better', null], ['commitment', 'we will', 'do', 'better', null]])
  t.same(found('We need to reform the single market, and we shall, by the end of the year.').at(-1), ['commitment', 'we shall, by the end of the year', 'reform', 'the single market', 'by the end of the year'],
    'an aside to the end is no verb')
  t.same(found('We have to finish the screening by June, and we will.').at(-1), ['commitment', 'we will', 'finish', 'the screening by June', 'by June'], 'with the time of its object')
  t.same(found('We must act, and we will, together with our partners.').map(([, , action]) => action), ['act', 'act'])
  t.same(found('We must not fail, and we will.').map(([, , action]) => action), ['fail'], 'not a negated verb')
  t.same(found('We will, together with our partners.'), [], 'no clause before: no action')
  t.same(found('We will, in the coming months, present a plan.').map(([, , action]) => action), ['present'], 'an aside before the verb')
  t.same(found('We can, and we will, do more.').map(([, , action]) => action), ['do'], 'a verb after the comma')
  t.same(found('The Commission will monitor it closely and will.').map(([, , action]) => action), ['monitor'], 'not with no subject of its own')
})

test('"and we will" with no verb after an ability repeats its verb and object: "We can do better, and we will"', async (t) => {
  const found = (sentence: string, paragraph: string[] = []): Array<[string, string, string[], string, string]> =>
    run([[...paragraph, sentence]], { speaker: null, metadata: { type: 'press_release' } }).commitments.slice(paragraph.length)
      .map((c) => [c.modality, c.clause.text, c.holderIds, c.action, c.object])
  t.same(found('We can talk, but we will not agree.'), [['commitment', 'we will not agree', ['european-commission'], 'agree', '']], 'a verb of its own')
  t.same(found('It can wait, and it will.', ['The Commission will present the plan.']), [], 'what a thing does')
  t.same(found('The Member States can act, and we will.'), [], 'another subject\'s ability')
  t.same(found('We cannot do it alone, and we will not.'), [], 'no ability')
  t.same(found('We can be proud, and we will.'), [], 'no action')
  t.same(found('We can, and we will, do more.').map(([, , , action]) => action), ['do'], 'a verb after the comma')
  t.same(found('But the Commission can help, and it will.'), [['commitment', 'it will', ['european-commission'], 'help', '']])
  t.same(found('We can do better, and we will.'), [['commitment', 'we will', ['european-commission'], 'do', 'better']])
  t.same(found('We can do better and we will.'), [['commitment', 'we will', ['european-commission'], 'do', 'better']])
  t.same(run([['We can finish the screening by June, and we will.']], { speaker: null, metadata: { type: 'press_release' } }).commitments.map((c) => c.timeframe?.text), ['by June'], 'with the time of its object')
})

test('a time phrase opening the sentence is every joined clause\'s: "In 2026 we will ... and we will ..."', async (t) => {
  const found = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  t.same(found('In 2026 we will connect the grids and we will open the zone.'), ['In 2026', 'In 2026'])
  t.same(found('Next year, we will connect the grids, we will open the zone and we will double our investment.'), ['Next year', 'Next year', 'Next year'])
  t.same(found('Our priorities for next year are clear: we will connect the grids; we will open the zone.'), ['next year', 'next year'], 'a lead-in before a colon')
  t.same(found('Next month we will present the plan, and we will adopt the law in 2027.'), ['Next month', 'in 2027'], 'a clause with a time of its own keeps it')
  t.same(found('In 2026 we will connect the grids, which will mean that we will open the zone.'), ['In 2026', null], 'not through other words')
  t.same(found('Last year we doubled our support and we will double it again.'), [null], 'the opening is a past clause\'s')
  t.same(found('By the end of the year, the Commission will present a proposal and it will launch a consultation.'), ['By the end of the year', 'By the end of the year'], '"it" for the subject')
  t.same(found('Tomorrow, the Commission will present new goals, and I look forward to discussing them with you.'), ['Tomorrow', null], 'another subject')
  t.same(found('On Monday, the Commission will publish the report and will present it to ministers.'), ['On Monday', 'On Monday'], 'the subject left out')
  t.same(found('Next week, I will travel to Dublin, where I will meet the coordinators.'), ['Next week', 'Next week'], '", where" and the same subject')
  t.same(found('Next month, I will travel to Kyiv, where we will meet the government.'), ['Next month', 'Next month'], '", where" and a "we" that holds the "I"')
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  t.same(commitmentsOf('On Monday, President von der Leyen will travel to Cairo, where she will meet the minister, and she will open the forum.', { extraActors: [president] })
    .map((c) => c.timeframe?.text ?? null), ['On Monday', 'On Monday', 'On Monday'], '"she" for the person')
  t.same(found('In 2026 we will connect the grids, where the Commission will open an office.'), ['In 2026', null], '", where" and another subject')
})

test('a clause after ", where" with the same subject takes the time written in the clause before: "will travel to Cairo in June, where she will meet"', async (t) => {
  const found = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  t.same(found('I will travel to Nouakchott next week, where I will sign the agreement.'), ['next week', 'next week'])
  t.same(found('I will travel to Nouakchott next week, where we will sign the agreement.'), ['next week', 'next week'], 'a "we" that holds the "I"')
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  t.same(commitmentsOf('President von der Leyen will travel to Cairo in June, where she will meet the minister.', { extraActors: [president] })
    .map((c) => c.timeframe?.text ?? null), ['in June', 'in June'], '"she" for the person')
  t.same(commitmentsOf('Commissioner Brunner will be in Rome on Monday, where he will meet the minister.', { extraActors: [{ id: 'magnus-brunner', surfaces: ['Commissioner Brunner'], type: 'person' as const, affiliationId: 'european-commission' }] })
    .map((c) => [c.action, c.timeframe?.text ?? null]), [['be', 'on Monday'], ['meet', 'on Monday']], 'a visit written "will be in"')
  t.same(found('We will connect the grids in 2026, where the Commission will open an office.'), ['in 2026', null], 'not another subject')
  t.same(found('We will connect the grids in 2026, and we will open an office.'), ['in 2026', null], 'only ", where"')
})

test('a dash ends a clause, but not one joining figures: "over 2021–2027"', async (t) => {
  const found = (sentence: string): Array<[string, string | null]> => commitmentsOf(sentence).map((c) => [c.clause.text, c.timeframe?.text ?? null])
  t.same(found('We will invest EUR 95 billion over 2021–2027.'), [['We will invest EUR 95 billion over 2021–2027', 'over 2021–2027']])
  t.same(found('We will act – and we will act fast.').map(([clause]) => clause), ['We will act', 'we will act fast'])
})

test('a time between the subject, the modal and the verb changes no one: "will tomorrow present", "today agreed to"', async (t) => {
  const found = (sentence: string): Array<[string[], string, string | null]> => commitmentsOf(sentence, { extraActors: [{ id: 'canada', surfaces: ['Canada'] }] })
    .map((c) => [c.holderIds, c.action, c.timeframe?.text ?? null])
  t.same(found('The Commission will tomorrow present a plan.'), [[['european-commission'], 'present', 'tomorrow']])
  t.same(found('The Commission will this week adopt the package.'), [[['european-commission'], 'adopt', 'this week']])
  t.same(found('The EU and Canada today agreed to deepen their cooperation.'), [[['european-union', 'canada'], 'deepen', 'today']])
})

test('a list of subjects opens its clause: the names before ", and" that end the clause before are no subject', async (t) => {
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence, { extraActors: [{ id: 'moldova', surfaces: ['Moldova'] }] }).map((c) => [c.holderIds, c.clause.text])
  t.same(found('We will stand by Moldova, and the Commission will present a report.'),
    [[['european-union'], 'We will stand by Moldova'], [['european-commission'], 'the Commission will present a report']])
  t.same(found('The Commission will support Moldova, and the EU will open negotiations.'),
    [[['european-commission'], 'The Commission will support Moldova'], [['european-union'], 'the EU will open negotiations']])
  t.same(found('Moldova hosts many refugees, and the EU will maintain its support.'), [[['european-union'], 'the EU will maintain its support']], 'a comma before the "and" of a pair')
  t.same(found('The Commission, Moldova and the EU will meet.').map(([holders]) => holders), [['european-commission', 'moldova', 'european-union']], 'a list that opens the sentence')
  t.same(found('Support for Moldova and the EU will grow.'), [], 'no clause before it: a pair inside a prepositional phrase')
})

test('a period inside the sentence, of an abbreviation, does not end the clause', async (t) => {
  const [meet] = commitmentsOf('We will meet the U.S. negotiators on Monday.')
  t.equal(meet?.object, 'the U.S. negotiators on Monday')
  const [apply] = commitmentsOf('We will apply Art. 5 of the Treaty.')
  t.equal(apply?.object, 'Art. 5 of the Treaty')
})

test('a single quotation mark after a comma closes the quoted clause; an apostrophe does not', async (t) => {
  const clause = (sentence: string): string | undefined => commitmentsOf(sentence)[0]?.clause.text
  t.equal(clause('‘We will not back down,’ said President Juncker.'), 'We will not back down')
  t.equal(clause("'We will act,' said President Juncker."), 'We will act')
  t.equal(clause('We will defend the citizens’ rights and the workers’ pay.'), 'We will defend the citizens’ rights and the workers’ pay')
})

test('a relative clause opened by "that" on a noun, with a subject and a modal or a verb of intent of its own, keeps its time', async (t) => {
  const time = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  // Near-misses first: a "that" after a verb reports what is pledged, whose time it is; a time before the relative stays.
  t.same(time('We will ensure that the new rules will apply by 2026.'), ['by 2026'])
  t.same(time('We will make sure that the Member States can apply the rules by June.'), ['by June'])
  t.same(time('The Commission will present, by June, the plan that the Council will discuss.'), ['by June'])
  t.same(time('The EU will provide equipment, in line with the status agreement that the two sides intend to negotiate in 2024.'), [null])
  t.same(time('We will release the funds that Member States will allocate in October.'), [null])
  t.same(time('We will support the projects that our partners plan to launch next year.'), [null])
})

test('a time phrase of another verb\'s clause is not the commitment\'s', async (t) => {
  const time = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  t.same(time('The new rules will apply from 1 January 2027, and the Commission will monitor their implementation.'), [null])
  t.same(time('We will coordinate on any further steps, which the Council will discuss in February.'), [null])
  t.same(time('We will support farmers who will receive their payments in October.'), [null])
  t.same(time('The Commission will work with the Council so that the rules can apply from 2026.'), [null], 'a purpose clause with its own subject')
  t.same(time('We will launch negotiations, with the aim of concluding them by mid-2026.'), [null], 'an aim\'s deadline is the aim\'s')
  t.same(time('We will launch negotiations with a view to concluding them by the end of 2025.'), [null])
  t.same(time('We will launch negotiations, aiming to conclude them by the end of 2025.'), [null])
  t.same(time('We will act quickly, although the Council will only decide in June.'), [null])
  t.same(time('The Commission will present a recommendation, and the Council is expected to decide in July.'), [null], 'another body\'s schedule')
  t.same(time('The Commission will present a proposal; the Council is due to adopt it in July.'), [null])
  t.same(time('The Commission will present a recommendation, and the Council is also expected to decide in July.'), [null], 'another body\'s schedule past an adverb')
  t.same(time('The Commission will present a proposal; the Council is now due to adopt it in July.'), [null])
  t.same(time('The Commission will market test the commitments and invites interested parties to submit comments within one month.'), [null], 'a deadline set for others')
  t.same(commitmentsOf('The Commission will review the plans, and calls on Member States to reply within two months.').map((c) => [c.clause.text, c.timeframe]),
    [['The Commission will review the plans', null]], 'the request is a clause of its own')
  t.same(time('We will invite Member States to submit their plans by June.'), ['by June'], 'the pledge\'s own request')
  t.same(time('Next week, on 18 May, the Commission will present its plan.'), ['Next week'], 'a month is no modal')
  t.same(time('By 2030, we will cut emissions.'), ['By 2030'])
})

test('a time phrase inside a condition is the condition\'s, not the pledge\'s', async (t) => {
  const time = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  t.same(time('If Member States do not act by June, the Commission will launch infringement procedures.'), [null])
  t.same(time('Unless Hungary changes its law by the end of the year, the Commission will refer it to the Court.'), [null])
  t.same(time('The Commission will refer Hungary to the Court if it does not comply within two months.'), [null])
  t.same(time('Once the Council agrees in March, we will present the plan.'), [null])
  t.same(time('We will present the plan once the Council agrees in March.'), [null], 'after the pledge too')
  t.same(time('The Commission will disburse the funds as soon as Italy submits its request, by the end of the year.'), ['by the end of the year'], 'to its comma')
  t.same(time('We will once again present the plan in June.'), ['in June'])
  t.same(time('If needed, by June the Commission will launch procedures.'), ['by June'], 'the condition ends at its comma')
  t.same(time('The Commission will act as soon as possible.'), ['as soon as possible'])
  t.same(time('Once again, in 2026 we will lead the way.'), ['in 2026'])
  t.same(time('We will propose measures if needed by the end of 2025.'), ['by the end of 2025'], 'an elliptic condition ends on its adjective')
  t.same(time('The Commission will act where necessary before the summer.'), ['before the summer'])
  t.same(time('The Commission will act if necessary for Member States to meet the target by 2030.'), [null], 'not when the condition goes on')
})

test('an inverted "should" condition after the pledge ends its clause, as "if" does, and keeps its time', async (t) => {
  const found = (sentence: string): Array<[string, string | null]> => commitmentsOf(sentence).map((c) => [c.object, c.timeframe?.text ?? null])
  t.same(found('We will mobilise additional funding if the situation deteriorates during the lean season from June to September.'), [['additional funding', null]])
  t.same(found('We will mobilise additional funding in June, should the situation deteriorate.'), [['additional funding in June', 'in June']], 'the pledge\'s own time')
  t.same(found('We will ensure that Member States should apply the rules from June.'), [['that Member States should apply the rules from June', 'from June']], 'a modal "should" has its verb')
  t.same(found('The Commission is also ready to mobilise additional funding should the situation deteriorate further during the lean season from June to September.'), [['additional funding', null]])
  t.same(found('We will act should Russia escalate in the spring.'), [['', null]])
})

test('the infringement formulae are conditions too: "Should ... fail", "Failing", "In the absence of", "Absent", "Without"', async (t) => {
  const time = (sentence: string): Array<string | null> => commitmentsOf(sentence).map((c) => c.timeframe?.text ?? null)
  t.same(time('Should Hungary fail to comply by the end of the year, the Commission will refer the case to the Court.'), [null])
  t.same(time('Failing a satisfactory reply within two months, the Commission will send a reasoned opinion.'), [null])
  t.same(time('In the absence of a satisfactory response within two months, the Commission will refer Cyprus to the Court.'), [null])
  t.same(time('Absent a satisfactory reply within two months, the Commission will send a reasoned opinion.'), [null])
  t.same(time('Without a satisfactory reply by 30 April, the Commission will take the next step.'), [null])
  t.same(time('Without delay, the Commission will present a plan.'), ['Without delay'])
})

test('the time of the clause that announces a pledge is not the pledge\'s: "Today, I am proud to announce that ..."', async (t) => {
  t.same(commitmentsOf('Today, I am proud to announce that the Commission will double its support.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('On 3 March the Council agreed its position, and we will now start negotiations.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('Today, the Commission presented the Plan, which sets out how the EU will mobilise investment.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('In March, the Commission adopted a plan under which the EU will invest in ports.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('This is why the Commission presented the White Paper in March, and why we want to mobilise €800 billion.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('This is why we adopted the plan in March and why we will invest in ports.').map((c) => c.timeframe), [null])
  t.same(commitmentsOf('In March, the Commission will explain how it will invest in ports.').map((c) => c.timeframe?.text), ['In March'], 'the pledge the phrase opens keeps it')
})

test('another subject\'s perfect after ", and" ends the clause: "..., and Member States have pledged ..."', async (t) => {
  const found = (sentence: string): Array<[string, string[]]> => commitmentsOf(sentence).map((c) => [c.clause.text, c.targetIds])
  t.same(found('The EU will donate an additional 351,000 doses, and Member States have pledged a further 215,000 doses to Ukraine.'),
    [['The EU will donate an additional 351,000 doses', []]], 'what others did is no part of the pledge, nor its target')
  t.same(found('The EU will support Ukraine, and Poland has already offered help.'), [['The EU will support Ukraine', ['ukraine']]])
  t.same(found('We will support Ukraine, and all those who have suffered from the war.'),
    [['We will support Ukraine, and all those who have suffered from the war', ['ukraine']]], 'not a relative clause on the object')
})

test('a noun in -ing that a list of objects names ends no clause: "will provide equipment, training and operational support"', async (t) => {
  const clauses = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.clause.text)
  // Near-misses first: participles after a comma still end the clause.
  t.same(clauses('We will impose new sanctions on Belarus, answering its role in the war.'), ['We will impose new sanctions on Belarus'], 'a participle and its object')
  t.same(clauses('The EU will support the coast guard, training and equipping its officers.'), ['The EU will support the coast guard'], 'two participles joined by "and"')
  // The fix.
  t.same(clauses('The EU will provide equipment, training and operational support, including through Frontex.'),
    ['The EU will provide equipment, training and operational support, including through Frontex'])
  t.same(clauses('The Commission will offer vessels, funding, and equipment to the coast guard.'), ['The Commission will offer vessels, funding, and equipment to the coast guard'])
  t.same(clauses('We will invest in schools, housing or health care.'), ['We will invest in schools, housing or health care'])
})
