import { test } from 'tap'
import { commitmentsOf, run } from './helpers.js'

// The guide's four negatives, then the other families of "will" that state no pledge.
const negatives: Array<{ sentence: string, why: string }> = [
  { sentence: 'I will never forget the 24 February of last year.', why: 'a memory is not an action' },
  { sentence: 'We will always remember the victims.', why: 'a memory is not an action' },
  { sentence: 'We will forever remember the victims of Srebrenica.', why: 'a memory, after the adverb "forever"' },
  { sentence: 'We will see more instability in the region.', why: 'a perception is not an action' },
  { sentence: 'Our door is open when you will be visiting the College.', why: 'someone else acts, inside a time clause' },
  { sentence: 'We will be ready when we will need to act.', why: 'a time clause; "be ready" alone is a state' },
  { sentence: 'You will certainly describe the many fields where you achieved a lot.', why: '"you" is not the speaker\'s side' },
  { sentence: 'We can do much more.', why: 'ability is no pledge' },
  { sentence: 'We will be able to do more.', why: 'a future ability is no pledge' },
  { sentence: 'The EU will be entitled to impose countermeasures.', why: 'a permission is no pledge' },
  { sentence: 'We will be allowed to impose tariffs.', why: 'a permission is no pledge' },
  { sentence: 'We have increased our cooperation against cyberattacks.', why: 'the past is no pledge' },
  { sentence: 'We needed to act quickly.', why: 'a past obligation is no pledge' },
  { sentence: 'This will keep Russian products out.', why: 'a prediction about a thing' },
  { sentence: 'These bans will weaken the war machine.', why: 'a prediction about things' },
  { sentence: 'If Russia continues to escalate the crisis it will come with a high cost.', why: 'a prediction about "it"' },
  { sentence: 'They will make a great team.', why: 'others act' },
  { sentence: 'Citizens want us to act on prices.', why: 'others want it of us' },
  { sentence: 'I will not hide from you that this will cost money.', why: 'an admission, with "from you"' },
  { sentence: 'The funds committed to Ukraine are spent quickly.', why: 'a participle after a noun that is no actor' },
  { sentence: 'We condemn the crimes committed in Ukraine to this day.', why: 'a place between "committed" and "to" is no pledge made there' },
  { sentence: 'The crimes committed in their occupied territories to date are documented.', why: 'a participle after a noun that is no actor' },
  { sentence: 'Russia must immediately stop this war.', why: 'another actor is the subject' },
  { sentence: 'Unjustified tariffs on the EU will not go unanswered.', why: 'the EU sits in a prepositional phrase, not in the subject' },
  { sentence: 'I would like to look at four of them very briefly.', why: 'a move in the speech' },
  { sentence: 'I want to start by thanking him and his team.', why: 'a move in the speech' },
  { sentence: 'We want to thank our partners.', why: 'a performative, not a pledge' },
  { sentence: 'I will limit my comments to that.', why: 'a move in the speech' },
  { sentence: 'The issues we have to discuss are very difficult.', why: 'a reduced relative clause describes the issues' },
  { sentence: 'This is the only option we have to stop these practices.', why: '"have" holds the option, "to" says what for' },
  { sentence: 'The means that we have to enforce the law are strong.', why: '"have" holds the means, "to" says what for' },
  { sentence: 'As we will see, the numbers are good.', why: 'a subordinate "as" clause' },
  { sentence: 'We will be stronger together.', why: 'a state, not an action' },
  { sentence: 'The political will of the Member States is clear.', why: '"will" is a noun' },
  { sentence: "I remember very well that you said: 'We have to start together', on 27 December.", why: 'a quote of the addressee' },
  { sentence: 'He said: "We will never give up."', why: 'a quote of someone else' },
  { sentence: 'Why do we need to act now?', why: 'a question asks, it does not pledge' },
  { sentence: 'Member States will have to transpose the directive by 2025.', why: 'others are obliged' },
  { sentence: 'The new rules will apply from 1 January 2024.', why: 'a prediction about things' },
  { sentence: 'I will now take your questions.', why: 'a move in the press conference' },
  { sentence: 'I would like to welcome the Prime Minister.', why: 'a performative' },
  { sentence: 'We want to make it very clear that this is unacceptable.', why: 'a move in the speech' },
  { sentence: 'We agreed to the proposal.', why: 'agreeing to a thing is no action' },
  { sentence: 'The text agreed to by the Member States enters into force.', why: 'a participle describing the text' },
  { sentence: 'Russia agreed to withdraw its troops.', why: 'another actor agreed' },
  { sentence: 'Those who seek to divide us will fail.', why: 'others seek' },
  { sentence: 'The Commission proposes to allocate a budget of EUR 500 million.', why: 'what a proposal does, not a pledge' },
  { sentence: 'I will not hide that this will be difficult.', why: 'an admission, not a pledge' },
  { sentence: 'We will not deny the fact that mistakes were made.', why: 'an admission, not a pledge' },
  { sentence: 'We will not pretend that this is easy.', why: 'an admission, not a pledge' }
]

