import { test } from 'tap'
import { commitmentsOf, run } from './helpers.js'

const cases: Array<{ sentence: string, modality: string, rule: string, action: string }> = [
  { sentence: 'We will deepen our cooperation.', modality: 'commitment', rule: 'we-will', action: 'deepen' },
  { sentence: "We'll protect our workers.", modality: 'commitment', rule: 'we-will', action: 'protect' },
  { sentence: 'We shall defend our values.', modality: 'commitment', rule: 'shall', action: 'defend' },
  { sentence: 'We are going to present a plan.', modality: 'commitment', rule: 'going-to', action: 'present' },
  { sentence: 'We are going to Warsaw tomorrow.', modality: 'commitment', rule: 'going-to', action: 'go' },
  { sentence: 'We commit to reducing emissions.', modality: 'commitment', rule: 'commit-to', action: 'reduce' },
  { sentence: 'We remain committed to a rules-based order.', modality: 'commitment', rule: 'commit-to', action: 'commit' },
  { sentence: 'We have committed to cutting emissions.', modality: 'commitment', rule: 'commit-to', action: 'cut' },
  { sentence: 'We reaffirm our commitment to reduce our net emissions by 2030.', modality: 'commitment', rule: 'commit-to', action: 'reduce' },
  { sentence: 'We reiterate our unwavering commitment to Ukraine.', modality: 'commitment', rule: 'commit-to', action: 'commit' },
  { sentence: "The Commission reiterates the EU's commitment to implement the global minimum tax.", modality: 'commitment', rule: 'commit-to', action: 'implement' },
  { sentence: 'The Commission reaffirmed the European Union’s unwavering commitment to supporting Ukraine.', modality: 'commitment', rule: 'commit-to', action: 'support' },
  { sentence: 'We are determined to defend our democracy.', modality: 'commitment', rule: 'determined-to', action: 'defend' },
  { sentence: 'We are resolved to defend our values.', modality: 'commitment', rule: 'determined-to', action: 'defend' },
  { sentence: 'We undertake to report back within a year.', modality: 'commitment', rule: 'undertake-to', action: 'report back' },
  { sentence: 'We agreed to launch a Security and Defence Partnership.', modality: 'commitment', rule: 'agree-to', action: 'launch' },
  { sentence: 'We have agreed to work together on critical minerals.', modality: 'commitment', rule: 'agree-to', action: 'work' },
  { sentence: 'We stand ready to support our partners.', modality: 'commitment', rule: 'stand-ready-to', action: 'support' },
  { sentence: 'We are ready to engage on the basis of mutual interests.', modality: 'commitment', rule: 'ready-to', action: 'engage' },
  { sentence: 'We remain prepared to act.', modality: 'commitment', rule: 'ready-to', action: 'act' },
  { sentence: 'We are also ready to support Member States.', modality: 'commitment', rule: 'ready-to', action: 'support' },
  { sentence: 'We are more than ready to help.', modality: 'commitment', rule: 'ready-to', action: 'help' },
  { sentence: 'The Commission is also committed to simplifying the rules.', modality: 'commitment', rule: 'commit-to', action: 'simplify' },
  { sentence: 'We are now determined to finish the job.', modality: 'commitment', rule: 'determined-to', action: 'finish' },
  { sentence: 'We stand fully ready to assist.', modality: 'commitment', rule: 'stand-ready-to', action: 'assist' },
  { sentence: 'We are deeply committed to supporting Ukraine.', modality: 'commitment', rule: 'commit-to', action: 'support' },
  { sentence: 'We remain strongly determined to finish the job.', modality: 'commitment', rule: 'determined-to', action: 'finish' },
  { sentence: 'We are very much ready to help.', modality: 'commitment', rule: 'ready-to', action: 'help' },
  { sentence: 'The Commission committed to presenting a proposal.', modality: 'commitment', rule: 'commit-to', action: 'present' },
  { sentence: 'The Commission committed in its Political Guidelines for 2024-2029 to present a new approach on returns.', modality: 'commitment', rule: 'commit-to', action: 'present' },
  { sentence: 'The Commission committed, in 2019, to present a proposal.', modality: 'commitment', rule: 'commit-to', action: 'present' },
  { sentence: 'We are committed to put water resilience at the heart of our policies.', modality: 'commitment', rule: 'commit-to', action: 'put' },
  { sentence: 'We remain committed to ensure fair competition.', modality: 'commitment', rule: 'commit-to', action: 'ensure' },
  { sentence: 'We remain committed to peace.', modality: 'commitment', rule: 'commit-to', action: 'commit' },
  { sentence: 'So we must bolster our own resilience.', modality: 'obligation', rule: 'must', action: 'bolster' },
  { sentence: 'We need to coordinate the replenishment of military equipment.', modality: 'obligation', rule: 'need-to', action: 'coordinate' },
  { sentence: 'We have to strengthen this partnership.', modality: 'obligation', rule: 'have-to', action: 'strengthen' },
  { sentence: 'We will have to invest more.', modality: 'obligation', rule: 'have-to', action: 'invest' },
  { sentence: 'We should do everything possible to conclude a trade agreement.', modality: 'obligation', rule: 'should', action: 'do' },
  { sentence: 'We ought to do more for our farmers.', modality: 'obligation', rule: 'should', action: 'do' },
  { sentence: 'We owe it to you to act on these concerns, not just to name them.', modality: 'obligation', rule: 'owe-it-to', action: 'act' },
  { sentence: 'We owe it to future generations to leave them a healthy planet.', modality: 'obligation', rule: 'owe-it-to', action: 'leave' },
  { sentence: 'We want to broaden and deepen it.', modality: 'intention', rule: 'want-to', action: 'broaden' },
  { sentence: 'I want us to cut red tape by a quarter.', modality: 'intention', rule: 'want-to', action: 'cut' },
  { sentence: 'We aim to cut red tape.', modality: 'intention', rule: 'aim-to', action: 'cut' },
  { sentence: 'We intend to propose new rules.', modality: 'intention', rule: 'intend-to', action: 'propose' },
  { sentence: 'We seek to strengthen our ties.', modality: 'intention', rule: 'seek-to', action: 'strengthen' },
  { sentence: 'We are keen to deepen cooperation.', modality: 'intention', rule: 'keen-to', action: 'deepen' },
  { sentence: 'We are ready and willing to help.', modality: 'commitment', rule: 'ready-to', action: 'help' },
  { sentence: 'We will also seek to conclude the talks.', modality: 'commitment', rule: 'we-will', action: 'seek' },
  { sentence: 'I look forward to working with the Prime Minister.', modality: 'intention', rule: 'look-forward-to', action: 'work' },
  { sentence: 'We look forward to Sweden becoming a member.', modality: 'intention', rule: 'look-forward-to', action: 'look forward' },
  { sentence: 'I would like to conclude this deal before the summer.', modality: 'intention', rule: 'would-like-to', action: 'conclude' }
]

