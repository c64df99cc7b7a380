import { test } from 'tap'
import { commitmentsOf, PRESIDENT, run, type ActorSketch, type RunOptions } from './helpers.js'

const JOINT_TITLE = 'Statement by President von der Leyen following the signature of the Joint Declaration on EU-NATO Cooperation'

test('"we" of a Commission President resolves to the European Union', async (t) => {
  t.same(commitmentsOf('We will deepen our cooperation.')[0]?.holderIds, ['european-union'])
})

test('"I" of a Commission President resolves to the European Commission', async (t) => {
  t.same(commitmentsOf('I will present the package.')[0]?.holderIds, ['european-commission'])
})

test('"I want us to" is the speaker\'s wish for "us": the Union, not the Commission', async (t) => {
  t.same(commitmentsOf('I want us to cut red tape by a quarter.').map((c) => c.holderIds), [['european-union']])
  t.same(commitmentsOf('I want to cut red tape by a quarter.').map((c) => c.holderIds), [['european-commission']])
})

test('"we" of a speaker without an affiliation resolves to the speaker', async (t) => {
  const speaker = { id: 'jacinda-ardern', surfaces: ['Ardern'], type: 'person' as const, speaker: true }
  t.same(commitmentsOf('We will sign the agreement.', { speaker })[0]?.holderIds, ['jacinda-ardern'])
})

test('without a speaker "we" resolves to no one and the confidence drops', async (t) => {
  const [withSpeaker] = commitmentsOf('We will deepen our cooperation.')
  const [without] = commitmentsOf('We will deepen our cooperation.', { speaker: null })
  t.same(without?.holderIds, [])
  t.ok((without?.confidence ?? 1) < (withSpeaker?.confidence ?? 0))
})

test('in the publisher\'s own text without a speaker, "we" is the publisher', async (t) => {
  for (const type of ['press_release', 'qanda', 'daily_news'] as const) {
    t.same(run([['We will present further proposals in 2021.']], { speaker: null, metadata: { type } }).commitments.map((c) => c.holderIds),
      [['european-commission']], type)
  }
  t.same(run([['We will implement it swiftly.']], { speaker: null, metadata: { type: 'other', reference: 'MEMO/16/123' } }).commitments.map((c) => c.holderIds),
    [['european-commission']], 'a memo by its reference')
  for (const reference of ['INF/24/512', 'FS/24/999', 'READ/25/999']) {
    t.same(run([['We will continue to monitor the transposition closely.']], { speaker: null, metadata: { type: 'other', reference } }).commitments.map((c) => c.holderIds),
      [['european-commission']], `an infringement package, factsheet or read-out by its reference: ${reference}`)
  }
  t.same(run([['We will continue to monitor the situation.']], { speaker: null, metadata: { type: 'other', title: 'Readout of the meeting between Commissioner Hoekstra and OECD Secretary-General Mathias Cormann' } }).commitments.map((c) => c.holderIds),
    [['european-commission']], 'a read-out by its title')
  t.same(run([['We will continue to monitor the situation.']], { speaker: null, metadata: { type: 'other' } }).commitments.map((c) => c.holderIds),
    [[]], 'a text that nothing shows to be the publisher\'s')
  t.same(run([['We will continue to stand by the Georgian people.']], { speaker: null, metadata: { type: 'statement', reference: 'STATEMENT/25/5' } }).commitments.map((c) => c.holderIds),
    [['european-commission']], 'a statement under a STATEMENT reference that names no speaker')
  t.same(run([['We will continue to stand by the Georgian people.']], { speaker: null, metadata: { type: 'statement' } }).commitments.map((c) => c.holderIds),
    [[]], 'a statement with no reference and no speaker: remarks whose speaker is unknown')
  t.same(run([['We will implement it swiftly.']], { speaker: null, metadata: { type: 'speech' } }).commitments.map((c) => c.holderIds),
    [[]], 'a speech whose speaker is unknown')
  t.same(run([['I will implement it.']], { speaker: null, metadata: { type: 'press_release' } }).commitments.map((c) => c.holderIds),
    [[]], 'a press release has no "I"')
})

test('a text without a speaker spoken on behalf of a body is that body\'s: "Statement by the High Representative on behalf of the EU"', async (t) => {
  const title = 'Syria: Statement by the High Representative on behalf of the EU on the fall of the Assad regime'
  const holders = (reference: string | null): string[][] => run([['The EU welcomes the end of the dictatorship. We will continue our humanitarian assistance.']],
    { speaker: null, metadata: { type: 'statement', title, reference } }).commitments.map((c) => c.holderIds)
  t.same(holders('STATEMENT/24/6302'), [['european-union']], 'not the publisher\'s')
  t.same(holders(null), [['european-union']], 'a Council text with no reference')
})

test('in a text without a speaker, the people who speak for the Union\'s institutions act for them', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const ardern = { id: 'jacinda-ardern', surfaces: ['Prime Minister Ardern'], type: 'person' as const }
  const { commitments } = run([['President von der Leyen will travel to Kyiv next week.', 'She will meet the government.', 'Prime Minister Ardern will visit Brussels.']],
    { speaker: null, extraActors: [president, ardern] })
  t.same(commitments.map((c) => [c.clause.text, c.holderIds]), [
    ['President von der Leyen will travel to Kyiv next week', ['ursula-von-der-leyen']],
    ['She will meet the government', ['ursula-von-der-leyen']]
  ], 'someone outside the side does not commit it')
})

test('the Commission speaking as itself says "we" for itself; a person speaking for it says "we" for the Union', async (t) => {
  const commission = { id: 'european-commission', surfaces: ['European Commission'], type: 'institution' as const, speaker: true }
  t.same(commitmentsOf('We will support Jewish communities.', { speaker: commission }).map((c) => c.holderIds), [['european-commission']])
  t.same(commitmentsOf('We will support Jewish communities.').map((c) => c.holderIds), [['european-union']], 'its President\'s "we" is the Union\'s')
})

test('a pronoun that opens a sentence stands for the actor that committed in the sentence before, when it acts as one', async (t) => {
  const { commitments } = run([['The Commission will launch a campaign.', 'It will present a report by 2027.']], { speaker: null, metadata: { type: 'press_release' } })
  t.same(commitments.map((c) => [c.clause.text, c.holderIds]), [['The Commission will launch a campaign', ['european-commission']], ['It will present a report by 2027', ['european-commission']]])
  const act = run([['The Commission will propose a regulation.', 'It will apply from 2026.']], { speaker: null, metadata: { type: 'press_release' } })
  t.same(act.commitments.map((c) => c.clause.text), ['The Commission will propose a regulation'], 'what an act does is not the actor\'s pledge')
  const adopted = run([['The proposal was adopted today by the Commission.', 'It will present a report by 2027.']], { speaker: null, metadata: { type: 'press_release' } })
  t.same(adopted.commitments, [], 'a sentence that commits nothing and opens on no actor names no one for the pronoun')
  const apart = run([['The Commission will launch a campaign.'], ['It will present a report by 2027.']], { speaker: null, metadata: { type: 'press_release' } })
  t.same(apart.commitments.map((c) => c.clause.text), ['The Commission will launch a campaign'], 'not across paragraphs')
})

test('a programme named after Europe is no subject: "Horizon Europe will invest"; "Team Europe" and "Today Europe" are the Union', async (t) => {
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence).map((c) => [c.holderIds, c.clause.text])
  t.same(found('Horizon Europe will invest EUR 93.5 billion in research.'), [])
  t.same(found('Global Europe will provide EUR 79.5 billion.'), [])
  t.same(found('Team Europe will deliver EUR 1 billion.'), [[['european-union'], 'Team Europe will deliver EUR 1 billion']])
  t.same(found('Today Europe will act.'), [[['european-union'], 'Europe will act']])
  t.same(found('Moldovans will not be intimidated, and Europe will not look away.'), [[['european-union'], 'Europe will not look away']])
})

test('"Commission" ending another body\'s name is that body: "The African Union Commission will" is no pledge of the side', async (t) => {
  const auc = { id: 'african-union-commission', surfaces: ['African Union Commission', 'AU Commission'], type: 'organisation' as const }
  const found = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: [auc] }).map((c) => c.holderIds)
  t.same(found('The African Union Commission will host the ministerial meeting in Addis Ababa.'), [])
  t.same(found('The AU Commission will present its continental strategy in May.'), [])
  t.same(found('The Commission and the African Union Commission will co-chair the meeting.'), [['european-commission', 'african-union-commission']])
  t.same(found('The Commission will host the ministerial meeting in Addis Ababa.'), [['european-commission']], 'the Commission itself stays')
})

test('the pronoun may follow a short opening phrase, not a subordinate clause; "It intends to" is the actor\'s whatever the action', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const second = (sentence: string): Array<[string, string[]]> => run([['The Commission will launch a campaign.', sentence]], options).commitments.slice(1).map((c) => [c.action, c.holderIds])
  t.same(second('In the coming months, it will launch new partnerships with Senegal.'), [['launch', ['european-commission']]])
  t.same(second('However, it will not publish them.'), [['publish', ['european-commission']]])
  t.same(second('If the rules work, it will extend them.'), [], 'after a condition the pronoun may be the rules')
  t.same(second('It intends to reach all schools.'), [['reach', ['european-commission']]])
  t.same(second('It wants to reach all schools.'), [['reach', ['european-commission']]])
  t.same(second('It stands ready to act if the campaign fails.'), [['act', ['european-commission']]], 'only an actor stands ready')
  t.same(second('It remains ready to reach all schools.'), [['reach', ['european-commission']]])
  t.same(run([['The Commission welcomed the agreement, and it stands ready to support its implementation.']], options).commitments.map((c) => [c.action, c.holderIds]), [['support', ['european-commission']]], 'after an agreement, which may support too')
  t.same(second('It will reach all schools.'), [], 'what a campaign may do')
  t.same(second('It will open an anti-circumvention investigation within six months.'), [['open', ['european-commission']]], 'an actor opens a procedure')
  t.same(second('It will open new markets.'), [], 'a thing opens markets')
  t.same(second('It will refer the case to the Court of Justice.'), [['refer', ['european-commission']]], 'an actor refers a case to the Court')
  t.same(second('It will refer to the new rules.'), [], 'a text refers to rules')
  t.same(second('It will also hold a public compliance workshop early next year.'), [['hold', ['european-commission']]], 'an actor holds a meeting')
  t.same(second('It will keep the situation under close review.'), [['keep', ['european-commission']]], 'an actor keeps a matter under review')
  t.same(second('It will keep prices stable.'), [], 'a campaign may keep them')
  t.same(second('It will take the necessary measures to protect children.'), [['take', ['european-commission']]], 'an actor takes measures')
  t.same(second('It will take a decision by June.'), [['take', ['european-commission']]], 'an actor takes a decision')
  t.same(second('It will take time.'), [], 'a campaign takes time')
  t.same(second('It will take effect in 2026.'), [], 'a thing takes effect')
  t.same(second('It will not tolerate abuse.'), [['tolerate', ['european-commission']]])
})

test('"and it will take ... into account" is the actor\'s when no act or plan is named after its verb', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const }, extraActors: [{ id: 'european-ai-office', surfaces: ['The AI Office'], type: 'institution' as const }] }
  const found = (sentence: string): Array<[string, string[]]> => run([[sentence]], options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found('The AI Office will support providers in their first steps, and it will take their size into account when it enforces the rules.'), [['support', ['european-ai-office']], ['take', ['european-ai-office']]])
  t.same(found('The Commission will consult farmers, and it will take into consideration their views.'), [['consult', ['european-commission']], ['take', ['european-commission']]])
  t.same(found('The Commission will adopt a plan, and it will take into account the views of farmers.'), [['adopt', ['european-commission']]], 'the plan may take them into account')
  t.same(found('The Commission will propose a regulation, and it will take effect in 2026.'), [['propose', ['european-commission']]])
})

test('a pronoun after ", and" is the subject that opens the sentence though it pledged nothing: "they" when that names several', async (t) => {
  const options = { speaker: null, metadata: { type: 'other' as const }, extraActors: [{ id: 'european-commission', surfaces: ['Commission', 'The College', 'The Commissioners'], type: 'institution' as const }, { id: 'canada', surfaces: ['Canada'] }, { id: 'member-states', surfaces: ['The Member States'], type: 'group' as const }] }
  const found = (sentence: string): Array<[string, string[]]> => run([[sentence]], options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found('The Commissioners also discussed the return regulation, and they agreed to prioritise its adoption.'), [['prioritise', ['european-commission']]])
  t.same(found('The College discussed the situation in the Middle East, and it agreed to step up humanitarian aid.'), [['step up', ['european-commission']]], 'only an actor agrees')
  t.same(found('The EU and Canada discussed trade, and they agreed to launch talks.'), [['launch', ['european-union', 'canada']]], 'a pair')
  t.same(found('The Commissioners discussed the new rules, and they will apply from 2026.'), [], 'what rules do')
  t.same(found('The College discussed the new rules, and they agreed to prioritise them.'), [], 'not a body\'s name: "they" may be others')
  t.same(found('The Member States discussed the law, and they agreed to present a new plan.'), [], 'not outside the side')
  t.same(found('The Commissioners discussed the return regulation, but they did not agree to prioritise it.'), [])
})

