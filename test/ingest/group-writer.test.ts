import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { createStatementWriter } from '../../src/db/statement-writer.js'
import type { ExtractionOutcome } from '../../src/ingest/extraction-pool.js'
import type { FileResult } from '../../src/ingest/file-result.js'
import { createGroupWriter } from '../../src/ingest/group-writer.js'
import { prepareOutcome } from '../../src/ingest/prepared-document.js'
import type { Modality } from '../../src/extract/types.js'
import { SAMPLE_TOPICS, sampleDocument } from '../fixtures/extracted-document.js'

function setup (t: { teardown: (fn: () => void) => void }, outcomes: Record<string, () => ExtractionOutcome>, maxDocuments = 10) {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  const writer = createStatementWriter(db)
  writer.syncTopics(SAMPLE_TOPICS)
  const results: FileResult[] = []
  const extractedAgain: string[] = []
  const group = createGroupWriter({
    db,
    writer,
    extractAgain: (file) => {
      extractedAgain.push(file)
      return prepareOutcome(outcomes[file]!())
    },
    onResult: (result) => results.push(result),
    maxDocuments,
    maxMilliseconds: 60_000
  })
  const add = (file: string): void => { group.add(file, prepareOutcome(outcomes[file]!())) }
  const stored = (): string[] => db.prepare('SELECT id FROM statements ORDER BY id').pluck().all() as string[]
  return { db, group, add, results, extractedAgain, stored }
}

// The database refuses it half-way through its rows (the commitments' CHECK on modality).
const broken = (): ExtractionOutcome => {
  const doc = sampleDocument({ reference: 'STATEMENT/23/2' })
  doc.commitments[0]!.modality = 'perhaps' as Modality
  return { doc }
}
const outcomes: Record<string, () => ExtractionOutcome> = {
  'a.txt': () => ({ doc: sampleDocument({ reference: 'STATEMENT/23/1' }) }),
  'b.txt': broken,
  'c.txt': () => ({ doc: sampleDocument({ reference: 'STATEMENT/23/3' }) }),
  'unreadable.txt': () => ({ error: 'the file is empty' })
}

test('results are passed on only when the group commits, and no file is extracted twice', async (t) => {
  const { db, group, add, results, extractedAgain, stored } = setup(t, outcomes, 2)
  add('a.txt')
  t.same(results, [], 'nothing is reported before the commit')
  t.ok(db.inTransaction)
  add('unreadable.txt')
  add('c.txt')
  t.same(results.map((result) => result.status), ['inserted', 'failed', 'inserted'], 'the second document filled the group')
  t.notOk(db.inTransaction)
  group.finish()
  t.same(stored(), ['statement-23-1', 'statement-23-3'])
  t.same(extractedAgain, [])
})

test('a failing write rolls the group back and writes its files again one by one', async (t) => {
  const { group, add, results, extractedAgain, stored } = setup(t, outcomes)
  add('a.txt')
  add('unreadable.txt')
  add('b.txt')
  t.same(extractedAgain, ['a.txt', 'b.txt'], 'the group\'s documents were not kept: they are extracted again')
  t.same(results.map((result) => `${result.file} ${result.status}`), ['a.txt inserted', 'unreadable.txt failed', 'b.txt failed'])
  t.match(results[2]?.error, /CHECK constraint failed/)
  add('c.txt')
  group.finish()
  t.same(stored(), ['statement-23-1', 'statement-23-3'])
})

test('abandon rolls back the open group and reports nothing of it', async (t) => {
  const { db, group, add, results, stored } = setup(t, outcomes)
  add('a.txt')
  group.abandon()
  t.notOk(db.inTransaction)
  t.same(results, [])
  t.same(stored(), [])
})

// Documents the writer refuses before writing any of their rows: the group stays open and is not replayed.
const refused: Array<{ what: string, outcome: () => ExtractionOutcome, error: RegExp }> = [
  {
    what: 'a reference taken by another statement',
    outcome: () => ({ doc: { ...sampleDocument({ reference: 'STATEMENT/23/1' }), id: 'another-id-for-statement-23-1' } }),
    error: /^reference STATEMENT\/23\/1 already belongs to another statement$/
  },
  {
    what: 'a document whose rows point at nothing',
    outcome: () => {
      const doc = sampleDocument({ reference: 'STATEMENT/23/2' })
      doc.commitments[0]!.topicSlugs = ['no-such-topic']
      return { doc }
    },
    error: /^not written: commitment 1 has topic no-such-topic, which is not in the taxonomy$/
  }
]

for (const { what, outcome, error } of refused) {
  test(`${what} fails alone, without replaying the group`, async (t) => {
    const { group, add, results, extractedAgain, stored } = setup(t, { ...outcomes, 'refused.txt': outcome })
    add('a.txt')
    add('refused.txt')
    add('c.txt')
    group.finish()
    t.same(results.map((result) => `${result.file} ${result.status}`), ['a.txt inserted', 'refused.txt failed', 'c.txt inserted'])
    t.match(results[1]?.error, error)
    t.same(extractedAgain, [])
    t.same(stored(), ['statement-23-1', 'statement-23-3'])
  })
}