for (const { sentence, modality, rule, action } of cases) {
  test(`"${sentence}" is one ${modality} found by ${rule} with the action "${action}"`, async (t) => {
    const commitments = commitmentsOf(sentence)
    t.equal(commitments.length, 1)
    t.match(commitments[0], { modality, rule, action, polarity: 'positive' })
  })
}

test('"owe it to" names those owed before its second "to", no action: "We owe it to them and to our economy" pledges nothing', async (t) => {
  t.same(commitmentsOf('We owe it to them and to our economy.'), [])
  t.same(commitmentsOf('We owe it to them.'), [])
})

test('a decision agreed with a partner named between "with" and "to" is a pledge of both: "We have agreed with Ukraine to launch"', async (t) => {
  const found = (sentence: string): Array<[string, string[], string]> => commitmentsOf(sentence).map((c) => [c.rule, c.holderIds, c.action])
  t.same(found('We have agreed with Ukraine to launch a partnership on vaccines.'), [['agree-with-to', ['european-union', 'ukraine'], 'launch']])
  t.same(found('We agreed with Sweden and NATO to set up a task force.'), [['agree-with-to', ['european-union', 'sweden', 'nato'], 'set up']])
  t.same(found('We agree with you to some extent.'), [], 'no actor between "with" and "to"')
  t.same(found('We agreed with Sweden on ways to cooperate.'), [], 'other words besides the actor')
})