for (const { sentence, why } of negatives) {
  test(`"${sentence}" holds no commitment: ${why}`, async (t) => {
    t.same(commitmentsOf(sentence).map((c) => c.clause.text), [])
  })
}

test('the time clause after a pledge is not a second commitment', async (t) => {
  const clauses = commitmentsOf('We will discuss this tomorrow with you, Jens, when you will be visiting the College.').map((c) => c.clause.text)
  t.same(clauses, ['We will discuss this tomorrow with you, Jens'])
})

test('"have" after a tool it holds is no obligation, after a thing to do it is', async (t) => {
  t.same(commitmentsOf('We will use every tool we have to protect consumers.').map((c) => [c.modality, c.clause.text]),
    [['commitment', 'We will use every tool we have to protect consumers']])
  t.same(commitmentsOf('These are the rules we have to enforce.').map((c) => c.modality), ['obligation'])
})

test('a document in another language gets no commitment', async (t) => {
  const { commitments } = (await import('./helpers.js')).run([['We will deepen our cooperation.']], { metadata: {} })
  t.equal(commitments.length, 1, 'the English control has one')
  const { makeDocument } = await import('../../helpers/make-document.js')
  const { extractCommitments } = await import('../../../src/extract/commitments/extract-commitments.js')
  const doc = makeDocument({ language: 'de', paragraphs: [['We will deepen our cooperation.']] })
  t.same(extractCommitments(doc, { actors: [], mentions: [], roles: [] }, () => []), [])
})

test('a salutation is not scanned', async (t) => {
  const { makeDocument } = await import('../../helpers/make-document.js')
  const { extractCommitments } = await import('../../../src/extract/commitments/extract-commitments.js')
  const doc = makeDocument({ paragraphs: [{ kind: 'salutation', sentences: ['We will meet again, dear friends.'] }] })
  t.same(extractCommitments(doc, { actors: [], mentions: [], roles: [] }, () => []), [])
})

test('the passive after "will be" is done to the subject, not by it; going into detail is a move in the speech; a need or an outcome is no action', async (t) => {
  t.same(commitmentsOf('We will be judged by what we deliver.'), [])
  t.same(commitmentsOf('We will be joined by the Prime Minister.'), [])
  t.same(commitmentsOf('I will not go into detail on every measure.'), [])
  t.same(commitmentsOf('It is clear that we will need more funds.'), [], 'a need')
  t.same(commitmentsOf('I am convinced that we will succeed.'), [], 'an outcome')
  t.same(commitmentsOf('We will be coming forward with new sanctions.').map((c) => c.action), ['come forward'], 'the progressive is an action')
})

test('the speech\'s own moves are no pledges: examples, explanations, brevity, its end', async (t) => {
  for (const move of ['I will give you three examples.', 'I will give you two concrete figures.', 'I will explain why.', 'I want to explain today why we did it.', 'I will keep this short.', 'I will end there.']) {
    t.same(commitmentsOf(move), [], move)
  }
  t.same(commitmentsOf('I will explain the new rules to the ministers.').map((c) => c.action), ['explain'], 'explaining something to someone is an action')
  t.same(commitmentsOf('I will give you my full support.').map((c) => c.action), ['give'])
})

test('a share with the audience and a polite close are moves of the speech: "share with you three ideas", "not keep you any longer"', async (t) => {
  for (const move of ['I want to share with you three ideas.', 'I want to share three reflections with you.', 'I will let you enjoy the rest of the conference.', 'I will not keep you any longer.', 'I will not take up too much of your time.', 'I will leave the floor to the panel.']) {
    t.same(commitmentsOf(move), [], move)
  }
  t.same(commitmentsOf('I will keep you informed.').map((c) => c.action), ['keep'], 'keeping the audience informed is a pledge')
  t.same(commitmentsOf('We will share the data with Member States.').map((c) => c.action), ['share'])
})

test('a refusal to comment is a move of the speech: "I will not speculate", "not comment on", "not enter into the details"', async (t) => {
  for (const move of ['I will not speculate.', 'I will not speculate on the outcome of the negotiations.', 'I will not comment on the ongoing negotiations.', 'I will not enter into the details now.']) {
    t.same(commitmentsOf(move), [], move)
  }
  t.same(commitmentsOf('We will not enter into new negotiations.').map((c) => c.action), ['enter'], 'entering talks is an action')
})