test('"it" provides, funds, helps, opens or replaces as the actor when no act, fund or plan is named after the actor\'s verb', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraph: string[]): Array<[string, string[]]> => run([paragraph], options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found(['The EU will support Ukraine, and it will open its market to Ukrainian products.']), [['support', ['european-union']], ['open', ['european-union']]])
  t.same(found(['The EU will support Ukraine.', 'It will provide loans.']), [['support', ['european-union']], ['provide', ['european-union']]])
  t.same(found(['The Commission will propose a new fund.', 'It will provide EUR 5 billion.']), [['propose', ['european-commission']]], 'the fund provides')
  t.same(found(['The Commission will adopt a plan, and it will help farmers.']), [['adopt', ['european-commission']]], 'the plan may help')
  t.same(found(['The Commission will present a report, and it will update the list.']).map(([action]) => action), ['present'], 'the report may update it')
  t.same(found(['The Commission will consult the Member States, and it will revise the directive.']).map(([action]) => action), ['consult', 'revise'])
  t.same(found(['She confirmed that the EU would support farmers and that it would not lower its food safety standards.']).map(([action]) => action), ['support', 'lower'], 'protects, lowers or cuts as the actor')
  t.same(found(['The Commission will propose a regulation, and it will protect consumers.']).map(([action]) => action), ['propose'], 'the regulation may protect them')
  t.same(found(['The Commission will consult the Member States, and it will issue guidance.']).map(([action]) => action), ['consult', 'issue'])
  t.same(found(['The Commission will map existing stocks, but it will not replace national reserves.']).map(([action]) => action), ['map', 'replace'], 'replaces, imposes or accepts as the actor')
  t.same(found(['The Commission will map existing stocks, and it will not accept delays.']).map(([action]) => action), ['map', 'accept'])
  t.same(found(['The Commission will propose a new regulation.', 'It will not replace national law.']).map(([action]) => action), ['propose'], 'the regulation replaces')
  t.same(found(['The Commission will monitor the plans and will report regularly.', 'It will also assist Member States.']).map(([action]) => action),
    ['monitor', 'report', 'assist'], 'a later clause\'s verb ("will report") names no thing')
})

test('"it" steps up as the actor, and develops, strengthens, accelerates or simplifies as the actor when no act, fund or plan is named after the actor\'s verb', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraph: string[]): string[] => run([paragraph], options).commitments.map((c) => c.action)
  t.same(found(['The EU will support Ukraine.', 'It will step up its assistance.']), ['support', 'step up'])
  t.same(found(['The Commission will consult the Member States, and it will accelerate the work of the agency.']), ['consult', 'accelerate'])
  t.same(found(['The Commission will consult the Member States, and it will simplify the rules.']), ['consult', 'simplify'])
  t.same(found(['The Commission will consult the Member States.', 'It will strengthen enforcement.']), ['consult', 'strengthen'])
  t.same(found(['The Commission will adopt a strategy, and it will develop new skills.']), ['adopt'], 'the strategy may develop them')
})

test('an "it" that took an actor\'s action is the actor for the verb coordinated with it, whatever a thing named before may do', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraph: string[]): Array<[string, string | null]> => run([paragraph], options).commitments.map((c) => [c.action, c.timeframe?.text ?? null])
  t.same(found(['The Commission will support Member States in applying EU water law.', 'It will present a principle and will develop, together with Member States, a methodology by the end of 2026.']),
    [['support', null], ['present', null], ['develop', 'by the end of 2026']])
  t.same(found(['The Commission will support Member States in applying EU water law.', 'It will present a report, and it will develop a methodology.']),
    [['support', null], ['present', null]], 'a pronoun of its own may stand for the report')
  t.same(found(['The Commission will propose a new fund.', 'It will provide EUR 5 billion and will support research.']), [['propose', null]], 'the fund provides, and supports')
})

test('an opening "It" is the side\'s body the sentence before opens on as its subject, though that sentence pledged nothing: "The Commission opened formal proceedings against Temu. It will now carry out an in-depth investigation"', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraphs: string[][]): Array<[string, string[]]> => run(paragraphs, options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found([['The Commission opened formal proceedings against Temu.', 'It will now carry out an in-depth investigation.']]), [['carry out', ['european-commission']]])
  t.same(found([['The Commission adopted the Action Plan today.', 'It will present a legislative proposal in 2026.']]), [['present', ['european-commission']]])
  t.same(found([['The Commission adopted a proposal.', 'It will provide EUR 5 billion.']]), [], 'the proposal provides')
  t.same(found([['The Commission launched a mission.', 'It will carry out inspections.']]), [], 'the mission carries them out')
  t.same(found([['The Commission adopted the regulation.', 'It will apply from 2026.']]), [], 'an action only things take')
  t.same(found([['The Commission proposal was adopted.', 'It will present a report.']]), [], 'the body is no subject')
  t.same(found([['The Commission adopted the Action Plan today.'], ['It will present a legislative proposal in 2026.']]), [], 'not across paragraphs')
})

test('an opening "It" is also the side\'s body the sentence before opens on past a short phrase set off by a comma: "In parallel, the Commission opened formal proceedings against Temu. It will continue its investigation"', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraphs: string[][]): Array<[string, string[]]> => run(paragraphs, options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found([['In parallel, the Commission opened formal proceedings against Temu under the Digital Services Act in October 2024.', 'It will continue its investigation into the sale of illegal products.']]),
    [['continue', ['european-commission']]])
  t.same(found([['Last week, the Commission adopted the Action Plan.', 'It will present a legislative proposal in 2026.']]), [['present', ['european-commission']]])
  t.same(found([['In parallel, the Commission adopted a proposal.', 'It will provide EUR 5 billion.']]), [], 'the proposal provides')
  t.same(found([['In parallel, the Commission proposal was adopted.', 'It will present a report.']]), [], 'the body is no subject')
  t.same(found([['According to the report, the Commission adopted the plan.', 'It will present a proposal.']]), [['present', ['european-commission']]])
})

test('an opening "It" is the side\'s body the sentence before opens on with a modal no pattern takes: "The Commission may also decide to include measures. It will carry out an SME test"', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraphs: string[][]): Array<[string, string[]]> => run(paragraphs, options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found([['The Commission may also decide to include measures on the protection of minors.', 'It will carry out an SME test.']]), [['carry out', ['european-commission']]])
  t.same(found([['The Commission could take further steps.', 'It will hold a public workshop in May.']]), [['hold', ['european-commission']]])
  t.same(found([['The Commission may propose a regulation.', 'It will apply from 2026.']]), [], 'an action only things take')
  t.same(found([['The Commission can adopt a proposal.', 'It will provide EUR 5 billion.']]), [], 'the proposal provides')
})

test('a person\'s pronoun takes any action; a pronoun after "and" in the sentence stands for the actor that committed before it', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [president], metadata: { type: 'press_release' as const } }
  t.same(run([['President von der Leyen will travel to Delhi.', 'She will also address the Business Forum.']], options).commitments.map((c) => [c.action, c.holderIds]),
    [['travel', ['ursula-von-der-leyen']], ['address', ['ursula-von-der-leyen']]])
  t.same(run([['The Commission will not let the talks stall, and it will push to conclude them by 2025.']], options).commitments.map((c) => [c.action, c.polarity, c.holderIds]),
    [['let', 'negative', ['european-commission']], ['push', 'positive', ['european-commission']]])
  t.same(run([['The Commission will propose a regulation, and it will apply from 2026.']], options).commitments.map((c) => c.action), ['propose'],
    'what an act does is still not the actor\'s pledge')
})

test('"he" or "she" stands only for a person of that pronoun or of none known: not "She" after Commissioner Hansen, nor "she" after the Commission', async (t) => {
  const hansen = { id: 'christophe-hansen', surfaces: ['Commissioner Hansen'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'he' as const }
  const found = (paragraph: string[], person: ActorSketch = hansen): Array<[string, string[]]> => run([paragraph], { speaker: null, extraActors: [person], metadata: { type: 'press_release' as const } })
    .commitments.map((c) => [c.action, c.holderIds])
  t.same(found(['Commissioner Hansen will meet farmers.', 'He will also visit Spain.']), [['meet', ['christophe-hansen']], ['visit', ['christophe-hansen']]])
  t.same(found(['Commissioner Hansen will meet farmers.', 'She will also visit Spain.']), [['meet', ['christophe-hansen']]])
  t.same(found(['Commissioner Hansen will meet farmers, and she will visit Spain.']), [['meet', ['christophe-hansen']]])
  t.same(found(['Commissioner Hansen will meet farmers.', 'She will also visit Spain.'], { ...hansen, pronoun: undefined }), [['meet', ['christophe-hansen']], ['visit', ['christophe-hansen']]],
    'a person whose pronoun is unknown')
  t.same(found(['The Commission will monitor imports and, if necessary, she will propose new rules.']), [['monitor', ['european-commission']]])
  t.same(found(['The Commission welcomes the agreement, and she will present a proposal.']), [])
})

test('a pronoun after ", where" is the subject of the sentence, committed before it or opening it: "will travel to Kyiv, where she will meet"', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [president], metadata: { type: 'press_release' as const } }
  const found = (sentence: string): Array<[string, string[], string | null]> => run([[sentence]], options).commitments.map((c) => [c.action, c.holderIds, c.timeframe?.text ?? null])
  t.same(found('President von der Leyen will travel to Kyiv, where she will meet the government.'),
    [['travel', ['ursula-von-der-leyen'], null], ['meet', ['ursula-von-der-leyen'], null]])
  t.same(found('President von der Leyen arrived in Kyiv today, where she will meet the government.'), [['meet', ['ursula-von-der-leyen'], null]],
    'the arrival\'s time is not the meeting\'s')
  t.same(found('The Commission will host a conference in Brussels, where it will present its strategy.'),
    [['host', ['european-commission'], null], ['present', ['european-commission'], null]])
  t.same(found('The Commission will invest in the port, where it will create jobs.'), [['invest', ['european-commission'], null]], 'what a place or a thing does')
  t.same(found('The Commission welcomes the agreement, and it will present a proposal.'), [['present', ['european-commission'], null]],
    '", and it" after a first verb that commits nothing')
  t.same(found('The Commission adopted the act, and it will apply from 2026.'), [], 'what the act does')
})

test('an elliptic condition between "and" and a pronoun, or opening the sentence, is read past: "and, if necessary, it will open"', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [president], metadata: { type: 'press_release' as const } }
  const found = (paragraph: string[]): Array<[string, string[]]> => run([paragraph], options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found(['The Commission will monitor imports and, if necessary, it will open an investigation.']), [['monitor', ['european-commission']], ['open', ['european-commission']]])
  t.same(found(['President von der Leyen will travel to Kyiv and, if possible, she will meet the government.']), [['travel', ['ursula-von-der-leyen']], ['meet', ['ursula-von-der-leyen']]])
  t.same(found(['The Commission welcomes the vote, and, where appropriate, it will propose further measures.']), [['propose', ['european-commission']]])
  t.same(found(['The Commission will monitor imports.', 'If needed, it will open an investigation.']), [['monitor', ['european-commission']], ['open', ['european-commission']]])
  t.same(found(['The Commission will monitor imports.', 'If the rules work, it will propose more.']), [['monitor', ['european-commission']]], 'a condition that names a thing')
})