test('an explicit subject of the speaker\'s side names the rule explicit-subject-will', async (t) => {
  const [commitment] = commitmentsOf('The European Union will keep doing everything in its power.')
  t.match(commitment, { rule: 'explicit-subject-will', action: 'keep', holderIds: ['european-union'] })
})

test('a singular "I will" names the rule i-will', async (t) => {
  t.match(commitmentsOf('I will present the package next week.')[0], { rule: 'i-will', action: 'present' })
})

test('a phrasal verb keeps its particle in the action', async (t) => {
  t.equal(commitmentsOf('We will step up cooperation on space.')[0]?.action, 'step up')
  t.equal(commitmentsOf('We need to ramp up production.')[0]?.action, 'ramp up')
  t.match(commitmentsOf('We will set aside EUR 300 billion for farmers.')[0], { action: 'set aside', object: 'EUR 300 billion for farmers' })
})

test('the "up to" of an amount is no particle', async (t) => {
  t.match(commitmentsOf('We will mobilise up to EUR 150 billion in loans.')[0], { action: 'mobilise', object: 'up to EUR 150 billion in loans' })
  t.match(commitmentsOf('We will cut up to 30% of the reporting.')[0], { action: 'cut', object: 'up to 30% of the reporting' })
  t.match(commitmentsOf('We will step up to the task.')[0], { action: 'step up' }, 'up to what is no amount stays the particle')
})

test('"make sure" keeps its second word', async (t) => {
  t.equal(commitmentsOf('We will make sure that the money arrives.')[0]?.action, 'make sure')
})

test('a progressive after "will be" gives the lemma of its verb', async (t) => {
  t.equal(commitmentsOf('We will be coming forward with new sanctions.')[0]?.action, 'come forward')
})

test('"will be quick to deliver" takes the verb after the adjective', async (t) => {
  t.equal(commitmentsOf('The Commission will be quick to deliver further proposals.')[0]?.action, 'deliver')
  t.equal(commitmentsOf('We will be willing to help.')[0]?.action, 'help')
})

test('"will be indebted to the founders" is a state: a "to" before a determiner or a pronoun is a preposition, not a verb\'s', async (t) => {
  for (const sentence of ['We will always be indebted to the founding fathers.', 'We will be close to our citizens.', 'The Commission will be attentive to their needs.']) {
    t.same(commitmentsOf(sentence), [], sentence)
  }
  t.equal(commitmentsOf('We will be ready to act.')[0]?.action, 'act')
})

test('after "committed to", a bare verb is the action when its ending or the noun phrase after it shows it; a noun stays "commit"', async (t) => {
  const action = (sentence: string): string | undefined => commitmentsOf(sentence)[0]?.action
  t.equal(action('We are committed to continue our support to Ukraine.'), 'continue')
  t.equal(action('We are committed to deepen cooperation on raw materials.'), 'deepen')
  t.equal(action('We are committed to prioritise investment.'), 'prioritise')
  t.equal(action('We are committed to work together.'), 'work')
  t.equal(action('We are committed to peace and security.'), 'commit')
  t.equal(action('We are committed to multilateralism.'), 'commit')
  t.equal(action('We are committed to citizen engagement.'), 'commit')
  t.equal(action('The Commission committed to present, by the end of 2026, a proposal on animal welfare.'), 'present', 'past a time set off by commas')
  t.equal(action('We are committed to peace, in particular in Europe, and to security.'), 'commit', 'an aside that is no time')
})