test('a hedge between the modal and the verb is read past: "will most likely propose", "will maybe present"', async (t) => {
  t.same(commitmentsOf('We will most likely propose a new instrument.').map((c) => c.action), ['propose'])
  t.same(commitmentsOf('We will maybe present options.').map((c) => c.action), ['present'])
})

test('an outcome said of the side is no pledge, unless negated: "we will lose the race", but "we will not lose sight of it"', async (t) => {
  t.same(commitmentsOf('If we do not act now, we will lose the race.'), [])
  t.same(commitmentsOf('We will all benefit from this agreement.'), [])
  t.same(commitmentsOf('We will fall behind.'), [])
  t.same(commitmentsOf('We will not lose sight of our competitiveness.').map((c) => [c.action, c.polarity]), [['lose', 'negative']])
  t.same(commitmentsOf('We won\'t become dependent on Russia again.').map((c) => [c.action, c.polarity]), [['become', 'negative']])
  t.same(commitmentsOf('If we do not act now, we will all pay a higher price.'), [])
  t.same(commitmentsOf('If every Member State buys alone, we will all pay more.'), [])
  t.same(commitmentsOf('We will pay farmers EUR 1 billion.').map((c) => c.action), ['pay'], 'a payment pledged')
  t.same(commitmentsOf('If we do not act, we will depend on others.'), [])
  t.same(commitmentsOf('We will not depend on Russian gas again.').map((c) => [c.action, c.polarity]), [['depend', 'negative']], 'negated: a pledge')
})

test('others\' view of what "we" will do, reported without quotation marks, pledges nothing', async (t) => {
  t.same(commitmentsOf('Others say that we should open them wide.'), [])
  t.same(commitmentsOf('Our critics claim that we will abandon our farmers.'), [])
  t.same(commitmentsOf('It is often said that we must choose.'), [])
  t.same(commitmentsOf('Many believe we must act, and we will act.').map((c) => c.action), ['act'])
  t.same(commitmentsOf('Some say that Europe should close its markets.'), [], 'the side named, not "we"')
  t.same(commitmentsOf('Critics claim that the Commission will raise tariffs.'), [])
  t.same(commitmentsOf('Several MEPs argued that we must suspend the fiscal rules.'), [], 'an acronym\'s plural after a quantifier')
  t.same(commitmentsOf('Many MEPs have told me that the Commission should withdraw the proposal.'), [])
  t.same(commitmentsOf('Many of you have said that the Commission should withdraw its proposal.'), [], 'the audience\'s view')
  t.same(commitmentsOf('Some of you argue that we must withdraw the proposal.'), [])
  t.same(commitmentsOf('Several of you told me that we need to go further.'), [])
  t.same(commitmentsOf('You have told me that the Commission must act faster.'), [], 'told to the speaker')
})