test('a full condition opening the sentence is read past as after "and", and on things only for an action on a procedure: "If the data show a surge, it will open an investigation"', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (paragraph: string[]): Array<[string, string[]]> => run([paragraph], options).commitments.map((c) => [c.action, c.holderIds])
  const monitor: [string, string[]] = ['monitor', ['european-commission']]
  t.same(found(['The Commission will monitor imports.', 'If the data show a surge of imports, it will open an anti-circumvention investigation without delay.']),
    [monitor, ['open', ['european-commission']]], 'a procedure only an actor opens')
  t.same(found(['The Commission will monitor imports.', 'If it finds a surge, it will propose safeguard measures.']), [monitor, ['propose', ['european-commission']]], 'the pronoun is the condition\'s subject')
  t.same(found(['The Commission will monitor imports.', 'If the rules are breached, it will propose sanctions.']), [monitor, ['propose', ['european-commission']]], 'a plural subject')
  t.same(found(['The Commission will monitor imports.', 'If the rules work, it will propose more.']), [monitor], 'the pronoun may be the rules')
  t.same(found(['The Commission will monitor imports.', 'If the fund is approved, it will provide EUR 5 billion.']), [monitor], 'the fund provides')
  const china = { id: 'china', surfaces: ['China'] }
  t.same(run([['The Commission will monitor imports.', 'If China retaliates, it will open an investigation.']], { ...options, extraActors: [china] }).commitments.map((c) => c.action),
    ['monitor'], 'an actor in the condition may be "it"')
})

test('a full condition between "and" and a pronoun is read past when its subject is the pronoun or plural: "and, if it finds them adequate, it will"', async (t) => {
  const options = { speaker: null, metadata: { type: 'press_release' as const } }
  const found = (sentence: string): Array<[string, string[], string | null]> => run([[sentence]], options).commitments.map((c) => [c.action, c.holderIds, c.timeframe?.text ?? null])
  t.same(found('The Commission will assess the notification and, if it finds the measures adequate, it will propose to lift the suspension.'),
    [['assess', ['european-commission'], null], ['propose', ['european-commission'], null]])
  t.same(found('The Commission will monitor the market and, if the rules are breached, it will open infringement procedures.'),
    [['monitor', ['european-commission'], null], ['open', ['european-commission'], null]])
  t.same(found('The Commission will review the plans and, if Member States do not act within two months, it will launch infringement procedures.'),
    [['review', ['european-commission'], null], ['launch', ['european-commission'], null]], 'the deadline inside the condition is not the pledge\'s')
  t.same(found('The Commission will propose a new fund and, if the budget allows it, it will provide EUR 5 billion.').map(([action]) => action), ['propose'],
    'a singular thing the condition names may be what "it" is')
})

test('a pronoun after "and" or ", where" may stand for a pronoun that stood for the actor, the same word', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [president], metadata: { type: 'press_release' as const } }
  const found = (sentence: string): Array<[string, string[]]> => run([[sentence]], options).commitments.map((c) => [c.action, c.holderIds])
  t.same(found('President von der Leyen will present the plan, and she will travel to Kyiv, where she will meet the government.'),
    [['present', ['ursula-von-der-leyen']], ['travel', ['ursula-von-der-leyen']], ['meet', ['ursula-von-der-leyen']]])
  t.same(found('The Commission will open the forum, and it will hold a workshop in Lyon, where it will present the new call.'),
    [['open', ['european-commission']], ['hold', ['european-commission']], ['present', ['european-commission']]])
  t.same(found('President von der Leyen will travel to Kyiv, where she will meet the minister, and he will present the plan.').map(([action]) => action),
    ['travel', 'meet'], 'another pronoun is another person')
})

test('a pair of actors as subject commits both when one is the speaker\'s side', async (t) => {
  const canada = { id: 'canada', surfaces: ['Canada'] }
  t.same(commitmentsOf('The EU and Canada will cooperate on raw materials.', { extraActors: [canada] }).map((c) => c.holderIds), [['european-union', 'canada']])
  t.same(commitmentsOf('Canada and the EU will cooperate on raw materials.', { extraActors: [canada] }).map((c) => c.holderIds), [['european-union', 'canada']],
    'the side first, whichever is named first')
  t.same(commitmentsOf('Canada and Sweden will cooperate on raw materials.', { extraActors: [canada] }), [], 'neither is the side')
  t.same(commitmentsOf('Support for Canada and the EU will grow.', { extraActors: [canada] }), [], 'a pair inside a prepositional phrase is not a subject')
})

test('in a transcript, a speaker label hands "we" to the person it names until the next label', async (t) => {
  const kishida = { id: 'fumio-kishida', surfaces: ['Prime Minister Kishida'], type: 'person' as const, affiliationId: 'japan', speaker: true }
  const japan = { id: 'japan', surfaces: ['Japan'] }
  const president = { ...PRESIDENT, surfaces: ['President von der Leyen'] }
  const { commitments } = run([
    { kind: 'heading', sentences: ['President von der Leyen:'] }, ['We will deepen our cooperation.'],
    { kind: 'heading', sentences: ['Prime Minister Kishida:'] }, ['We will work on semiconductors.'], ['We will host the summit.'],
    ['President von der Leyen: We will present a package.'],
    ['Prime Minister Kishida said: We will act.']
  ], { speaker: president, extraActors: [kishida, japan] })
  t.same(commitments.map((c) => c.holderIds), [['european-union'], ['japan'], ['japan'], ['european-union'], ['european-union']],
    'a label alone on its line or opening a paragraph; "said:" is not a label')
})

test('a speaker label may open on "The", note the language or give the title after a comma', async (t) => {
  const kishida = { id: 'fumio-kishida', surfaces: ['Prime Minister Kishida', 'Prime Minister'], type: 'person' as const, affiliationId: 'japan', speaker: true }
  const japan = { id: 'japan', surfaces: ['Japan'] }
  const president = { ...PRESIDENT, surfaces: ['President von der Leyen'] }
  const label = (text: string): string[][] => run([
    { kind: 'heading', sentences: ['President von der Leyen:'] }, ['We will deepen our cooperation.'], [text], ['We will host the summit.']
  ], { speaker: president, extraActors: [kishida, japan] }).commitments.map((c) => c.holderIds)
  t.same(label('The Prime Minister:'), [['european-union'], ['japan']])
  t.same(label('Prime Minister Kishida (in Japanese):'), [['european-union'], ['japan']])
  t.same(label('Prime Minister Kishida, Prime Minister of Japan:'), [['european-union'], ['japan']])
  t.same(label('Prime Minister Kishida, speaking to the press:'), [['european-union'], ['european-union']], 'a lowercase word is no title')
})

test('in a transcript, a journalist\'s question pledges nothing, whatever it reports', async (t) => {
  const { commitments } = run([
    ['Q. Ministers say the EU will impose new sanctions on Iran.', 'When will that happen?'],
    ['Yes. We will impose them in March.'],
    ['Journalist: The EU will need to send ships.'],
    { kind: 'heading', sentences: ['Question:'] }, ['The EU will send ships.'],
    ['We will send ships.'],
    ['Q3 growth will be strong, and we will support it.']
  ])
  t.same(commitments.map((c) => c.action), ['impose', 'send', 'support'], 'a label opening the paragraph or alone on the line before it; "Q3" is no label')
})

test('an explicit subject wins over the speaker', async (t) => {
  t.same(commitmentsOf('The Commission will ensure a smooth transition.')[0]?.holderIds, ['european-commission'])
})

test('"we" in a paragraph about the partnership of a joint EU-NATO text resolves to both', async (t) => {
  const { commitments } = run([['We will step up cooperation on space.']], { metadata: { title: JOINT_TITLE } })
  t.same(commitments[0]?.holderIds, ['european-union', 'nato'])
})

test('"we" in a paragraph of a joint text that is not about the partnership stays with the Union', async (t) => {
  const { commitments } = run([['We will keep the pressure on the Kremlin.']], { metadata: { title: JOINT_TITLE } })
  t.same(commitments[0]?.holderIds, ['european-union'])
})

test('"we" of a joint statement of two leaders resolves to both their sides in every paragraph: they sign it together', async (t) => {
  const biden = { id: 'joe-biden', surfaces: ['Biden'], type: 'person' as const, affiliationId: 'united-states', speaker: true }
  const title = 'Joint Statement by President von der Leyen and President Biden'
  const { commitments } = run([['We will work together to reduce our dependence on Russian fossil fuels.'], ['We will keep the pressure on the Kremlin.']], { metadata: { title }, extraActors: [biden] })
  t.same(commitments.map((c) => c.holderIds), [['european-union', 'united-states'], ['european-union', 'united-states']])
  const notJoint = run([['We will work together to reduce our dependence on Russian fossil fuels.']], { metadata: { title: 'Statement by President von der Leyen and President Biden' }, extraActors: [biden] })
  t.same(notJoint.commitments.map((c) => c.holderIds), [['european-union']], 'two speakers without "joint" in the title: the first speaker\'s side')
})

test('a body a joint statement is on, after the names it is by, is no party to its "we"', async (t) => {
  const other = { id: 'anna-example', surfaces: ['Example'], type: 'person' as const, affiliationId: 'european-commission', speaker: true }
  const title = 'Joint statement by President von der Leyen and President Example on the NATO agreement on Ukraine'
  t.same(run([['We will spare no effort to help Ukraine.']], { metadata: { title }, extraActors: [other] }).commitments.map((c) => c.holderIds), [['european-union']])
  const signed = 'Joint statement by President von der Leyen and NATO on behalf of the partners'
  t.same(run([['We will spare no effort to help Ukraine.']], { metadata: { title: signed }, extraActors: [other] }).commitments.map((c) => c.holderIds), [['european-union', 'nato']], 'a body it is by is a party')
  const paired = 'Joint statement by President von der Leyen and President Example on EU-NATO cooperation'
  t.same(run([['We will step up our cooperation.']], { metadata: { title: paired }, extraActors: [other] }).commitments.map((c) => c.holderIds), [['european-union', 'nato']], 'nor is one paired with the side')
})

test('a body named only inside another body\'s name in a joint text\'s title is no party: "UN High Commissioner for Refugees" is UNHCR, not the UN', async (t) => {
  const grandi = { id: 'filippo-grandi', surfaces: ['Grandi'], type: 'person' as const, affiliationId: 'unhcr', speaker: true }
  const unhcr = { id: 'unhcr', surfaces: ['UNHCR', 'UN High Commissioner for Refugees'], type: 'organisation' as const }
  const un = { id: 'united-nations', surfaces: ['United Nations', 'UN'], type: 'organisation' as const }
  const title = 'Joint statement by President von der Leyen and UN High Commissioner for Refugees Filippo Grandi on Sudan'
  t.same(run([['We will work with the UN and its agencies.']], { metadata: { title }, extraActors: [grandi, unhcr, un] }).commitments.map((c) => c.holderIds), [['european-union', 'unhcr']])
})

test('a co-signing leader nothing affiliates speaks for the country the title names as a party, not as a side of their own', async (t) => {
  const leader = { id: 'exampleton', surfaces: ['Exampleton'], type: 'person' as const, speaker: true }
  const norway = { id: 'norway', surfaces: ['Norway'] }
  const title = 'Joint statement by President von der Leyen and Prime Minister Exampleton following the EU-Norway Summit'
  t.same(run([['We will deepen our energy partnership.']], { metadata: { title }, extraActors: [leader, norway] }).commitments.map((c) => c.holderIds), [['european-union', 'norway']])
  const noCountry = 'Joint statement by President von der Leyen and Prime Minister Exampleton'
  t.same(run([['We will deepen our energy partnership.']], { metadata: { title: noCountry }, extraActors: [leader, norway] }).commitments.map((c) => c.holderIds), [['european-union', 'exampleton']],
    'no party country in the title: the leader is the side')
})

test('"we" of a joint declaration signed by offices, not people, is every body its title names', async (t) => {
  const title = 'Joint Declaration on EU-NATO Cooperation by the President of the European Council and the Secretary General of NATO'
  const { commitments } = run([['China presents challenges that we need to address.']], { speaker: null, metadata: { title } })
  t.same(commitments.map((c) => c.holderIds), [['european-union', 'nato']])
  const plain = run([['China presents challenges that we need to address.']], { speaker: null, metadata: { title: 'Declaration on China' } })
  t.same(plain.commitments.map((c) => c.holderIds), [[]], 'not a joint text: no one')
})

test('"we" of a joint statement of the Union and a country is both, and not a country it is about', async (t) => {
  const us = { id: 'united-states', surfaces: ['United States', 'US'] }
  const canada = { id: 'canada', surfaces: ['Canada'] }
  const paragraphs = [['We will continue to support Ukraine for as long as it takes.']]
  const holders = (title: string): string[][] => run(paragraphs, { speaker: null, metadata: { title }, extraActors: [us, canada] }).commitments.map((c) => c.holderIds)
  t.same(holders('EU-US Summit Joint Statement'), [['european-union', 'united-states']])
  t.same(holders('Joint statement by the European Union, Canada and the United States on Ukraine'), [['european-union', 'canada', 'united-states']])
  t.same(holders('Joint statement by the European Union and Canada on the United States'), [['european-union', 'canada']], 'the subject matter is no party')
  t.same(holders('Joint statement on the United States'), [[]], 'a country alone: no one')
  t.same(holders('EU-US Summit Statement'), [[]], 'not a joint text: no one')
  t.same(holders('EU-US Summit 2023: Joint press communiqué'), [['european-union', 'united-states']], 'a joint communiqué, also "press"')
  t.same(run(paragraphs, { speaker: null, metadata: { title: 'Joint statement by the European Union and Åland' }, extraActors: [{ id: 'aland', surfaces: ['Åland'] }] })
    .commitments.map((c) => c.holderIds), [['european-union', 'aland']], 'a name that opens on a letter outside ASCII')
})