test('the future perfect\'s action is its participle: "we will have installed"', async (t) => {
  t.same(commitmentsOf('By 2030, we will have installed 40 GW of electrolysers.').map((c) => [c.action, c.object]), [['install', '40 GW of electrolysers']])
  t.same(commitmentsOf('We will have done our part.').map((c) => c.action), ['do'])
  t.same(commitmentsOf('We will have a strong partnership.'), [], 'a possession is no action')
  t.same(commitmentsOf('With this agreement we will have the tools to do so.'), [])
  t.same(commitmentsOf('We will have to act.').map((c) => c.action), ['act'], '"have to" is still an obligation')
  t.same(commitmentsOf('We will have been successful.'), [], 'a state')
})

test('a verb that moves the talk along only does so with its move\'s words: "start by", "insist on the word", "focus on three points"', async (t) => {
  const actions = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.action)
  t.same(actions('I intend to start discussions with Canada early next year.'), ['start'])
  t.same(actions('I will also insist that the same approach is included.'), ['insist'])
  t.same(actions('I will focus on implementation.'), ['focus'])
  for (const move of ['I will start by thanking the Prime Minister.', 'I would like to start my intervention with a few reflections.', 'I want to insist on the word complementarity.', 'I will focus on three points.', 'I will end with a word of thanks.']) {
    t.same(actions(move), [], move)
  }
})

test('"come back to" someone with something is a return with a deliverable; to a point of the talk, a move', async (t) => {
  const actions = (sentence: string): string[] => commitmentsOf(sentence).map((c) => c.action)
  t.same(actions('I will come back to the Council with a proposal in October.'), ['come back'])
  t.same(actions('I will come back to ministers with further measures.'), ['come back'])
  t.same(actions('I will come back to this House with a first progress report.'), ['come back'], 'the body the speaker addresses')
  t.same(actions('I will come back to this Parliament with a proposal in June.'), ['come back'])
  t.same(actions('I will come back to this House before the end of the year to report on the outcome of Baku.'), ['come back'], 'a purpose after the body: the deliverable')
  for (const move of ['I will come back to this point to explain why.', 'I will come back to this point later.', 'I will come back to this issue with more detail.', 'I will come back to that with an example.', 'I will come to the question of energy with a few words.', 'I will come back to it.']) {
    t.same(actions(move), [], move)
  }
})

test('"will be in Tirana to meet ..." takes the visit\'s purpose as the action; without one, the visit is "be"', async (t) => {
  t.same(commitmentsOf('On Friday, I will be in Tirana to meet the Prime Minister.').map((c) => [c.action, c.object, c.timeframe?.text]), [['meet', 'the Prime Minister', 'On Friday']])
  t.same(commitmentsOf('We will be in Brussels tomorrow.').map((c) => [c.action, c.object, c.timeframe?.text]), [['be', 'in Brussels tomorrow', 'tomorrow']], 'a visit')
  t.same(commitmentsOf('I will be in Kyiv with President Zelenskyy.').map((c) => c.action), ['be'])
  t.same(commitmentsOf('We will be at Ukraine\'s side.'), [], 'a possessive, no place')
  t.same(commitmentsOf('We will be in EU hands.'), [], 'a name that goes on')
})

test('"will be there for Ukraine" pledges support, like "stand by"; "be there" for a time or alone does not', async (t) => {
  const found = (sentence: string): unknown[] => commitmentsOf(sentence).map((c) => [c.action, c.object, c.targetIds])
  t.same(found('We will always be there for Ukraine.'), [['be', 'there for Ukraine', ['ukraine']]])
  t.same(found('We will be there for the Ukrainian people.'), [['be', 'there for the Ukrainian people', ['ukraine']]])
  t.same(found('We will be there for our citizens.').length, 1)
  t.same(found('We will be there for two days.'), [], 'a time')
  t.same(found('We will be there.'), [], '"there" alone')
})