test('a claim another reports about the side pledges nothing: "The Houthis say the EU will attack Yemen"; the side\'s own reporter keeps it', async (t) => {
  const others = [{ id: 'houthis', surfaces: ['Houthis'], type: 'organisation' as const }, { id: 'israel-katz', surfaces: ['Minister Katz'], type: 'person' as const },
    { id: 'yemen', surfaces: ['Yemen'] }]
  const found = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: others }).map((c) => c.holderIds)
  t.same(found('The Houthis say the EU will attack Yemen.'), [])
  t.same(found('Minister Katz says that the EU will recognise Palestine.'), [])
  t.same(found('Ministers say the EU will impose new sanctions on Iran.'), [], 'others named by a common noun')
  t.same(found('The minister told reporters that the EU would buy more gas.'), [])
  t.same(found('Minister Katz asked that the EU should recognise Palestine.'), [], 'a request')
  t.same(found('Minister Katz requested that the Commission must act faster.'), [])
  t.same(found('President von der Leyen asked that the EU should support Ukraine.'), [['european-union']], 'the side\'s own request')
  t.same(found('President von der Leyen said the EU will support Ukraine.'), [['european-union']], 'the side\'s reporter')
  t.same(found('The Commission has said that the EU will support Ukraine.'), [['european-union']])
  t.same(found('I can tell you that we will support Ukraine.'), [['european-union']])
  t.same(found('In March, the leaders in Versailles agreed that we will phase out Russian gas.'), [['european-union']], 'an agreement, not a claim')
  t.same(found('Minister Katz, the foreign minister, said that the EU will recognise Palestine.'), [], 'past an apposition')
  t.same(found('The rapporteur, Siegfried Example, said the Commission should improve its controls.'), [])
  t.same(found('President von der Leyen, speaking in Kyiv, said the EU will support Ukraine.'), [['european-union']], 'the side\'s, past an apposition')
  t.same(found('Apple argues that the Commission should withdraw the decision.'), [], 'a company, no actor')
  t.same(found('Enrico Example argues that we must complete the Capital Markets Union.'), [], 'a name we do not know')
  t.same(found('Some in Washington claim that the EU will use the DSA to punish American companies.'), [], 'some in a place')
  t.same(found('Officials in Washington argue that the Commission must withdraw the fine.'), [])
  t.same(found('Some in Europe say that we should go further.'), [], 'some in a place the side is named by')
  t.same(found('Lobbyists for Big Tech claim that the Commission will weaken the rules.'), [])
  t.same(found('The President said the EU will support Ukraine.'), [['european-union']], 'a title alone, the side\'s own person')
  t.same(found('President von der Leyen in Kyiv said the EU will support Ukraine.'), [['european-union']], 'the side\'s, in a place')
  const auditors = { extraActors: [{ id: 'european-court-of-auditors', surfaces: ['Court of Auditors'], type: 'institution' as const }, { id: 'eurogroup', surfaces: ['Eurogroup'], type: 'institution' as const }] }
  t.same(commitmentsOf('The Court of Auditors recommends that the Commission should improve its checks.', auditors), [], 'a recommendation')
  t.same(commitmentsOf('The Court of Auditors found that the Commission must improve its checks.', auditors), [], 'a finding')
  t.same(commitmentsOf('The Eurogroup concluded that the Commission should present a proposal.', auditors), [], 'a conclusion')
  t.same(commitmentsOf('The Commission concluded that the EU will present a proposal.').map((c) => c.holderIds), [['european-union']], 'the side\'s own conclusion')
})

test('a reporting "He" or "She" after the paragraph names only others, or an "It" after a sentence that opens on another, is another\'s claim: "Mario Draghi presented his report. He argues that we must"', async (t) => {
  const people = { extraActors: [{ id: 'mario-draghi', surfaces: ['Mario Draghi'], type: 'person' as const }, { id: 'narendra-modi', surfaces: ['Prime Minister Modi'], type: 'person' as const }] }
  const found = (...sentences: string[]): string[][] => run([sentences], people).commitments.map((c) => c.holderIds)
  t.same(found('Mario Draghi presented his report last week.', 'He argues that we must complete the Capital Markets Union.'), [])
  t.same(found('Mario Draghi spoke last week.', 'He said that the EU would complete the Capital Markets Union.'), [], 'a reported "would" too')
  t.same(found('Prime Minister Modi met President von der Leyen.', 'She said the EU would support the project.'), [['european-union']], 'the side\'s person named too')
  t.same(found('She said the EU would support the project.'), [['european-union']], 'no one named before')
  const imf = { extraActors: [{ id: 'international-monetary-fund', surfaces: ['IMF'], type: 'organisation' as const }] }
  t.same(run([['The IMF published its report yesterday.', 'It says that Europe must complete the Capital Markets Union.']], imf).commitments, [], 'a reporting "It" after a sentence that opens on another')
  t.same(run([['The Commission adopted its report.', 'It says that the EU will complete the Capital Markets Union.']]).commitments.map((c) => c.holderIds), [['european-union']], 'after one that opens on the side')
})

test('a reporting "They" after a sentence that opens on a group of others is their claim: "The farmers\' organisations called on the Commission ... They said that the Commission should"', async (t) => {
  const found = (...sentences: string[]): string[][] => run([sentences]).commitments.map((c) => c.holderIds)
  t.same(found('The farmers\' organisations called on the Commission to cut red tape.', 'They said that the Commission should not conclude the agreement.'), [], 'a plural that names no actor')
  t.same(found('Several Member States called for more flexibility.', 'They said that the Commission should extend the deadline.'), [], 'an actor outside the side')
  t.same(found('The two leaders discussed trade.', 'They said that the EU would support the project.'), [['european-union']], 'the leaders of a read-out')
  t.same(found('The Commission and the Member States agreed on simplification.', 'They said the Commission will present more proposals.'), [['european-commission']], 'a group with the side')
})

test('a frame that denies the clause after it makes the pledge negative: "This does not mean that we will lower our standards"', async (t) => {
  const found = (sentence: string): Array<[string, string]> => commitmentsOf(sentence).map((c) => [c.action, c.polarity])
  t.same(found('This does not mean that we will lower our standards.'), [['lower', 'negative']])
  t.same(found('Openness doesn\'t mean we will be naive.').map(([, polarity]) => polarity), [], 'being naive is no action')
  t.same(found('This is not to say that we will abandon the open trading system.'), [['abandon', 'negative']])
  t.same(found('This does not mean that we will not act.'), [['act', 'positive']], 'a denied refusal')
  t.same(found('This means that we will lower our costs.'), [['lower', 'positive']])
})