test('"Both sides", "the leaders" of a joint text are all its parties; elsewhere they are someone else', async (t) => {
  const ukraine = { id: 'ukraine', surfaces: ['Ukraine'] }
  const paragraphs = [['Both sides agreed to intensify work on immobilised assets.', 'The leaders look forward to opening the first cluster.', 'The two sides will meet again in Brussels.', 'Leaders agreed to hold the next summit in Kyiv.', 'EU leaders will discuss it.']]
  const holders = (title: string): string[][] => run(paragraphs, { speaker: null, metadata: { title }, extraActors: [ukraine] }).commitments.map((c) => c.holderIds)
  t.same(holders('Joint statement following the EU-Ukraine Summit'), [['european-union', 'ukraine'], ['european-union', 'ukraine'], ['european-union', 'ukraine'], ['european-union', 'ukraine']],
    '"Leaders" opening a sentence too; "EU leaders" are someone else')
  t.same(holders('EU-Ukraine Summit Statement'), [['european-union', 'ukraine'], ['european-union', 'ukraine'], ['european-union', 'ukraine'], ['european-union', 'ukraine']],
    'the summit of two the title names: its parties, though no joint text')
  t.same(holders('Statement on EU-Ukraine relations'), [], 'no meeting of the two, no joint text: no commitment')
  t.same(run([['With the leaders we will discuss energy.']], { speaker: null, metadata: { title: 'Joint statement following the EU-Ukraine Summit' }, extraActors: [ukraine] })
    .commitments.map((c) => c.holderIds), [['european-union', 'ukraine']], 'after a preposition it is no subject: "we" commits')
})

test('in a text whose title names the summit of two parties ("EU-China Summit"), "Both sides" and "Leaders" are the two, the side first', async (t) => {
  const extraActors = [{ id: 'china', surfaces: ['China'] }, { id: 'canada', surfaces: ['Canada'] }, { id: 'g7', surfaces: ['G7'], type: 'organisation' as const }]
  const paragraphs = [['We had a frank exchange with President Xi today.', 'Both sides will continue to work on market access.', 'Leaders agreed to hold the next summit in Brussels.'],
    ['China will open its market to European cars, and we will monitor it.']]
  const holders = (title: string, options: RunOptions = {}): string[][] => run(paragraphs, { metadata: { title }, extraActors, ...options }).commitments.map((c) => c.holderIds)
  const both = ['european-union', 'china']
  t.same(holders('Statement by President von der Leyen at the press conference following the EU-China Summit'), [both, both, ['european-union']],
    'a speaker\'s text: its "we" stays the Union\'s, and China is no side')
  t.same(holders('China-EU Summit: press remarks by President von der Leyen'), [both, both, ['european-union']], 'the side first')
  t.same(holders('EU-China Summit: strengthening cooperation', { speaker: null, metadata: { type: 'press_release', title: 'EU-China Summit: strengthening cooperation' } }),
    [both, both, ['european-commission']], 'a press release')
  t.same(holders('Remarks by President von der Leyen following the 24th EU-China summit'), [both, both, ['european-union']], 'lower case, a number before')
  // Near-misses that keep the leaders someone else's.
  t.same(holders('Statement by President von der Leyen on EU-China trade relations'), [['european-union']], 'no meeting')
  t.same(holders('Statement by President von der Leyen at the G7 Summit'), [['european-union']], 'no pair')
  t.same(holders('Statement by President von der Leyen on the Canada-China Summit'), [['european-union']], 'no party of the side')
})

test('a joint text whose title names the countries the side met, "with Albania", is the Union\'s and theirs', async (t) => {
  const albania = { id: 'albania', surfaces: ['Albania'] }
  const moldova = { id: 'moldova', surfaces: ['Moldova'] }
  const france = { id: 'france', surfaces: ['France'] }
  const germany = { id: 'germany', surfaces: ['Germany'] }
  const paragraphs = [['Both sides agreed to step up work on the remaining clusters.', 'We will meet again in June.']]
  const holders = (title: string): string[][] => run(paragraphs, { speaker: null, metadata: { type: 'statement', reference: null, title }, extraActors: [albania, moldova, france, germany] })
    .commitments.map((c) => c.holderIds)
  t.same(holders('Joint press statement following the sixth meeting of the Accession Conference with Albania at ministerial level'),
    [['european-union', 'albania'], ['european-union', 'albania']])
  t.same(holders('Joint statement following the Intergovernmental Conferences with Albania and Moldova'),
    [['european-union', 'albania', 'moldova'], ['european-union', 'albania', 'moldova']], 'a list of countries after "with"')
  t.same(holders('Joint statement by the European Union following the Accession Conference with Albania'),
    [['european-union', 'albania'], ['european-union', 'albania']], 'the Union named as well')
  t.same(holders('Joint statement by France and Germany following their meeting with Albania'), [[]], 'other countries sign: their part is not told')
  t.same(holders('Statement following the Accession Conference with Albania'), [[]], 'not a joint text')
  t.same(holders('Joint statement on the talks on Albania'), [[]], 'a country it is about, not met')
})

test('"The two co-chairs" and "the two ministers" of a joint text are all its parties; "the ministers" alone are not', async (t) => {
  const ukraine = { id: 'ukraine', surfaces: ['Ukraine'] }
  const paragraphs = [['The two co-chairs agreed to convene the Association Committee in December.', 'The co-chairs will report to the Council.', 'The two ministers will meet again in Brussels.', 'The ministers will discuss energy.']]
  t.same(run(paragraphs, { speaker: null, metadata: { title: 'Joint statement following the EU-Ukraine Association Council' }, extraActors: [ukraine] }).commitments.map((c) => c.holderIds),
    [['european-union', 'ukraine'], ['european-union', 'ukraine'], ['european-union', 'ukraine']])
})

test('"Both institutions" and "the two organisations" of a joint text with a partner body are all its parties', async (t) => {
  const idb = { id: 'inter-american-development-bank', surfaces: ['Inter-American Development Bank'] }
  const paragraphs = [['Both institutions will set up a joint platform.', 'The two organisations agreed to meet in Geneva.', 'Both partners will report on progress.']]
  const holders = (title: string): string[][] => run(paragraphs, { speaker: null, metadata: { title }, extraActors: [idb] }).commitments.map((c) => c.holderIds)
  t.same(holders('Joint statement by the European Union and the Inter-American Development Bank'),
    [['european-union', 'inter-american-development-bank'], ['european-union', 'inter-american-development-bank'], ['european-union', 'inter-american-development-bank']])
  t.same(holders('Statement on the Inter-American Development Bank'), [], 'not a joint text: no commitment')
})

test('"Both institutions" and "our three institutions" of a joint text the Union\'s institutions sign are each of them', async (t) => {
  const metsola = { id: 'roberta-metsola', surfaces: ['Metsola'], type: 'person' as const, affiliationId: 'european-parliament', speaker: true }
  const costa = { id: 'antonio-costa', surfaces: ['Costa'], type: 'person' as const, affiliationId: 'european-council', speaker: true }
  const holders = (title: string, sentences: string[], extra = [metsola]): string[][] =>
    run([sentences], { metadata: { title }, extraActors: extra }).commitments.map((c) => c.holderIds)
  t.same(holders('Joint statement by President Metsola and President von der Leyen on media freedom', ['Both institutions will defend media freedom.', 'We will protect journalists.']),
    [['european-commission', 'european-parliament'], ['european-union']], '"we" stays the Union')
  t.same(holders('Joint declaration by President Metsola, President Costa and President von der Leyen', ['Our three institutions will defend the integrity of elections.'], [metsola, costa]),
    [['european-commission', 'european-parliament', 'european-council']])
  t.same(holders('Statement by President von der Leyen on media freedom', ['Both institutions will defend media freedom.']), [], 'not a joint text: no commitment')
})

test('a joint declaration the Union\'s institutions sign by their offices speaks as the Union, and "Both institutions" are each of them', async (t) => {
  const parliament = { id: 'european-parliament', surfaces: ['European Parliament'], type: 'institution' as const }
  const holders = (title: string): string[][] =>
    run([['Both institutions will defend media freedom.', 'We will protect journalists.']], { speaker: null, metadata: { title }, extraActors: [parliament] }).commitments.map((c) => c.holderIds)
  t.same(holders('Joint Declaration by the President of the European Parliament and the President of the European Commission'),
    [['european-parliament', 'european-commission'], ['european-union']])
  t.same(holders('Joint Declaration by the President of the European Commission'), [[]], 'one institution: no parties, and "we" as before')
  // The title line makes the Council and the Commission its speakers, not the Presidents of the Parliament.
  const council = { id: 'council-of-the-eu', surfaces: ['Council'], type: 'institution' as const, speaker: true }
  const commission = { id: 'european-commission', surfaces: ['Commission'], type: 'institution' as const, speaker: true }
  t.same(run([['Our three institutions will deliver on these priorities.', 'We will act.']], { speaker: council, metadata: { title: 'Joint Declaration by the Presidents of the European Parliament, the Council and the Commission' }, extraActors: [parliament, commission] })
    .commitments.map((c) => c.holderIds), [['council-of-the-eu', 'european-commission', 'european-parliament'], ['european-union']], 'the Parliament too')
})

test('"They" opening the sentence after a commitment of several holders is all of them', async (t) => {
  const canada = { id: 'canada', surfaces: ['Canada'] }
  const holders = (sentences: string[]): string[][] => run([sentences], { extraActors: [canada] }).commitments.map((c) => c.holderIds)
  t.same(holders(['The EU and Canada will deepen their partnership.', 'They will meet in May.']), [['european-union', 'canada'], ['european-union', 'canada']])
  t.same(holders(['The EU and Canada will deepen their partnership.', 'Terrorists attacked.', 'They will not succeed.']), [['european-union', 'canada']],
    'not after a sentence with no commitment')
  t.same(holders(['The EU will act.', 'They will not succeed.']), [['european-union']], 'not after one holder')
})

test('"They" opening the sentence after one that opens on a joint text\'s parties is all of them, though it pledged nothing', async (t) => {
  const ukraine = { id: 'ukraine', surfaces: ['Ukraine'] }
  const holders = (sentences: string[], title = 'Joint statement following the EU-Ukraine Summit'): Array<[string[], string]> =>
    run([sentences], { speaker: null, metadata: { title }, extraActors: [ukraine] }).commitments.map((c) => [c.holderIds, c.action])
  t.same(holders(['The leaders met in Kyiv.', 'They will meet again in May.']), [[['european-union', 'ukraine'], 'meet']])
  t.same(holders(['Both sides welcomed the progress.', 'They condemned the attack and will continue to work together.']), [[['european-union', 'ukraine'], 'continue']],
    'also past a first verb')
  t.same(holders(['The leaders welcomed the two agreements.', 'They will enter into force next year.']), [], 'an action only things take')
  t.same(holders(['The leaders met in Kyiv.', 'They will meet again in May.'], 'EU-Ukraine Summit Statement'), [[['european-union', 'ukraine'], 'meet']],
    'the summit of two the title names')
  t.same(holders(['The leaders met in Kyiv.', 'They will meet again in May.'], 'Statement on EU-Ukraine relations'), [], 'no joint text, no meeting')
})

test('"Neither side will" of a joint text is all its parties, negated', async (t) => {
  const ukraine = { id: 'ukraine', surfaces: ['Ukraine'] }
  const found = run([['Neither side will impose new barriers to trade.', 'Neither party will seek unilateral advantage.']],
    { speaker: null, metadata: { title: 'Joint statement following the EU-Ukraine Summit' }, extraActors: [ukraine] })
    .commitments.map((c) => [c.holderIds, c.polarity, c.action])
  t.same(found, [[['european-union', 'ukraine'], 'negative', 'impose'], [['european-union', 'ukraine'], 'negative', 'seek']])
})