test('"will be travelling to Kyiv" takes the verb in -ing, not the word after "to"', async (t) => {
  t.same(commitmentsOf('I will be travelling to Kyiv next week.').map((c) => [c.action, c.object]), [['travel', 'to Kyiv next week']])
  t.same(commitmentsOf('We will be working to conclude the talks.').map((c) => c.action), ['work'])
})

test('the object is the text after the verb up to the end of the clause', async (t) => {
  t.equal(commitmentsOf('We will address the looming security implication of the climate crisis.')[0]?.object, 'the looming security implication of the climate crisis')
})

test('coordinated verbs share the object after the last of them', async (t) => {
  t.equal(commitmentsOf('We have to strengthen and now deepen this partnership.')[0]?.object, 'this partnership')
})

test('a "would" after a reporting verb is a reported pledge of its subject; any other "would" pledges nothing', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const found = (sentence: string): Array<[string, string[], string]> => commitmentsOf(sentence, { speaker: null, extraActors: [president] })
    .map((c) => [c.rule, c.holderIds, c.clause.text])
  t.same(found('She assured him that the EU would continue to support Ukraine.'),
    [['reported-will', ['european-union'], 'the EU would continue to support Ukraine']])
  t.same(found('The President confirmed that the Commission would not extend the deadline.').map(([rule]) => rule), ['reported-will'])
  t.equal(commitmentsOf('The President confirmed that the Commission would not extend the deadline.', { speaker: null })[0]?.polarity, 'negative')
  t.same(found('President von der Leyen said she would travel to Kyiv next week.'),
    [['reported-will', ['ursula-von-der-leyen'], 'President von der Leyen said she would travel to Kyiv next week']], 'the pronoun is the reporter')
  t.same(found('The Commission said it would present a proposal.'), [['reported-will', ['european-commission'], 'The Commission said it would present a proposal']])
  t.same(found('Ukraine said it would implement the reforms.'), [], 'a reporter outside the side')
  t.same(found('The EU welcomed the announcement, but said it will monitor its implementation.').map(([, holders, clause]) => [holders, clause]),
    [[['european-union'], 'said it will monitor its implementation']], 'a reporting verb coordinated with the first verb of the side\'s actor')
  t.same(found('The Commission welcomed the vote and said it would propose new rules.').map(([, holders]) => holders), [['european-commission']])
  t.same(found('Ukraine welcomed the announcement but said it would implement the reforms.'), [], 'coordinated, of another actor')
  t.same(found('The Commission would welcome a swift agreement.'), [], 'a wish')
  t.same(found('The President said the EU would prefer a negotiated solution.'), [], 'a preference')
  t.same(found('The President said the EU would be entitled to impose countermeasures.'), [], 'a permission')
  t.same(found('If the Council agreed, the Commission would propose new rules.'), [], 'a condition')
  t.same(found('He said that the EU would like to conclude the deal.').map(([rule]) => rule), ['would-like-to'], '"would like to" keeps its rule')
  t.same(found('The President said the Commission was ready to co-finance the studies and would host a meeting.').map(([rule, holders]) => [rule, holders]),
    [['reported-ready-to', ['european-commission']], ['reported-will', ['european-commission']]], 'a reported readiness, and the "would" after it')
  t.same(found('The Commission was ready to act.'), [], 'readiness in the past, reported by no one')
  t.same(found('She said that the EU remained ready to negotiate a fair deal.').map(([rule, holders]) => [rule, holders]), [['reported-ready-to', ['european-union']]], '"remained ready"')
  t.same(found('She said the EU remained committed to finding a solution.').map(([rule, holders]) => [rule, holders]), [['reported-commit-to', ['european-union']]], '"remained committed"')
  t.same(found('She said the EU remained determined to protect its industry.').map(([rule, holders]) => [rule, holders]), [['reported-determined-to', ['european-union']]], '"remained determined"')
  t.same(found('The EU remained ready to act.'), [], 'readiness in the past, reported by no one')
  t.same(found('President von der Leyen welcomed the vote, saying that the Commission would support Member States.').map(([, holders]) => holders), [['european-commission']], 'a participle that reports')
  t.same(found('Ukraine welcomed the vote, saying that the EU would support it.'), [], 'a participle that reports, of a sentence that opens on another actor')
  t.same(found('Ukraine welcomed the vote, saying that the EU will support it.'), [], 'a claim of the actor the sentence opens on')
  // A read-out's agreement reports a pledge of the parties it names.
  const canada = { id: 'canada', surfaces: ['Canada'] }
  t.same(commitmentsOf('They agreed that the EU and Canada would deepen their cooperation and would work together to defend the trading system.',
    { speaker: null, extraActors: [president, canada] }).map((c) => [c.rule, c.holderIds, c.clause.text]), [
    ['reported-will', ['european-union', 'canada'], 'the EU and Canada would deepen their cooperation'],
    ['reported-will', ['european-union', 'canada'], 'would work together to defend the trading system']
  ], 'a reported "would" joined by "and" keeps the reported subject')
  t.same(found('The President made clear that the EU would respond firmly.').map(([, holders]) => holders), [['european-union']])
  t.same(found('She highlighted that the Commission would propose new rules.').map(([, holders]) => holders), [['european-commission']])
  t.same(found('She told him that the Commission would donate vaccines.').map(([, holders]) => holders), [['european-commission']], 'told')
  t.same(found('She told him the Commission would donate vaccines.').map(([, holders]) => holders), [['european-commission']], 'told, without "that"')
  t.same(found('She informed Dr Tedros that the Commission would donate vaccines.').map(([, holders]) => holders), [['european-commission']], 'informed')
  t.same(found('She wrote to EU leaders that the Commission would put forward a proposal.').map(([, holders]) => holders), [['european-commission']], 'wrote, of a letter')
  t.same(found('She pointed out that the EU would continue its support.').map(([, holders]) => holders), [['european-union']], 'pointed out')
  t.same(found('If the Council agreed, the Commission would propose new rules.'), [], 'a condition, even with "agreed"')
  t.same(found('We will deepen our cooperation and would welcome a deal.').map(([rule]) => rule), ['we-will'], 'an "and would" after a pledge that is not reported stays a wish')
})

