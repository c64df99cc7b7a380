import { test } from 'tap'
import { commitmentsOf } from './helpers.js'

const negative = [
  'And for sure, we will not share vulnerabilities.',
  "We won't accept this.",
  'We will never accept the annexation.',
  'We must not repeat these mistakes.',
  'We do not want to close the door.',
  'We will no longer tolerate these attacks.',
  'We are not going to change course.',
  "We aren't going to change course.",
  "I'm not going to give up.",
  'We will under no circumstances accept this.',
  'We will in no way accept this.'
]

for (const sentence of negative) {
  test(`"${sentence}" is a negative commitment`, async (t) => {
    const commitments = commitmentsOf(sentence)
    t.equal(commitments.length, 1)
    t.equal(commitments[0]?.polarity, 'negative')
  })
}

test('"we will" without negation is positive', async (t) => {
  t.equal(commitmentsOf('We will share best practices.')[0]?.polarity, 'positive')
})

test('"won\'t" keeps the commitment modality', async (t) => {
  t.equal(commitmentsOf("We won't accept this.")[0]?.modality, 'commitment')
})

test('a negated phrase that pledges the action after it is a positive pledge of that action', async (t) => {
  const found = (sentence: string): Array<[string, string, string]> => commitmentsOf(sentence).map((c) => [c.polarity, c.action, c.object])
  t.same(found('We will not hesitate to take further measures.'), [['positive', 'take', 'further measures']])
  t.same(found("We won't hesitate to act."), [['positive', 'act', '']])
  t.same(found('We will spare no effort to find a solution.'), [['positive', 'find', 'a solution']])
  t.same(found('We will not hesitate.'), [['negative', 'hesitate', '']], 'nothing after it: the negation stands')
  t.same(found('We will never accept the annexation.'), [['negative', 'accept', 'the annexation']])
})

test('"not only ... but also" is no negation', async (t) => {
  t.same(commitmentsOf('We will not only invest more but also invest better.').map((c) => [c.polarity, c.action]), [['positive', 'invest']])
  t.same(commitmentsOf('We will not invest more.').map((c) => c.polarity), ['negative'])
})

test('"neither ... nor" negates both verbs: the first is the action, the second\'s object is the object', async (t) => {
  t.same(commitmentsOf('We will neither accept nor recognise it.').map((c) => [c.polarity, c.action, c.object]), [['negative', 'accept', 'it']])
})

test('a negation of several words is read whole before the verb', async (t) => {
  t.same(commitmentsOf('We will under no circumstances accept this.').map((c) => [c.action, c.object]), [['accept', 'this']])
})

test('a subject after its modal, "Never again will we", is read, negative after a negative opener', async (t) => {
  const found = (sentence: string): Array<[string, string, string, string]> => commitmentsOf(sentence).map((c) => [c.polarity, c.action, c.object, c.clause.text])
  t.same(found('Never again will we let our industry fall behind.'), [['negative', 'let', 'our industry fall behind', 'Never again will we let our industry fall behind']])
  t.same(found('And nor will we accept this.'), [['negative', 'accept', 'this', 'And nor will we accept this']])
  t.same(found('We will not accept it, nor will we tolerate it.'), [['negative', 'accept', 'it', 'We will not accept it'], ['negative', 'tolerate', 'it', 'nor will we tolerate it']])
  t.same(found('Only together will we overcome this crisis.'), [['positive', 'overcome', 'this crisis', 'Only together will we overcome this crisis']])
  t.same(found('Not only will we support Ukraine, we will rebuild it.'), [['positive', 'support', 'Ukraine', 'Not only will we support Ukraine'], ['positive', 'rebuild', 'it', 'we will rebuild it']])
  t.same(found('Never will they win.'), [], 'someone else')
  t.same(found('Never will I forget that day.'), [], 'a memory')
  t.same(found('Will we accept this?'), [], 'a question without an opener')
})

test('"cannot and will not" after an explicit subject is the subject\'s negative commitment', async (t) => {
  t.same(commitmentsOf('The EU cannot and will not delegate its customs policy.').map((c) => [c.holderIds, c.polarity, c.action]), [[['european-union'], 'negative', 'delegate']])
  t.same(commitmentsOf('Russia cannot and will not win.'), [], 'someone else')
})