test('a person named before "and I" or "and we" commits with the speaker\'s side', async (t) => {
  const carney = { id: 'mark-carney', surfaces: ['Prime Minister Carney'], type: 'person' as const, affiliationId: 'canada' }
  t.same(commitmentsOf('Prime Minister Carney and I will continue our work.', { extraActors: [carney] }).map((c) => [c.holderIds, c.clause.text]),
    [[['european-commission', 'mark-carney'], 'Prime Minister Carney and I will continue our work']])
  t.same(commitmentsOf('With Prime Minister Carney and I, nothing.', { extraActors: [carney] }), [], 'no modal')
  t.same(commitmentsOf('Talks with Prime Minister Carney and we will continue them.', { extraActors: [carney] }).map((c) => c.holderIds), [['european-union']],
    'after a preposition the name is no subject: "we" alone')
  t.same(commitmentsOf('We support Prime Minister Carney and we will continue to help him.', { extraActors: [carney] }).map((c) => c.holderIds), [['european-union']],
    'the object of a verb before "and we" is no subject')
  t.same(commitmentsOf('I thank Prime Minister Carney and I will visit Canada.', { extraActors: [carney] }).map((c) => c.holderIds), [['european-commission']],
    'nor is the object after a title')
  t.same(commitmentsOf('Today, Prime Minister Carney and I will sign the agreement.', { extraActors: [carney] }).map((c) => c.holderIds), [['european-commission', 'mark-carney']],
    'after an opening adverb')
  t.same(commitmentsOf('That is why Prime Minister Carney and I will sign the agreement.', { extraActors: [carney] }).map((c) => c.holderIds), [['european-commission', 'mark-carney']],
    'after "why"')
})

test('"Our negotiators", "our expert teams", "our High Representative" are "we"; "their negotiators" and "our economy" are not', async (t) => {
  t.same(commitmentsOf('Our negotiators will meet again next week.').map((c) => [c.holderIds, c.action]), [[['european-union'], 'meet']])
  t.same(commitmentsOf('Our expert teams will assess the damage.').map((c) => c.holderIds), [['european-union']])
  t.same(commitmentsOf('Our High Representative, Josep Borrell, will travel to Tokyo.').map((c) => c.holderIds), [['european-union']], 'our representative')
  t.same(commitmentsOf('Their negotiators will meet again.'), [])
  t.same(commitmentsOf('Our economy will grow.'), [])
})

test('a denied reason and a free relative are no pledge: "Not because we want to", "what we will do"', async (t) => {
  t.same(commitmentsOf('Not because we want to replace NATO, but because a stronger Europe makes a stronger NATO.'), [])
  t.same(commitmentsOf('It is not that we intend to leave the talks.'), [])
  t.same(commitmentsOf('Here is what we will do this year.'), [])
  t.same(commitmentsOf('We will do what it takes.').map((c) => c.action), ['do'], 'a free relative after the modal is its object')
  t.same(commitmentsOf('We act because we want to protect our citizens.').map((c) => c.action), ['protect'], 'a reason that is not denied')
})

test('"my services" and "my team" are the speaker, as "I"; "my country" is not', async (t) => {
  t.same(commitmentsOf('Within 100 days, my services will present a Defence Single Market Act.').map((c) => [c.holderIds, c.action]), [[['european-commission'], 'present']])
  t.same(commitmentsOf('My team will support the reforms.').map((c) => c.holderIds), [['european-commission']])
  t.same(commitmentsOf('My country will grow.'), [])
})