test('"our goal is to" is an intention of the possessive\'s owner; any other owner intends nothing here', async (t) => {
  const found = (sentence: string): Array<[string, string[], string]> => commitmentsOf(sentence).map((c) => [c.rule, c.holderIds, c.action])
  t.same(found('Our goal is to deliver one million rounds of ammunition.'), [['goal-is-to', ['european-union'], 'deliver']])
  t.same(found('My first priority is to make our industry ready.'), [['goal-is-to', ['european-commission'], 'make']])
  t.same(found('Our main ambition remains to build a defence union.').map(([rule]) => rule), ['goal-is-to'])
  t.same(found('The aim is to act fast.'), [], 'no owner')
  t.same(found('Their goal is to divide us.'), [], 'someone else\'s')
  t.same(found('If our aim is to lead, we must invest.').map(([rule]) => rule), ['must'], 'inside a condition')
  t.same(found('We aim to cut red tape.').map(([rule]) => rule), ['aim-to'], '"aim to" keeps its rule')
})

test('a verb broken over a line end with a hyphen is read whole', async (t) => {
  t.same(commitmentsOf('We will imple-\nment the agreement swiftly.').map((c) => [c.action, c.object]), [['implement', 'the agreement swiftly']])
  t.same(commitmentsOf('We will implement the EU-\nNATO agenda.').map((c) => c.action), ['implement'], 'a capital after the break: no verb was broken')
})

