import { test } from 'tap'
import { commitmentsOf } from './helpers.js'

const negative = [
  'And for sure, we will not share vulnerabilities.',
  "We won't accept this.",
  'We will never accept the annexation.',
  'We must not repeat these mistakes.',
  'We do not want to close the door.',
  'We will no longer tolerate these attacks.'
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