test('in a read-out without a speaker, "Both leaders" are the sides of the people its title names', async (t) => {
  const vdl = { id: 'ursula-von-der-leyen', surfaces: ['Ursula von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const zelenskyy = { id: 'volodymyr-zelenskyy', surfaces: ['Volodymyr Zelenskyy'], type: 'person' as const, affiliationId: 'ukraine' }
  const vdlTitled = { name: 'von der Leyen', role: 'President' }
  const people = [vdlTitled, { name: 'Zelenskyy', role: 'President' }]
  const holders = (metadata: object): string[][] => run([['Both leaders agreed to stay in close contact.', 'The two leaders will meet next week.']], { speaker: null, metadata, extraActors: [vdl, zelenskyy, { id: 'ukraine', surfaces: ['Ukraine'] }] })
    .commitments.map((c) => c.holderIds)
  t.same(holders({ title: 'Readout of the phone call between President von der Leyen and President Zelenskyy', people }), [['european-union', 'ukraine'], ['european-union', 'ukraine']])
  t.same(holders({ title: 'Readout of the phone call', people: [] }), [], 'no people in the title: the leaders are someone else')
  const lula = { id: 'luiz-inacio-lula-da-silva', surfaces: ['Luiz Inácio Lula da Silva', 'Lula'], type: 'person' as const, affiliationId: 'brazil' }
  const withAlias = run([['Both leaders agreed to stay in close contact.']], {
    speaker: null,
    metadata: { title: 'Readout of the phone call between President von der Leyen and President Lula', people: [vdlTitled, { name: 'Lula', role: 'President' }] },
    extraActors: [vdl, lula, { id: 'brazil', surfaces: ['Brazil'] }]
  })
  t.same(withAlias.commitments.map((c) => c.holderIds), [['european-union', 'brazil']], 'a person the title names by an alias')
})

test('in a read-out of a visit to a country, "Both sides" are the visitor\'s side and the host the title names', async (t) => {
  const sikela = { id: 'jozef-sikela', surfaces: ['Jozef Síkela', 'Síkela'], type: 'person' as const, affiliationId: 'european-commission' }
  const holders = (title: string): string[][] => run([['Commissioner Jozef Síkela met President Lula.'], ['Both sides agreed to hold the next dialogue in June.']], {
    speaker: null, metadata: { type: 'other', title, people: [] }, extraActors: [sikela, { id: 'brazil', surfaces: ['Brazil'] }]
  }).commitments.map((c) => c.holderIds)
  t.same(holders('Readout of Commissioner Síkela\'s visit to Brazil'), [['european-union', 'brazil']])
  t.same(holders('Readout of Commissioner Síkela\'s mission to Brazil'), [['european-union', 'brazil']])
  t.same(holders('Readout of Commissioner Síkela\'s talks on Brazil'), [], 'no visit: the sides are someone else')
})

test('in a read-out, what the title\'s counterpart says the EU should or will do is his claim, not a pledge; his own party\'s is kept', async (t) => {
  const vdl = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'she' as const }
  const zelenskyy = { id: 'volodymyr-zelenskyy', surfaces: ['President Zelenskyy'], type: 'person' as const, affiliationId: 'ukraine', pronoun: 'he' as const }
  const metadata = { type: 'other' as const, reference: 'READ/25/999', title: 'Readout of the phone call between President von der Leyen and President Zelenskyy', people: [{ name: 'von der Leyen', role: 'President' }, { name: 'Zelenskyy', role: 'President' }] }
  const found = (sentences: string[]): Array<[string[], string]> => run([sentences], { speaker: null, metadata, extraActors: [vdl, zelenskyy, { id: 'ukraine', surfaces: ['Ukraine'] }] })
    .commitments.map((c) => [c.holderIds, c.action])
  t.same(found(['President Zelenskyy said that the EU should open all clusters in June.']), [])
  t.same(found(['President Zelenskyy stressed that the EU must deliver more air defence.']), [])
  t.same(found(['President Zelenskyy thanked the EU.', 'He said the EU will open the first cluster.']), [], 'his "He"')
  t.same(found(['President Zelenskyy said that Ukraine would implement the reforms.']), [[['ukraine'], 'implement']], 'his own party')
  t.same(found(['The President thanked President Zelenskyy.', 'She confirmed that the EU would continue its support.']), [[['european-union'], 'continue']], 'a "She" is not him')
  t.same(found(['President von der Leyen said that the EU would open the first cluster.']), [[['european-union'], 'open']], 'the side\'s own person')
})

test('in a read-out, "Both" and "They" opening a sentence that reports a decision are the sides of the title\'s people: "Both agreed to remain in close contact"', async (t) => {
  const kyriakides = { id: 'stella-kyriakides', surfaces: ['Stella Kyriakides'], type: 'person' as const, affiliationId: 'european-commission' }
  const tedros = { id: 'tedros', surfaces: ['Tedros'], type: 'person' as const, affiliationId: 'who' }
  const metadata = { title: 'Readout of the call between Commissioner Kyriakides and Director-General Tedros', people: [{ name: 'Kyriakides', role: 'Commissioner' }, { name: 'Tedros', role: 'Director-General' }] }
  const found = (sentences: string[]): Array<[string[], string]> => run([sentences], { speaker: null, metadata, extraActors: [kyriakides, tedros, { id: 'who', surfaces: ['WHO'], type: 'organisation' }] })
    .commitments.map((c) => [c.holderIds, c.action])
  t.same(found(['Both agreed to remain in close contact.']), [[['european-union', 'who'], 'remain']])
  t.same(found(['They also agreed to meet in October.', 'They will meet again in Geneva.']), [[['european-union', 'who'], 'meet'], [['european-union', 'who'], 'meet']])
  t.same(found(['They will enter into force in 2026.']), [], 'no decision: "They" may be anything')
  t.same(found(['Both will benefit from the agreement.']), [])
})

test('in a read-out, an opening "He" or "She" is the side\'s person its first paragraph names, unless someone outside the side was named since the paragraph before', async (t) => {
  const sefcovic = { id: 'maros-sefcovic', surfaces: ['Commissioner Šefčovič'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'he' as const }
  const lutnick = { id: 'howard-lutnick', surfaces: ['Secretary Lutnick'], type: 'person' as const, affiliationId: 'united-states', pronoun: 'he' as const }
  const holders = (paragraphs: string[][], reference = 'READ/25/999'): string[][] => run(paragraphs, { speaker: null, metadata: { type: 'other', reference }, extraActors: [sefcovic, lutnick] })
    .commitments.map((c) => c.holderIds)
  const opening = ['Commissioner Šefčovič spoke today with Secretary Lutnick.']
  t.same(holders([opening, ['They discussed the tariffs.'], ['He will travel to Washington on 7 April.']]), [['maros-sefcovic']])
  t.same(holders([opening, ['Secretary Lutnick presented his views.'], ['He will travel to Washington on 7 April.']]), [], 'the other side named in the paragraph before')
  t.same(holders([opening, ['They discussed the tariffs. Secretary Lutnick presented his views. He will travel to Brussels.']]), [], 'or before it in its own')
  t.same(holders([opening, ['They discussed the tariffs.'], ['He will travel to Washington on 7 April.']], 'IP/25/999'), [], 'not in another text')
})

test('in a read-out, an opening "He" or "She" must be the pronoun of the side\'s person; someone outside the side of the other pronoun does not block it', async (t) => {
  const vdl = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'she' as const }
  const carney = { id: 'mark-carney', surfaces: ['Prime Minister Carney'], type: 'person' as const, affiliationId: 'canada', pronoun: 'he' as const }
  const sefcovic = { id: 'maros-sefcovic', surfaces: ['Commissioner Šefčovič'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'he' as const }
  const tai = { id: 'katherine-tai', surfaces: ['Ambassador Tai'], type: 'person' as const, affiliationId: 'united-states', pronoun: 'she' as const }
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, { speaker: null, metadata: { type: 'other', reference: 'READ/25/999' }, extraActors: [vdl, carney, sefcovic, tai] })
    .commitments.map((c) => c.holderIds)
  const call = ['President von der Leyen spoke today with Prime Minister Carney.']
  t.same(holders([call, ['They discussed the tariffs.'], ['He will travel to Washington on 7 April.']]), [], '"He" is not President von der Leyen')
  t.same(holders([call, ['She will travel to Washington on 7 April.']]), [['ursula-von-der-leyen']])
  t.same(holders([['Commissioner Šefčovič spoke today with Ambassador Tai.'], ['Ambassador Tai presented her views.'], ['He will travel to Washington on 7 April.']]), [['maros-sefcovic']])
  const unknown = { ...vdl, pronoun: undefined }
  t.same(run([call, ['She will travel to Washington on 7 April.']], { speaker: null, metadata: { type: 'other', reference: 'READ/25/999' }, extraActors: [unknown, carney] }).commitments, [],
    'not a person whose pronoun is unknown')
})

test('an opening "He" or "She" is the one person of that pronoun the sentence before names, when of the side: "Commissioner Kos welcomed the agreement. She will travel to Kyiv"', async (t) => {
  const virkkunen = { id: 'henna-virkkunen', surfaces: ['Executive Vice-President Virkkunen'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'she' as const }
  const kos = { id: 'marta-kos', surfaces: ['Commissioner Kos'], type: 'person' as const, affiliationId: 'european-commission', pronoun: 'she' as const }
  const meloni = { id: 'giorgia-meloni', surfaces: ['Prime Minister Meloni'], type: 'person' as const, affiliationId: 'italy', pronoun: 'she' as const }
  const holders = (paragraphs: string[][], reference: string): string[][] => run(paragraphs, { speaker: null, metadata: { type: 'other', reference }, extraActors: [virkkunen, kos, meloni] })
    .commitments.map((c) => c.holderIds)
  t.same(holders([['Commissioner Kos welcomed the agreement.', 'She will travel to Kyiv on Monday.']], 'MEX/25/999'), [['marta-kos']], 'in daily news')
  t.same(holders([['Executive Vice-President Virkkunen welcomed the agreement.'], ['Commissioner Kos welcomed it.', 'She will travel to Kyiv on Monday.']], 'READ/25/999'),
    [['marta-kos']], 'in a read-out, before the person it is about')
  t.same(holders([['Commissioner Kos met Prime Minister Meloni.', 'She will travel to Kyiv on Monday.']], 'MEX/25/999'), [], 'two people of that pronoun')
  t.same(holders([['Prime Minister Meloni welcomed the agreement.', 'She will travel to Kyiv on Monday.']], 'MEX/25/999'), [], 'someone outside the side')
})

test('an opening "They" is the pair the sentence before opens on, though it pledged nothing: "The President and the Prime Minister discussed trade. They will meet again in June."', async (t) => {
  const vdl = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen', 'The President'], type: 'person' as const, affiliationId: 'european-commission' }
  const carney = { id: 'mark-carney', surfaces: ['Prime Minister Carney', 'the Prime Minister'], type: 'person' as const, affiliationId: 'canada' }
  const metadata = { title: 'Readout of the phone call between President von der Leyen and Prime Minister Carney', people: [{ name: 'von der Leyen', role: 'President' }, { name: 'Carney', role: 'Prime Minister' }] }
  const found = (sentences: string[]): Array<[string[], string]> => run([sentences], { speaker: null, metadata, extraActors: [vdl, carney, { id: 'canada', surfaces: ['Canada'] }] })
    .commitments.map((c) => [c.holderIds, c.action])
  t.same(found(['The President and the Prime Minister discussed trade.', 'They will meet again in June.']), [[['ursula-von-der-leyen', 'mark-carney'], 'meet']],
    'the same holders as "The President and the Prime Minister will meet"')
  t.same(found(['The President and the Prime Minister also discussed trade.', 'They will meet again in June.']), [[['ursula-von-der-leyen', 'mark-carney'], 'meet']], 'past an adverb')
  t.same(found(['The President and the Prime Minister discussed trade.', 'They agreed to launch negotiations.']), [[['european-union', 'canada'], 'launch']],
    'a decision the read-out reports is its parties\'')
  t.same(found(['The Commission and Canada signed a regulation.', 'They will enter into force in June.']), [], 'an action only things take')
  t.same(found(['The President, Canada and the Prime Minister discussed trade.', 'They will meet again in June.']), [], 'no pair: a list')
  t.same(found(['Russia and the Commission discussed trade.', 'They will meet again in June.']), [], 'the first of the pair is not of the side')
  t.same(found(['The President spoke with the Prime Minister.', 'They will meet again in June.']), [], 'no pair opens the sentence')
})

test('in a read-out, "The two leaders" opening a sentence carry over to a second verb: "welcomed ... and agreed to sign"', async (t) => {
  const vdl = { id: 'ursula-von-der-leyen', surfaces: ['Ursula von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const modi = { id: 'narendra-modi', surfaces: ['Narendra Modi'], type: 'person' as const, affiliationId: 'india' }
  const metadata = { title: 'Readout of the phone call between President von der Leyen and Prime Minister Modi', people: [{ name: 'von der Leyen', role: 'President' }, { name: 'Modi', role: 'Prime Minister' }] }
  const found = (sentence: string): Array<[string[], string]> => run([[sentence]], { speaker: null, metadata, extraActors: [vdl, modi, { id: 'india', surfaces: ['India'] }] })
    .commitments.map((c) => [c.holderIds, c.action])
  t.same(found('The two leaders welcomed the conclusion of the talks and agreed to sign the agreement.'), [[['european-union', 'india'], 'sign']])
  t.same(found('Both leaders also discussed trade and agreed to meet in May.'), [[['european-union', 'india'], 'meet']])
  t.same(found('The two leaders of Russia and Belarus met and agreed to fight on.'), [], 'a phrase that names others is no lead subject')
  t.same(found('On Ukraine, the two leaders welcomed the efforts towards peace and agreed to remain in close contact.'), [[['european-union', 'india'], 'remain']],
    'past a short phrase that opens the sentence')
})

test('the subject that opens a sentence past a short opening phrase carries over to a second verb: "Today, the Commission adopted the plan and will present"', async (t) => {
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence, { speaker: null }).map((c) => [c.holderIds, c.action])
  t.same(found('Today, the Commission adopted the plan and will present a proposal in May.'), [[['european-commission'], 'present']])
  t.same(commitmentsOf('On Ukraine, we condemned the attack and will respond.').map((c) => [c.holderIds, c.action]), [[['european-union'], 'respond']], 'a President\'s "we"')
  t.same(found('If the rules work, the Commission welcomed them and will extend them.'), [], 'not past a subordinate clause')
})

test('"we" of a text that declares itself ("We, the Leaders of ...") is the bodies it names', async (t) => {
  const g7 = { id: 'g7', surfaces: ['Group of Seven', 'G7'], type: 'organisation' as const }
  const japan = { id: 'japan', surfaces: ['Japan'] }
  const holders = (declaration: string): string[][] => run([[declaration, 'We will impose further sanctions on Russia.']], { speaker: null, extraActors: [g7, japan] })
    .commitments.map((c) => c.holderIds)
  t.same(holders('We, the Leaders of the Group of Seven (G7), met in Hiroshima.'), [['g7']])
  t.same(holders('We, the Leaders of the European Union and Japan, the Commission and NATO, reaffirm our partnership.'), [['european-union', 'japan', 'nato']],
    'a list stays whole; the Commission speaks as the Union')
  t.same(holders('We, the undersigned, met in Hiroshima.'), [[]], 'no body named: no one')
  t.same(holders('The Leaders of the G7 met in Hiroshima.'), [[]], 'no declaration: no one')
})

test('"We, the Heads of State and Government of the Member States of the African Union and the European Union," declares the bodies after the groups\' "of"', async (t) => {
  const extraActors = [{ id: 'african-union', surfaces: ['African Union'], type: 'organisation' as const }, { id: 'japan', surfaces: ['Japan'] },
    { id: 'member-states', surfaces: ['Member States'], type: 'group' as const }, { id: 'heads-of-state-or-government', surfaces: ['Heads of State and Government'], type: 'group' as const }]
  const holders = (declaration: string): string[][] => run([[declaration, 'We will step up our cooperation against migrant smuggling.']], { speaker: null, extraActors })
    .commitments.map((c) => c.holderIds)
  // Near-misses that keep their reading.
  t.same(holders('We, the Leaders of the European Union and Japan, met in Tokyo.'), [['european-union', 'japan']])
  t.same(holders('We, the Heads of State and Government, met in Luanda.'), [['heads-of-state-or-government']], 'a group that names no body after it is who "we" are')
  t.same(holders('We, the Member States and the African Union, met in Luanda.'), [['member-states', 'african-union']], 'a group in a list, not before "of"')
  // The fix.
  t.same(holders('We, the Heads of State and Government of the Member States of the African Union and the European Union, met in Luanda.'),
    [['african-union', 'european-union']])
  t.same(holders('We, the Member States of the African Union, met in Luanda.'), [['african-union']])
})

test('a joint press conference is not a joint text', async (t) => {
  const title = 'Statement by President von der Leyen at the joint press conference with NATO Secretary-General Stoltenberg'
  const { commitments } = run([['We will step up cooperation on space.']], { metadata: { title } })
  t.same(commitments[0]?.holderIds, ['european-union'])
})

test('an elided subject after "and" carries the holder over as a second clause', async (t) => {
  const commitments = commitmentsOf('The Commission will propose a law and will present a budget.')
  t.same(commitments.map((c) => [c.clausePosition, c.action, c.holderIds[0]]), [[1, 'propose', 'european-commission'], [2, 'present', 'european-commission']])
  t.same(commitments.map((c) => c.clause.text), ['The Commission will propose a law', 'will present a budget'], 'the clauses do not overlap')
})

test('"The EU and its Member States" is the Union\'s side and the Member States\', as "The Commission and the Member States" is both', async (t) => {
  t.same(commitmentsOf('The EU and its Member States will continue to support Ukraine.')[0]?.holderIds, ['european-union'], 'the Member States no actor')
  const extraActors = [{ id: 'member-states', surfaces: ['Member States'], type: 'group' as const }]
  const holders = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.holderIds
  t.same(holders('The Union and its Member States will continue to support Ukraine.'), ['european-union', 'member-states'])
  t.same(holders('The EU and the Member States will use all tools at their disposal.'), ['european-union', 'member-states'])
  t.same(holders('The Commission and the Member States will use all tools at their disposal.'), ['european-commission', 'member-states'])
  t.same(holders('The EU and its Member States will help Member States in need.'), ['european-union', 'member-states'], 'once')
  t.same(holders('The EU will help its Member States.'), ['european-union'], 'not the object')
})

test('a quote reported from a named person keeps the speaker\'s "we"', async (t) => {
  t.same(commitmentsOf('President Juncker added that "we want to conclude these negotiations".')[0]?.holderIds, ['european-union'])
})

test('a person who speaks for the speaker\'s side is an explicit subject and holds the commitment', async (t) => {
  const commissioner = { id: 'kadri-simson', surfaces: ['Commissioner Simson'], type: 'person' as const, affiliationId: 'european-commission' }
  const { commitments } = run([['Commissioner Simson will travel to Kyiv next week.']], { extraActors: [{ ...commissioner, affiliationId: null }] })
  t.same(commitments, [], 'not without the affiliation')
  const withAffiliation = run([['Commissioner Simson will travel to Kyiv next week.']], { extraActors: [commissioner] })
  t.same(withAffiliation.commitments[0]?.holderIds, ['kadri-simson'])
})

test('a person of another side is not: "President Metsola will chair the debate"', async (t) => {
  const metsola = { id: 'roberta-metsola', surfaces: ['President Metsola'], type: 'person' as const, affiliationId: 'european-parliament' }
  t.same(run([['President Metsola will chair the debate.']], { extraActors: [metsola] }).commitments, [])
})

test('the President of the European Council in office acts for the side: "President Costa will attend the UN General Assembly"', async (t) => {
  const readout = { speaker: null, metadata: { type: 'other' as const, reference: 'READ/25/999', date: '2025-02-28' } }
  const costa = { id: 'antonio-costa', surfaces: ['President Costa'], type: 'person' as const, affiliationId: 'european-council' }
  t.same(run([['President Costa will attend the UN General Assembly next month.']], { ...readout, extraActors: [costa] }).commitments.map((c) => c.holderIds), [['antonio-costa']])
  // Out of office, the gazetteer dates him back to his country (people.test.ts).
  const tusk = { ...costa, id: 'donald-tusk', surfaces: ['Prime Minister Tusk'], affiliationId: 'poland' }
  t.same(run([['Prime Minister Tusk will host the summit tomorrow.']], { ...readout, extraActors: [tusk] }).commitments, [], 'out of office')
  const council = { id: 'european-council', surfaces: ['European Council'], type: 'institution' as const }
  t.same(run([['The European Council will discuss it in March.']], { ...readout, extraActors: [council] }).commitments, [], 'the institution is no side')
})

test('"we will welcome" refugees is a pledge, not a performative', async (t) => {
  t.equal(commitmentsOf('We will welcome refugees from Ukraine.')[0]?.action, 'welcome')
})

test('an apposition between the subject and its modal is read past', async (t) => {
  const schmit = { id: 'nicolas-schmit', surfaces: ['Mr Schmit'], type: 'person' as const, affiliationId: 'european-commission' }
  const holders = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: [schmit] }).map((c) => c.holderIds)
  t.same(holders('Mr Schmit, Commissioner for Jobs, will join her.'), [['nicolas-schmit']])
  t.same(holders('The Commission, together with the Member States, will launch a campaign.'), [['european-commission']])
  t.same(holders('The EU, as the largest donor, will continue its support.'), [['european-union']])
  t.same(holders('Russia, as we know, will not stop.'), [], 'another actor before it')
  t.same(holders('This, in turn, will help us.'), [], 'a thing before it')
})

test('an apposition listing those who act with the subject is read past to its opening words', async (t) => {
  const schmit = { id: 'nicolas-schmit', surfaces: ['Mr Schmit'], type: 'person' as const, affiliationId: 'european-commission' }
  const partners = ['France', 'Germany', 'United Kingdom', 'African Union'].map((name) => ({ id: name.toLowerCase().replace(' ', '-'), surfaces: [name] }))
  const holders = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: [schmit, ...partners] }).map((c) => c.holderIds)
  t.same(holders('The EU, together with France, Germany, the United Kingdom and the African Union, will co-host the conference.'),
    [['european-union', 'france', 'germany', 'united-kingdom', 'african-union']], 'the parties named "together with" hold it too')
  t.same(holders('The EU, alongside Germany, France and the United Kingdom, stands ready to support the process.'), [['european-union']])
  t.same(holders('In Brussels, Mr Schmit, Commissioner for Jobs and Social Rights, will present it.'), [['nicolas-schmit']], 'a portfolio with "and"')
  t.same(holders('Several partners, including France, Germany and the United Kingdom, will host refugees.'), [], 'no one of the side')
  t.same(holders('Team Europe, together with the European Investment Bank and the national development banks of the Member States, will mobilise the package.'), [['european-union']], 'long names')
  t.same(holders('The EU, as the largest donor of humanitarian aid to the people of the region in the past decade, will continue.'), [], 'a long apposition that names no partners')
})