test('a pronoun after a reporting verb stands for the reporter of the side with any modal: "said that she will visit India"', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const india = { id: 'india', surfaces: ['India'] }
  const found = (sentence: string): Array<[string, string[], string[]]> => commitmentsOf(sentence, { speaker: null, extraActors: [president, india] })
    .map((c) => [c.modality, c.holderIds, c.targetIds])
  t.same(found('President von der Leyen said that she will visit India in 2026.'), [['commitment', ['ursula-von-der-leyen'], ['india']]])
  t.same(found('President von der Leyen said she intends to visit India.'), [['intention', ['ursula-von-der-leyen'], ['india']]])
  t.same(found('Ukraine said it will implement the reforms.'), [], 'a reporter outside the side')
  t.same(found('President von der Leyen has repeatedly said that she will visit India.'), [['commitment', ['ursula-von-der-leyen'], ['india']]], 'after "has" and an adverb')
  t.same(found('Ukraine has said it will implement the reforms.'), [], 'a reporter outside the side, after "has"')
})

test('an obligation told to an addressee is the addressee\'s, no duty of the reporter: "informed Apple that it must"', async (t) => {
  const hungary = { id: 'hungary', surfaces: ['Hungary'] }
  const found = (sentence: string): Array<[string, string[]]> => commitmentsOf(sentence, { speaker: null, extraActors: [hungary] })
    .map((c) => [c.modality, c.holderIds])
  t.same(found('The Commission has informed Apple that it must remove the restrictions by 26 June.'), [])
  t.same(found('The Commission told Amazon that it should not use non-public seller data.'), [])
  t.same(found('The Commission informed Hungary that it has to amend its law by the end of the year.'), [])
  t.same(found('The Commission informed Hungary that it will release the funds.'), [['commitment', ['european-commission']]], 'a pledge told to an addressee is the reporter\'s')
  t.same(found('The Commission has said that it must act.'), [['obligation', ['european-commission']]], 'no addressee')
})

test('"She said that she will" is the person the paragraph named first before it, or the paragraph before named first', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [president, { id: 'india', surfaces: ['India'] }], metadata: { type: 'statement' as const } }
  const found = (paragraphs: string[][]): string[][] => run(paragraphs, options).commitments.map((c) => c.holderIds)
  t.same(found([['President von der Leyen welcomed the talks.', 'She said that she will travel to India.']]), [['ursula-von-der-leyen']])
  t.same(found([['President von der Leyen welcomed the talks.'], ['She said that she will travel to India.']]), [['ursula-von-der-leyen']], 'the paragraph before')
  t.same(found([['The talks went well.'], ['She said that she will travel to India.']]), [], 'no one named')
  t.same(found([['President von der Leyen welcomed the talks.', 'The minister said that she will travel to India.']]), [], 'a reporter of its own')
})

test('a pronoun after ", and that" opens a second clause of the same report: "it" its first subject, "she" the person who reports', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const moldova = { id: 'moldova', surfaces: ['President Sandu', 'Moldova'] }
  const found = (sentence: string): Array<[string[], string, string, string | null]> => commitmentsOf(sentence, { speaker: null, extraActors: [president, moldova] })
    .map((c) => [c.holderIds, c.action, c.clause.text, c.timeframe?.text ?? null])
  t.same(found('President von der Leyen informed President Sandu that the Commission would present a Growth Plan for the region, and that she will travel to Chișinău next week.'), [
    [['european-commission'], 'present', 'the Commission would present a Growth Plan for the region', null],
    [['ursula-von-der-leyen'], 'travel', 'she will travel to Chișinău next week', 'next week']])
  t.same(found('She confirmed that the EU would support Moldova and that it would open its market in 2025.'), [
    [['european-union'], 'support', 'the EU would support Moldova', null],
    [['european-union'], 'open', 'it would open its market in 2025', 'in 2025']])
  t.same(found('She confirmed that President von der Leyen would visit Moldova, and that it would open its market.').map(([, action]) => action), ['visit'],
    '"it" stands for no person')
})