test('a denied head of a relative clause makes its pledge negative: "This is not something we will accept"', async (t) => {
  const found = (sentence: string): Array<[string, string]> => commitmentsOf(sentence).map((c) => [c.action, c.polarity])
  t.same(found('This is not something we will accept.'), [['accept', 'negative']])
  t.same(found('The Pact is not a document that we will put in a drawer.'), [['put', 'negative']])
  t.same(found('The Pact is a document that we will implement together.'), [['implement', 'positive']])
  t.same(found('This is not only a plan that we will implement.'), [['implement', 'positive']], '"not only" denies nothing')
  t.same(found('It is not a coincidence that we will meet in Kyiv.'), [['meet', 'positive']], 'a cleft')
  t.same(found('This is not a problem and we will solve it.'), [['solve', 'positive']], 'another clause')
})

test('"will not always" negates how often, not the act: an admission or a forecast, no pledge', async (t) => {
  for (const sentence of ['We will not always agree.', 'We will not always get it right.', "We won't always agree with the United States."]) {
    t.same(commitmentsOf(sentence), [], sentence)
  }
  t.same(commitmentsOf('We will always stand by Ukraine.').map((c) => [c.action, c.polarity]), [['stand', 'positive']])
  t.same(commitmentsOf('We will not always agree, but we will talk.').map((c) => c.action), ['talk'])
  t.same(commitmentsOf('We will never accept it.').map((c) => c.polarity), ['negative'])
})

test('the speech naming its own matter is a move: "the question I want to answer today", "the point I want to make"', async (t) => {
  for (const move of ['That is the question I want to answer today.', 'That is the topic I want to discuss with you this morning.', 'This is the point I would like to make.', 'These are the three issues that I will address.']) {
    t.same(commitmentsOf(move), [], move)
  }
  t.same(commitmentsOf('It is an issue I will raise with President Xi next week.').map((c) => c.action), ['raise'], 'with a partner: a pledge')
  t.same(commitmentsOf('That is the question we must answer.').map((c) => c.action), ['answer'], '"we" owes the answer')
  t.same(commitmentsOf('I want to answer your question on tariffs in writing.').map((c) => c.action), ['answer'])
})

test('a memory carried on is still a memory: "We will never stop remembering them", "continue to remember"; "never stop fighting" pledges', async (t) => {
  for (const sentence of ['We will never cease to remember the victims.', 'We will never stop remembering them.', 'We will continue to remember the victims of the Holocaust.', 'We will keep remembering them.']) {
    t.same(commitmentsOf(sentence), [], sentence)
  }
  t.same(commitmentsOf('We will never stop fighting antisemitism.').map((c) => [c.action, c.polarity]), [['stop', 'negative']])
  t.same(commitmentsOf('We will continue to support Ukraine.').map((c) => c.action), ['continue'])
})

test('a memory kept, named as one, is a memory: "We will forever cherish their memory"; kept by a means it pledges', async (t) => {
  for (const sentence of ['We will forever cherish their memory.', 'We will keep their memory alive.', 'We will honour the memory of the victims.']) {
    t.same(commitmentsOf(sentence), [], sentence)
  }
  t.same(commitmentsOf('We will honour their memory by defending democracy.').map((c) => c.action), ['honour'])
  t.same(commitmentsOf('We will keep the pressure on Russia alive.').map((c) => c.action), ['keep'])
})

test('grief is a feeling, not an action: "We will mourn them", "grieve with", "cherish", also carried on; "keep them in our thoughts"', async (t) => {
  for (const sentence of ['We will mourn them, and we will remember them.', 'We will continue to mourn the victims.', 'We will grieve with the people of Morocco.',
    'We will always cherish the courage of the survivors.', 'We will keep the victims and their families in our thoughts.', 'We will keep them in our prayers.',
    'We will always carry their memory with us.']) {
    t.same(commitmentsOf(sentence), [], sentence)
  }
  t.same(commitmentsOf('We will keep the pressure on Russia in the coming months.').map((c) => c.action), ['keep'])
  t.same(commitmentsOf('We will keep our support for Ukraine high on our agenda.').map((c) => c.action), ['keep'])
  t.same(commitmentsOf('We will carry their memory forward by defending democracy.').map((c) => c.action), ['carry'])
})