test('the parties named "together with" or "jointly with" the subject hold the pledge with it, after it; not the verb\'s partners', async (t) => {
  const extraActors = [{ id: 'egypt', surfaces: ['Egypt'] }, { id: 'jordan', surfaces: ['Jordan'] },
    { id: 'african-union', surfaces: ['African Union'], type: 'organisation' as const },
    { id: 'member-states', surfaces: ['Member States'], type: 'group' as const },
    { id: 'abdel-fattah-el-sisi', surfaces: ['President Sisi'], type: 'person' as const }]
  const holders = (sentence: string, options: RunOptions = {}): string[][] => commitmentsOf(sentence, { extraActors, ...options }).map((c) => c.holderIds)
  const release = { speaker: null, metadata: { type: 'press_release' as const } }
  t.same(holders('The EU, together with Egypt, will co-host the conference on green hydrogen in Cairo.', release), [['european-union', 'egypt']])
  t.same(holders('Together with Egypt, the European Union will launch a programme for water security.', release), [['european-union', 'egypt']])
  t.same(holders('Today, jointly with Jordan and the African Union, the EU will host a pledging conference.', release), [['european-union', 'jordan', 'african-union']])
  t.same(holders('The EU will, together with Egypt and Jordan, co-host the donors\' meeting.', release), [['european-union', 'egypt', 'jordan']])
  t.same(holders('Together with Egypt, we will build a new energy partnership.'), [['european-union', 'egypt']], '"we" too')
  // Near-misses that keep the side alone.
  t.same(holders('The Commission will work together with Egypt on the implementation of the programme.', release), [['european-commission']], 'the verb\'s partner')
  t.same(holders('The EU will cooperate jointly with Egypt on water.', release), [['european-union']])
  t.same(holders('The EU, together with the Member States, will mobilise EUR 1 billion.', release), [['european-union']], 'a group is no party')
  t.same(holders('Together with President Sisi, I will open the plant tomorrow.'), [['european-commission']], 'nor a person')
  t.same(holders('Together with Egypt\'s private sector, the Commission will invest in solar power.', release), [['european-commission']], 'not all names')
  t.same(holders('We will support Egypt, together with Jordan, in managing migration.'), [['european-union']], 'a phrase on the object')
})

test('a title before the side\'s person named between commas is that person: "Our Commissioner for Trade, Valdis Dombrovskis, will"', async (t) => {
  const dombrovskis = { id: 'valdis-dombrovskis', surfaces: ['Valdis Dombrovskis'], type: 'person' as const, affiliationId: 'european-commission' }
  const lavrov = { id: 'sergey-lavrov', surfaces: ['Sergey Lavrov'], type: 'person' as const }
  const holders = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: [dombrovskis, lavrov] }).map((c) => c.holderIds)
  t.same(holders('Our Commissioner for Trade, Valdis Dombrovskis, will travel to Washington next week.'), [['valdis-dombrovskis']])
  t.same(holders('The Commissioner, Valdis Dombrovskis, will travel to Washington.'), [['valdis-dombrovskis']])
  t.same(holders('The Minister of Foreign Affairs, Sergey Lavrov, will travel to Washington.'), [], 'no one of the side')
  t.same(holders('I thank the Commissioner for Trade, Valdis Dombrovskis, who will travel to Washington.'), [], 'an object')
})

test('a bracket after the subject, its acronym, is read past', async (t) => {
  const holders = (sentence: string): string[][] => commitmentsOf(sentence).map((c) => c.holderIds)
  t.same(holders('The European Union (EU) will continue to support Ukraine.'), [['european-union']])
  t.same(holders('The Commission (DG SANTE) will publish the guidelines.'), [['european-commission']])
  t.same(holders('The measures (see annex) will apply.'), [], 'a thing before it')
})

test('a listed subject with the speaker\'s side commits every actor it lists', async (t) => {
  const extraActors = [{ id: 'eib', surfaces: ['EIB'], type: 'institution' as const }, { id: 'member-states', surfaces: ['Member States'], type: 'group' as const }, { id: 'canada', surfaces: ['Canada'] }, { id: 'japan', surfaces: ['Japan'] }]
  const holders = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors }).map((c) => c.holderIds)
  t.same(holders('The Commission, the Member States and the EIB will invest.'), [['european-commission', 'member-states', 'eib']])
  t.same(holders('The EU, Canada, and Japan will cooperate.'), [['european-union', 'canada', 'japan']], 'with a serial comma')
  t.same(holders('Russia, Belarus and Iran will face sanctions.'), [], 'a list without the side')
})

test('the side\'s actor that opens a sentence is the subject of a modal coordinated with its first verb', async (t) => {
  const found = (sentence: string): Array<[string[], string, string]> => commitmentsOf(sentence).map((c) => [c.holderIds, c.action, c.clause.text])
  t.same(found('The EU reiterates its full support for the Luanda process and will continue to work with regional partners.'),
    [[['european-union'], 'continue', 'will continue to work with regional partners']])
  t.same(found('The Commission adopted the package today, and will present a second one in June.').map(([holders, action]) => [holders, action]),
    [[['european-commission'], 'present']], 'a past verb, and a comma before "and"')
  t.same(found('The EU and Ukraine signed the agreement and will implement it swiftly.').map(([holders]) => holders),
    [['european-union', 'ukraine']], 'a paired subject commits both')
  t.same(found('The EU welcomes that Ukraine has adopted the law and will continue to support it.'), [], 'another clause comes between')
  t.same(found('Russia attacked Ukraine and will pay for it.'), [], 'not the side')
  t.same(found('The Commission proposal is ambitious and will help our industry.'), [], 'a noun after the name is no verb')
  t.same(found('The EU sanctions regime is strong and will stay in place.'), [], 'nor a plural noun followed by the real verb')
  t.same(found('In the Commission, staff work hard and will deliver.'), [], 'the sentence does not open with the actor')
  t.same(found('We condemn this attack and will respond firmly.'), [[['european-union'], 'respond', 'will respond firmly']], '"we" opens the sentence')
  t.same(found('I thank the Prime Minister and will travel to Kyiv next week.').map(([holders, action]) => [holders, action]), [[['european-commission'], 'travel']])
  t.same(found('We know that Russia is weak and will lose.'), [], 'another clause comes between "we" and the modal')
  t.same(found('The EU has suspended its countermeasures until 14 July and will take further steps.').map(([holders, action]) => [holders, action]),
    [[['european-union'], 'take']], '"until" before a date opens no clause')
  t.same(found('The EU has supported Ukraine until Russia withdrew and will continue.'), [], 'as "until" before a clause does')
})

test('the side\'s subject of a clause the side reports carries over to a modal coordinated with its first verb', async (t) => {
  const found = (sentence: string): Array<[string[], string, string]> => commitmentsOf(sentence).map((c) => [c.holderIds, c.action, c.clause.text])
  t.same(found('The President underlined that the Commission considers Ukraine ready and will continue to work with the Presidency.'),
    [[['european-commission'], 'continue', 'will continue to work with the Presidency']])
  t.same(found('She said that the EU stands by Ukraine and will continue its support.').map(([holders, action]) => [holders, action]),
    [[['european-union'], 'continue']], 'a reporting pronoun')
  t.same(found('The Kremlin claims that the EU supports Ukraine and will attack Russia.'), [], 'a claim of others')
  t.same(found('The President said that Ukraine has adopted the law and will implement it.'), [], 'not the side')
})

test('the Commission\'s services are the Commission', async (t) => {
  t.same(commitmentsOf('Commission services will assess the plans.').map((c) => [c.holderIds, c.clause.text]),
    [[['european-commission'], 'Commission services will assess the plans']])
  t.same(commitmentsOf('National services will assess the plans.'), [], 'other services are not the side')
})

test('"My Commission" is the Commission, and its clause starts at "My"', async (t) => {
  t.same(commitmentsOf('My Commission will propose a new law.').map((c) => [c.holderIds, c.clause.text]),
    [[['european-commission'], 'My Commission will propose a new law']])
})

test('"all of us", "each of us" are "we"', async (t) => {
  t.same(commitmentsOf('All of us will need to do more.').map((c) => [c.modality, c.holderIds, c.clause.text]),
    [['obligation', ['european-union'], 'All of us will need to do more']])
  t.same(commitmentsOf('Each of us must do more.').map((c) => c.holderIds), [['european-union']])
  t.same(commitmentsOf('Some of us will travel.'), [], 'only some of "we"')
  t.same(commitmentsOf('For all of us will be better off.'), [], 'not after a preposition')
})

test('"we" with a plural noun after it ("We Europeans") is "we"', async (t) => {
  t.same(commitmentsOf('We Europeans will defend our democracy.').map((c) => [c.holderIds, c.action, c.clause.text]),
    [[['european-union'], 'defend', 'We Europeans will defend our democracy']])
  t.same(commitmentsOf('We leaders must act now.').map((c) => c.modality), ['obligation'])
  t.same(commitmentsOf('If we Europeans will not act, others will.'), [], 'not in a condition')
})

test('a subject that ends on partners who are no actor commits the side before "and"', async (t) => {
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence).map((c) => [c.holderIds, c.action])
  t.same(found('The EU and its partners will continue to support Ukraine.'), [[['european-union'], 'continue']])
  t.same(found('The Commission and national authorities will cooperate closely.'), [[['european-commission'], 'cooperate']])
  t.same(found('We and our partners will stand by Ukraine.'), [[['european-union'], 'stand']])
  t.same(commitmentsOf('The EU and its partners will continue to support Ukraine.')[0]?.clause.text, 'The EU and its partners will continue to support Ukraine')
  t.same(found('The EU sanctions and the Russian economy will suffer.'), [], 'the words after "and" name another actor')
  t.same(found('The EU and its partners that agree will act.'), [], 'a clause of their own')
  t.same(found('Prices and energy costs will rise.'), [], 'no side before "and"')
  t.same(found('Neither we nor our partners will accept this.'), [[['european-union'], 'accept']])
  t.same(commitmentsOf('Neither we nor our partners will accept this.').map((c) => c.polarity), ['negative'], '"neither ... nor" denies the verb')
  t.same(found('Thanks to the EU and its partners, Ukraine will rebuild.'), [])
  t.same(found('The EU and the five Central Asian countries agreed to elevate their relations.'), [[['european-union'], 'elevate']],
    'partners named in five words, as summit texts count them')
  t.same(found('The EU adopted new rules and the five Central Asian countries will act.'), [], 'still no clause of their own')
})

test('a quote of someone the reporting clause does not name is not the speaker\'s: "A volunteer told me: “We will ...”"', async (t) => {
  t.same(commitmentsOf('A young volunteer told me: “We will fix it ourselves.”'), [])
  t.same(commitmentsOf('Our industry tells me: “Give us orders, and we will produce.”'), [])
  t.same(commitmentsOf('As I said: “We will act.”').map((c) => c.holderIds), [['european-union']], 'the speaker quoting themselves')
})