test('a sum pledged is a pledge, as "pledged to deliver" it: "The EU pledged nearly €2.5 billion"; a sum being mobilised is none', async (t) => {
  const found = (sentence: string): Array<[string, string, string, string | null]> => commitmentsOf(sentence).map((c) => [c.modality, c.rule, c.action, c.object])
  t.same(found('The EU pledged nearly €2.5 billion for Syria.'), [['commitment', 'pledge-amount', 'pledge', 'nearly €2.5 billion for Syria']])
  t.same(found('We have pledged a further EUR 100 million.'), [['commitment', 'pledge-amount', 'pledge', 'a further EUR 100 million']])
  t.same(found('The EU is mobilising an additional €160 million.'), [], 'an act under way')
  t.same(found('The EU pledged its support.'), [], 'no sum, no verb after "to": no pledge of this kind')
})

test('a sum committed now is a pledge to commit it: "The EU commits €3.5 billion"; a sum already committed is none', async (t) => {
  const found = (sentence: string): Array<[string, string, string, string | null]> => commitmentsOf(sentence).map((c) => [c.modality, c.rule, c.action, c.object])
  t.same(found('The European Union commits €3.5 billion to ocean projects.'), [['commitment', 'commit-amount', 'commit', '€3.5 billion to ocean projects']])
  t.same(found('We commit a further EUR 100 million.'), [['commitment', 'commit-amount', 'commit', 'a further EUR 100 million']])
  t.same(found('The EU has committed €3.5 billion to ocean projects.'), [], 'money already contracted')
})

test('"promise to", an adverb inside "have ... agreed to", and adverbs of more than one word before the verb', async (t) => {
  const found = (sentence: string): Array<[string, string]> => commitmentsOf(sentence).map((c) => [c.modality, c.action])
  t.same(found('We promise to open negotiations with Ukraine.'), [['commitment', 'open']])
  t.same(found('The EU pledged to deliver further air defence systems.'), [['commitment', 'deliver']], 'a pledge given in the past')
  t.same(found('We have promised to deliver EUR 2 billion.'), [['commitment', 'deliver']])
  t.same(found('I look forward to seeing the first projects start.'), [['intention', 'see']], 'a perception an intention seeks')
  t.same(found('We want to hear the views of farmers.'), [['intention', 'hear']])
  t.same(found('We will see.'), [], 'a perception pledged is none')
  t.same(found('Our ministers will present a roadmap.'), [['commitment', 'present']], 'the side\'s ministers are "we"')
  t.same(found('The Commission is set to adopt the package on 20 November.'), [['commitment', 'adopt']], 'a scheduled act')
  t.same(found('The Commission is due to publish its report in spring.'), [['commitment', 'publish']])
  t.same(found('The Commission is also set to present a proposal on a pension framework before the summer of 2026.'), [['commitment', 'present']], 'a scheduled act past an adverb')
  t.same(found('The Commission is now due to publish its report in March.'), [['commitment', 'publish']])
  t.same(found('The economy is set to grow by 1%.'), [], 'a forecast of a thing')
  t.same(found('The economy is also set to grow by 1%.'), [], 'nor past an adverb')
  t.same(found('We hope to conclude the talks by the end of the year.'), [['intention', 'conclude']], 'a hope to act')
  t.same(found('We have also agreed to open negotiations with Ukraine.'), [['commitment', 'open']])
  t.same(found('We agreed in principle to set up a maritime security operation.'), [['commitment', 'set up']], 'an adverbial between "agreed" and "to"')
  t.same(found('We have agreed unanimously to open accession negotiations.'), [['commitment', 'open']])
  t.same(found('We will very quickly present a new plan.'), [['commitment', 'present']])
  t.same(found('We will once again stand by Ukraine.'), [['commitment', 'stand']])
  t.same(found('We will never, ever accept this.'), [['commitment', 'accept']])
  t.same(found('We must instead remove export bans.'), [['obligation', 'remove']], 'a linking adverb is no action')
  t.same(found('We will likewise support the COVAX facility.'), [['commitment', 'support']])
  t.same(found('We will nonetheless deliver the doses.'), [['commitment', 'deliver']])
  t.same(found('We will forever stand with the people of Ukraine.'), [['commitment', 'stand']], '"forever" is no action')
})
