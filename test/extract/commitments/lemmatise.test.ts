import { test } from 'tap'
import { lemmatise } from '../../../src/extract/commitments/lemmatise.js'
import { loadModalPatterns } from '../../../src/extract/commitments/modal-patterns.js'

const { lemmas } = loadModalPatterns()

const cases: Array<[string, string]> = [
  ['coming', 'come'], ['working', 'work'], ['stepping', 'step'], ['coordinating', 'coordinate'], ['negotiating', 'negotiate'],
  ['making', 'make'], ['producing', 'produce'], ['giving', 'give'], ['tackling', 'tackle'], ['engaging', 'engage'],
  ['installing', 'install'], ['strengthening', 'strengthen'], ['increased', 'increase'], ['planned', 'plan'], ['adopted', 'adopt'],
  ['doing', 'do'], ['visiting', 'visit'], ['developing', 'develop'], ['creating', 'create'], ['deepen', 'deepen'],
  ['embed', 'embed'], ['bring', 'bring'], ['bringing', 'bring'], ['string', 'string'], ['spring', 'spring'],
  ['need', 'need'], ['succeed', 'succeed'], ['proceed', 'proceed'], ['shed', 'shed'], ['agreed', 'agree'], ['aimed', 'aim']
]

for (const [form, lemma] of cases) {
  test(`"${form}" lemmatises to "${lemma}"`, async (t) => {
    t.equal(lemmatise(form, lemmas), lemma)
  })
}

test('an exception in the data file wins over the suffix rules', async (t) => {
  t.equal(lemmatise('developing', new Map()), 'develope', 'the rules alone get it wrong')
  t.equal(lemmatise('developing', new Map([['developing', 'develop']])), 'develop')
})