test('the reporting clause is the one after an opening clause: "When I was in Porto, a nurse told me: “We will ...”" is the nurse\'s', async (t) => {
  t.same(commitmentsOf('When I was Minister of Labour in Luxembourg, a young delivery rider told me: “We will never get a contract.”'), [])
  t.same(commitmentsOf('During my visit to Ostrava, a student said to me: “We will leave the country.”'), [])
  t.same(commitmentsOf('In Porto, we all said: “We will deliver the Pillar.”').map((c) => c.holderIds), [['european-union']], 'the side reporting')
})

test('"We, the College," is the body of the side the apposition names; one that names none of them is theirs', async (t) => {
  const extraActors = [{ id: 'european-commission', surfaces: ['Commission', 'the College'], type: 'institution' as const }, { id: 'g7', surfaces: ['G7'], type: 'organisation' as const }]
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence, { extraActors }).map((c) => [c.holderIds, c.clause.text])
  t.same(found('We, the College, will present the plan in March.'), [[['european-commission'], 'We, the College, will present the plan in March']])
  t.same(found('We, the leaders of the G7, will support Ukraine.'), [[['g7'], 'We, the leaders of the G7, will support Ukraine']], 'the body it names, not the speaker\'s side')
  t.same(found('We, as Europeans, will not give up.'), [[['european-union'], 'We, as Europeans, will not give up']])
})

test('"We, the G7 leaders," and "We, the undersigned donors,": an apposition that names none of the side is the bodies it names, or a joint text\'s signatories, never the publisher', async (t) => {
  const extraActors = [{ id: 'g7', surfaces: ['G7'], type: 'organisation' as const }, { id: 'member-states', surfaces: ['Member States'], type: 'group' as const },
    { id: 'japan', surfaces: ['Japan'], type: 'country' as const }]
  const pressRelease = { speaker: null, extraActors, metadata: { type: 'press_release' as const, reference: 'IP/25/100' } }
  const found = (sentence: string, options: RunOptions = pressRelease): string[][] => commitmentsOf(sentence, options).map((c) => c.holderIds)
  // Near-misses first: what must not change.
  t.same(found('We will provide funding in 2025.'), [['european-commission']], 'a plain "we" of the publisher')
  t.same(found('We, the Commission, will provide funding in 2025.'), [['european-commission']], 'an apposition naming the side')
  t.same(found('We, as Europeans, will not give up.', { extraActors }), [['european-union']], 'no body and no signatories: the speaker\'s side')
  t.same(found('We, the Europeans, will not give up.', { extraActors }), [['european-union']], 'a people, no signatories: the speaker\'s side')
  t.same(found('We, the friends of Japan, will continue to support its reforms.', { extraActors }), [['european-union']], 'who stand by a body are not it: the speaker\'s side')
  t.same(found('We, the partners of the G7, will meet again in May.', { extraActors }), [['european-union']])
  // The fix.
  t.same(found('We, the G7 leaders, will continue to support Ukraine.'), [['g7']])
  t.same(found('We, the undersigned Member States, will continue to support Ukraine.'), [['member-states']])
  t.same(found('We, the G7 and Japan, will continue to support Ukraine.'), [['g7', 'japan']])
  t.same(found('We, the undersigned donors, commit to provide predictable funding in 2025.'), [], 'signatories the text does not name: no one we know')
  t.same(found('We, the signatories, will meet again in May.'), [])
  const joint = { speaker: null, extraActors, metadata: { title: 'EU-Japan Joint Statement' } }
  t.same(found('We, the undersigned, commit to provide predictable funding in 2025.', joint), [['european-union', 'japan']], 'in a joint text, its parties')
})

test('"We, the leaders of the European Union and Japan, will": the bodies listed after "of" are all of them, the side\'s first', async (t) => {
  const extraActors = [{ id: 'japan', surfaces: ['Japan'], type: 'country' as const }, { id: 'united-kingdom', surfaces: ['United Kingdom', 'UK'], type: 'country' as const },
    { id: 'g7', surfaces: ['G7'], type: 'organisation' as const }]
  const found = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors }).map((c) => c.holderIds)
  t.same(found('We, the leaders of the European Union and Japan, will deepen our partnership.'), [['european-union', 'japan']])
  t.same(found('We, the leaders of the EU and the UK, will meet every year.'), [['european-union', 'united-kingdom']])
  t.same(found('We, the leaders of the European Union, will support Ukraine.'), [['european-union']], 'the side alone')
  t.same(found('We, the leaders of the G7 and our friends in Japan, will support Ukraine.'), [['g7', 'japan']], 'no list of the side after "of": the bodies it names')
})

test('"We, the Parliament, the Council and the Commission, must": a list of bodies after "we" is all of them, the side\'s first', async (t) => {
  const extraActors = [{ id: 'european-parliament', surfaces: ['Parliament'], type: 'institution' as const }, { id: 'council-of-the-eu', surfaces: ['Council'], type: 'institution' as const },
    { id: 'member-states', surfaces: ['Member States'], type: 'group' as const }]
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence, { extraActors }).map((c) => [c.holderIds, c.clause.text])
  t.same(found('We, the Parliament, the Council and the Commission, must now deliver together.'),
    [[['european-commission', 'european-parliament', 'council-of-the-eu'], 'We, the Parliament, the Council and the Commission, must now deliver together']])
  t.same(found('We, the Member States and the Commission, will buy together.'),
    [[['european-commission', 'member-states'], 'We, the Member States and the Commission, will buy together']])
  t.same(found('In 2026, we, the Council and the Commission, will not delay it.').map(([holders]) => holders), [['european-commission', 'council-of-the-eu']])
  t.same(found('Talks with us, the Council and the Commission, will start.'), [], 'no "we"')
})

test('"we" or the side\'s people with a phrase of place before the modal: "We in Europe", "Our teams on the ground", "We at the Commission"', async (t) => {
  const found = (sentence: string): Array<[string[], string]> => commitmentsOf(sentence).map((c) => [c.holderIds, c.clause.text])
  t.same(found('We in Europe will never accept this.'), [[['european-union'], 'We in Europe will never accept this']])
  t.same(found('Our teams on the ground will distribute the aid.'), [[['european-union'], 'Our teams on the ground will distribute the aid']])
  t.same(found('We at the Commission will propose a new instrument.'), [[['european-commission'], 'We at the Commission will propose a new instrument']])
  t.same(found('The aid to our teams on the ground will arrive soon.'), [], 'inside a prepositional phrase')
})

test('a sentence-opening "It" after the Commission\'s commitment sets up, selects and awards as the Commission', async (t) => {
  const holders = (second: string): string[][] => run([['The Commission will act quickly.', second]], { speaker: null, metadata: { type: 'press_release' } }).commitments.map((c) => c.holderIds)
  t.same(holders('It will set up a new facility.'), [['european-commission'], ['european-commission']])
  t.same(holders('It will select the projects in May.'), [['european-commission'], ['european-commission']])
  t.same(holders('It will apply from 2026.'), [['european-commission']], 'an act\'s doing, not the Commission\'s')
})

test('"its Member States" in a list of subjects, and "its 27 Member States"', async (t) => {
  const extraActors = [{ id: 'member-states', surfaces: ['Member States'], type: 'group' as const }, { id: 'european-investment-bank', surfaces: ['EIB'], type: 'institution' as const }]
  const holders = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors }).map((c) => c.holderIds)
  t.same(holders('The EU, its Member States and the EIB will mobilise EUR 10 billion.'), [['european-union', 'member-states', 'european-investment-bank']])
  t.same(holders('The European Union and its 27 Member States will provide EUR 5 billion.'), [['european-union', 'member-states']])
})

test('"Neither X nor Y will" commits both and denies the verb; "My services and the EEAS" and "We and the Member States" commit the side with the one named', async (t) => {
  const extraActors = [{ id: 'member-states', surfaces: ['Member States'], type: 'group' as const }, { id: 'european-external-action-service', surfaces: ['EEAS'], type: 'institution' as const }]
  const found = (sentence: string): Array<[string[], string, string]> => commitmentsOf(sentence, { extraActors }).map((c) => [c.holderIds, c.action, c.polarity])
  t.same(found('Neither the EU nor the Member States will recognise the annexation.'), [[['european-union', 'member-states'], 'recognise', 'negative']])
  t.same(found('The EU nor the Member States will recognise the annexation.'), [], 'no "neither"')
  // "my services" are the speaking Commissioner's: the Commission, as "My services will" alone.
  t.same(found('My services will work closely with Ukraine.'), [[['european-commission'], 'work', 'positive']])
  t.same(found('My services and the EEAS will work closely with Ukraine.'), [[['european-commission', 'european-external-action-service'], 'work', 'positive']])
  t.same(found('We and the Member States will work together.'), [[['european-union', 'member-states'], 'work', 'positive']])
  t.same(found('Talks with my services and the EEAS will start.'), [], 'inside a prepositional phrase')
})

test('the services that act for the Union and the Commission are the side: "HERA will", "The EEAS will", "The ERCC will", "The AI Office will"', async (t) => {
  const extraActors = [
    { id: 'health-emergency-preparedness-and-response-authority', surfaces: ['HERA'], type: 'institution' as const },
    { id: 'european-ai-office', surfaces: ['AI Office'], type: 'institution' as const },
    { id: 'european-anti-fraud-office', surfaces: ['OLAF'], type: 'institution' as const },
    { id: 'european-external-action-service', surfaces: ['EEAS'], type: 'institution' as const },
    { id: 'frontex', surfaces: ['Frontex'], type: 'institution' as const }
  ]
  const found = (sentence: string): string[][] => run([[sentence]], { speaker: null, metadata: { type: 'press_release' }, extraActors }).commitments.map((c) => c.holderIds)
  t.same(found('HERA will continue to monitor the supply of vaccines.'), [['health-emergency-preparedness-and-response-authority']])
  t.same(found('The EEAS will open a new delegation in Damascus.'), [['european-external-action-service']])
  t.same(found('The AI Office will publish guidelines by August 2025.'), [['european-ai-office']])
  t.same(found('OLAF will open an investigation.'), [['european-anti-fraud-office']])
  t.same(found('Frontex will deploy 100 officers.'), [], 'an agency that is no service of theirs')
  t.same(run([['My services and the EEAS will work closely with Ukraine.']], { extraActors }).commitments.map((c) => c.holderIds),
    [['european-commission', 'european-external-action-service']], 'with the side\'s own people, as before')
})

test('the subject that opens a sentence carries over after an irregular past verb or an adverb before it, and the first verb\'s time is its own', async (t) => {
  const found = (sentence: string): Array<[string[], string, string | null]> => run([[sentence]], { speaker: null, metadata: { type: 'press_release' } }).commitments
    .map((c) => [c.holderIds, c.action, c.timeframe?.text ?? null])
  t.same(found('The Commission sent a letter to Belgium and will publish a report.'), [[['european-commission'], 'publish', null]])
  t.same(found('The Commission today approved the scheme and will monitor its implementation.'), [[['european-commission'], 'monitor', null]])
  t.same(found('The Commission adopted the decision on 3 March 2025 and will publish it.'), [[['european-commission'], 'publish', null]])
})

test('in any text, "the two sides" or "both sides" after a sentence that opens on a pair are that pair: "The EU and Uzbekistan signed a Memorandum. Under it, the two sides will ..."', async (t) => {
  const uzbekistan = { id: 'uzbekistan', surfaces: ['Uzbekistan'] }
  const found = (sentences: string[]): string[][] => run([sentences], { speaker: null, metadata: { title: 'EU steps up cooperation with Central Asia' }, extraActors: [uzbekistan] })
    .commitments.map((c) => c.holderIds)
  // Near-misses first: no pair of the side opens the sentence before, so the sides are no one we know.
  t.same(found(['The two sides will develop joint projects.']), [], 'no sentence before')
  t.same(found(['The EU spoke with Uzbekistan.', 'The two sides will develop joint projects.']), [], 'no pair opens the sentence')
  t.same(found(['The EU, Japan and Uzbekistan signed a Memorandum.', 'The two sides will develop joint projects.']), [], 'a list of three is no pair')
  t.same(found(['Russia and Uzbekistan signed a Memorandum.', 'The two sides will develop joint projects.']), [], 'a pair that is not of the side')
  t.same(found(['The EU and Uzbekistan signed a Memorandum.', 'The sides will develop joint projects.']), [], 'a number or "both" says it is the pair')
  t.same(found(['The EU and Uzbekistan signed a Memorandum on raw materials.', 'Under the Memorandum, the two sides will develop joint projects.']), [['european-union', 'uzbekistan']])
  t.same(found(['In addition, the EU and Uzbekistan signed a Memorandum.', 'Both sides will develop joint projects.']), [['european-union', 'uzbekistan']], 'past a short opening phrase')
})
