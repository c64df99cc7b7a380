import { test } from 'tap'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../../src/db/open-database.js'
import { toStatementRows } from '../../src/db/statement-rows.js'
import { createStatementWriter, DanglingReferenceError } from '../../src/db/statement-writer.js'
import type { Modality } from '../../src/extract/types.js'
import { SAMPLE_TOPICS, sampleDocument } from '../fixtures/extracted-document.js'

function setup (foreignKeys = true): { db: Database, writer: ReturnType<typeof createStatementWriter> } {
  const db = openDatabase(':memory:')
  // Batch ingestion writes with enforcement off (src/ingest/ingest-paths.ts).
  if (!foreignKeys) db.pragma('foreign_keys = OFF')
  const writer = createStatementWriter(db)
  writer.syncTopics(SAMPLE_TOPICS)
  return { db, writer }
}

const count = (db: Database, table: string): number =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const version = (db: Database): number =>
  db.prepare('SELECT version FROM data_version').pluck().get() as number

const TABLES = ['statements', 'paragraphs', 'sentences', 'mentions', 'statement_actors', 'paragraph_topics',
  'commitments', 'commitment_holders', 'commitment_targets', 'commitment_topics', 'actors']

const snapshot = (db: Database): Record<string, number> =>
  Object.fromEntries(TABLES.map((table) => [table, count(db, table)]))

test('a new document is inserted with ids derived from its statement id', async (t) => {
  const { db, writer } = setup()
  t.equal(writer.write(toStatementRows(sampleDocument())), 'inserted')
  const ids = db.prepare('SELECT id FROM paragraphs ORDER BY position').pluck().all()
  t.same(ids, ['statement-23-1-p1', 'statement-23-1-p2'])
  t.equal(db.prepare('SELECT id FROM commitments').pluck().get(), 'statement-23-1-p2-s1-c1')
  t.equal(db.prepare("SELECT actor_id FROM commitment_targets WHERE commitment_id = 'statement-23-1-p2-s1-c1'").pluck().get(), 'russia')
  t.equal(db.prepare('SELECT timeframe_date FROM commitments').pluck().get(), '2023-01-11')
})

test('writing the same document twice changes nothing, not even the data version', async (t) => {
  const { db, writer } = setup()
  writer.write(toStatementRows(sampleDocument()))
  const before = { ...snapshot(db), version: version(db) }
  t.equal(writer.write(toStatementRows(sampleDocument())), 'unchanged')
  t.same({ ...snapshot(db), version: version(db) }, before)
})

test('a changed text for the same reference replaces the old version', async (t) => {
  const { db, writer } = setup()
  writer.write(toStatementRows(sampleDocument()))
  const versionBefore = version(db)
  t.equal(writer.write(toStatementRows(sampleDocument({ variant: 'Peace will prevail.' }))), 'updated')
  t.equal(count(db, 'statements'), 1)
  t.equal(db.prepare("SELECT text FROM sentences WHERE id = 'statement-23-1-p2-s2'").pluck().get(), 'Peace will prevail.')
  t.equal(db.prepare("SELECT count(*) FROM actors WHERE id = 'ukraine'").pluck().get(), 0, 'an actor no longer mentioned anywhere is dropped')
  t.ok(version(db) > versionBefore)
})

test('the full-text index follows inserts, replacements and deletes', async (t) => {
  const { db, writer } = setup()
  const matches = (word: string): number =>
    db.prepare('SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').pluck().get(word) as number
  writer.write(toStatementRows(sampleDocument()))
  t.equal(matches('Ukraine'), 1)
  writer.write(toStatementRows(sampleDocument({ variant: 'Peace will prevail.' })))
  t.equal(matches('Ukraine'), 0)
  t.equal(matches('prevail'), 1)
  writer.remove('statement-23-1')
  t.equal(matches('prevail'), 0)
  t.doesNotThrow(() => db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')").run(), 'the index matches its content table')
})

for (const foreignKeys of [true, false]) {
  test(`removing a statement deletes everything derived from it, foreign keys ${foreignKeys ? 'on' : 'off'}`, async (t) => {
    const { db, writer } = setup(foreignKeys)
    writer.write(toStatementRows(sampleDocument()))
    t.equal(writer.remove('statement-23-1'), true)
    const left = snapshot(db)
    t.same(left, Object.fromEntries(TABLES.map((table) => [table, 0])))
    t.equal(writer.remove('statement-23-1'), false, 'a second removal finds nothing')
  })

  test(`a replaced version leaves no row of the old one, foreign keys ${foreignKeys ? 'on' : 'off'}`, async (t) => {
    const other = (): ReturnType<typeof toStatementRows> => toStatementRows(sampleDocument({ reference: 'STATEMENT/23/2' }))
    const changed = (): ReturnType<typeof toStatementRows> => toStatementRows(sampleDocument({ variant: 'Peace will prevail.' }))
    const direct = setup(foreignKeys)
    direct.writer.write(other())
    direct.writer.write(changed())
    const { db, writer } = setup(foreignKeys)
    writer.write(other())
    writer.write(toStatementRows(sampleDocument()))
    t.equal(writer.write(changed()), 'updated')
    t.same(snapshot(db), snapshot(direct.db), 'the rows of a database that only ever held the new version')
    t.same(db.pragma('foreign_key_check'), [], 'no row points at a deleted one')
  })
}

test('a document whose rows point at nothing is refused before any of it is written', async (t) => {
  const { db, writer } = setup(false)
  const broken = sampleDocument()
  broken.commitments[0]!.holderIds = ['nobody']
  const group = db.transaction(() => {
    t.throws(() => writer.writeWithinTransaction(toStatementRows(broken)), DanglingReferenceError)
    t.same(snapshot(db), Object.fromEntries(TABLES.map((table) => [table, 0])), 'nothing of it in the open transaction')
    return writer.writeWithinTransaction(toStatementRows(sampleDocument({ reference: 'STATEMENT/23/2' })))
  })
  t.equal(group(), 'inserted', 'the transaction goes on')
  const unknownTopic = sampleDocument({ reference: 'STATEMENT/23/3' })
  unknownTopic.commitments[0]!.topicSlugs = ['no-such-topic']
  t.throws(() => writer.write(toStatementRows(unknownTopic)), { message: 'not written: commitment 1 has topic no-such-topic, which is not in the taxonomy' })
  t.same(db.prepare('SELECT id FROM statements').pluck().all(), ['statement-23-2'])
})

test('a topic added to the taxonomy can be referenced once synced', async (t) => {
  const { writer } = setup(false)
  const doc = sampleDocument()
  doc.commitments[0]!.topicSlugs = ['fisheries']
  t.throws(() => writer.write(toStatementRows(doc)), DanglingReferenceError)
  writer.syncTopics([...SAMPLE_TOPICS, { ...SAMPLE_TOPICS[0]!, slug: 'fisheries', label: 'Fisheries' }])
  t.equal(writer.write(toStatementRows(doc)), 'inserted')
})

test('a failing write leaves the previous version in place', async (t) => {
  const { db, writer } = setup()
  writer.write(toStatementRows(sampleDocument()))
  const before = snapshot(db)
  const broken = sampleDocument({ variant: 'Something new.' })
  // A value the table's CHECK refuses: the write fails half-way, after the old version was deleted.
  broken.commitments[0]!.modality = 'perhaps' as Modality
  t.throws(() => writer.write(toStatementRows(broken)), /CHECK constraint failed/)
  t.same(snapshot(db), before)
  t.equal(db.prepare("SELECT text FROM sentences WHERE id = 'statement-23-1-p2-s2'").pluck().get(), 'Ukraine can count on us.')
})

test('syncing an unchanged taxonomy does not bump the data version', async (t) => {
  const { db, writer } = setup()
  const before = version(db)
  writer.syncTopics(SAMPLE_TOPICS)
  t.equal(version(db), before)
  writer.syncTopics(SAMPLE_TOPICS.map((topic) => ({ ...topic, label: topic.label.toUpperCase() })))
  t.ok(version(db) > before)
})

test('a topic dropped from the taxonomy stays while statements still use it', async (t) => {
  const { db, writer } = setup()
  writer.write(toStatementRows(sampleDocument()))
  writer.syncTopics(SAMPLE_TOPICS.filter((topic) => topic.slug !== 'sanctions' && topic.slug !== 'support-to-ukraine'))
  const slugs = db.prepare('SELECT slug FROM topics ORDER BY slug').pluck().all()
  t.same(slugs, ['foreign-security', 'sanctions'])
})

test('an actor seen again keeps its stored role and gains new aliases, and an identical one is left as it was', async (t) => {
  const { db, writer } = setup()
  writer.write(toStatementRows(sampleDocument()))
  const actor = (id: string): unknown => db.prepare('SELECT name, type, role, country_code, aliases FROM actors WHERE id = ?').get(id)
  const russiaBefore = actor('russia')
  const second = sampleDocument({ reference: 'STATEMENT/23/2' })
  const jens = second.actors.find((candidate) => candidate.id === 'jens-stoltenberg')!
  jens.role = null
  jens.aliases = ['Secretary-General Stoltenberg']
  writer.write(toStatementRows(second))
  const aliases = JSON.stringify(['Jens', 'Secretary-General Stoltenberg'])
  t.same(actor('jens-stoltenberg'), { name: 'Jens Stoltenberg', type: 'person', role: 'NATO Secretary-General', country_code: null, aliases })
  t.same(actor('russia'), russiaBefore)
})

test('an actor\'s aliases are merged in every document, however often the same list was seen before', async (t) => {
  const { db, writer } = setup()
  const aliasesOf = (id: string): unknown => db.prepare('SELECT aliases FROM actors WHERE id = ?').pluck().get(id)
  const withJens = (n: number, aliases: string[]): ReturnType<typeof sampleDocument> => {
    const doc = sampleDocument({ reference: `STATEMENT/23/${n}` })
    doc.actors.find((candidate) => candidate.id === 'jens-stoltenberg')!.aliases = aliases
    return doc
  }
  writer.write(toStatementRows(withJens(1, ['Jens'])))
  writer.write(toStatementRows(withJens(2, ['Jens'])))
  writer.write(toStatementRows(withJens(3, ['Jens', 'Mr Stoltenberg'])))
  t.equal(aliasesOf('jens-stoltenberg'), JSON.stringify(['Jens', 'Mr Stoltenberg']), 'a new alias after the same list twice')
  writer.write(toStatementRows(withJens(4, ['Jens'])))
  t.equal(aliasesOf('jens-stoltenberg'), JSON.stringify(['Jens', 'Mr Stoltenberg']), 'an alias seen before is kept')
  // A row in another form than the writer's own (unsorted, its name among its aliases) is put in that form.
  db.prepare('UPDATE actors SET aliases = ? WHERE id = ?').run(JSON.stringify(['Mr Stoltenberg', 'Jens Stoltenberg', 'Jens']), 'jens-stoltenberg')
  writer.write(toStatementRows(withJens(5, ['Jens'])))
  t.equal(aliasesOf('jens-stoltenberg'), JSON.stringify(['Jens', 'Mr Stoltenberg']))
  db.prepare('UPDATE actors SET aliases = ? WHERE id = ?').run(JSON.stringify(['Mr Stoltenberg', 'Jens']), 'jens-stoltenberg')
  writer.write(toStatementRows(withJens(6, [])))
  t.equal(aliasesOf('jens-stoltenberg'), JSON.stringify(['Jens', 'Mr Stoltenberg']))
})

test('writeWithinTransaction writes in the caller\'s transaction and refuses to run outside one', async (t) => {
  const { db, writer } = setup()
  t.throws(() => writer.writeWithinTransaction(toStatementRows(sampleDocument())), /needs an open transaction/)
  t.equal(count(db, 'statements'), 0)
  const group = db.transaction(() => {
    const outcomes = [writer.writeWithinTransaction(toStatementRows(sampleDocument())), writer.writeWithinTransaction(toStatementRows(sampleDocument({ reference: 'STATEMENT/23/2' })))]
    writer.indexPending()
    return outcomes
  })
  t.same(group(), ['inserted', 'inserted'])
  t.same(db.prepare('SELECT id FROM statements ORDER BY id').pluck().all(), ['statement-23-1', 'statement-23-2'])
  // A failure in the middle of a group: the caller's rollback takes back the whole group.
  const before = snapshot(db)
  const broken = sampleDocument({ reference: 'STATEMENT/23/3' })
  broken.commitments[0]!.modality = 'perhaps' as Modality
  const failing = db.transaction(() => {
    writer.writeWithinTransaction(toStatementRows(sampleDocument({ reference: 'STATEMENT/23/4' })))
    writer.writeWithinTransaction(toStatementRows(broken))
  })
  t.throws(failing, /CHECK constraint failed/)
  t.same(snapshot(db), before)
})

const searchIndexMatchesTable = (db: Database): void => {
  db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')").run()
}
const matching = (db: Database, word: string): number =>
  db.prepare('SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?').pluck().get(word) as number

test('paragraphs written within a transaction are searchable once indexPending runs, and a rollback leaves nothing pending', async (t) => {
  const { db, writer } = setup()
  db.exec('BEGIN')
  writer.writeWithinTransaction(toStatementRows(sampleDocument()))
  t.equal(matching(db, 'Ukraine'), 0, 'not in the index before indexPending')
  db.exec('ROLLBACK')
  db.exec('BEGIN')
  writer.writeWithinTransaction(toStatementRows(sampleDocument({ reference: 'STATEMENT/23/2' })))
  writer.indexPending()
  db.exec('COMMIT')
  t.equal(matching(db, 'Ukraine'), 1, 'only the committed document is indexed, once')
  t.doesNotThrow(() => { searchIndexMatchesTable(db) }, 'the index matches its content table')
})

test('a statement replaced within a group is taken out of the index before its paragraphs are deleted', async (t) => {
  const { db, writer } = setup()
  db.exec('BEGIN')
  writer.writeWithinTransaction(toStatementRows(sampleDocument()))
  t.equal(writer.writeWithinTransaction(toStatementRows(sampleDocument({ variant: 'Peace will prevail.' }))), 'updated')
  writer.indexPending()
  db.exec('COMMIT')
  t.equal(matching(db, 'Ukraine'), 0)
  t.equal(matching(db, 'prevail'), 1)
  t.doesNotThrow(() => { searchIndexMatchesTable(db) }, 'the index matches its content table')
  db.exec('BEGIN')
  writer.writeWithinTransaction(toStatementRows(sampleDocument({ reference: 'STATEMENT/23/2' })))
  t.equal(writer.remove('statement-23-1'), true, 'a removal in the same transaction')
  writer.indexPending()
  db.exec('COMMIT')
  t.equal(matching(db, 'Ukraine'), 1, 'the other statement is indexed')
  t.doesNotThrow(() => { searchIndexMatchesTable(db) }, 'and the index still matches')
})

const segments = (db: Database): number =>
  db.prepare('SELECT count(DISTINCT segid) FROM paragraphs_fts_idx').pluck().get() as number

test('compactSearchIndex merges the full-text index into one segment only when the paragraphs written are at least half of it', async (t) => {
  const { db, writer } = setup()
  // Each write is its own transaction, so each adds a segment: 3 statements, 6 paragraphs, 3 segments.
  for (const n of [1, 2, 3]) writer.write(toStatementRows(sampleDocument({ reference: `STATEMENT/23/${n}` })))
  t.equal(segments(db), 3)
  t.equal(writer.compactSearchIndex(0), false, 'nothing written')
  t.equal(writer.compactSearchIndex(2), false, 'two of six paragraphs: not worth rewriting the index')
  t.equal(segments(db), 3)
  t.equal(writer.compactSearchIndex(3), true)
  t.equal(segments(db), 1)
  t.equal(matching(db, 'Ukraine'), 3, 'every paragraph is still found')
  t.doesNotThrow(() => { searchIndexMatchesTable(db) }, 'the index matches its content table')
})

test('compactSearchIndex first indexes what the open transaction wrote', async (t) => {
  const { db, writer } = setup()
  db.exec('BEGIN')
  writer.writeWithinTransaction(toStatementRows(sampleDocument()))
  t.equal(writer.compactSearchIndex(2), true)
  db.exec('COMMIT')
  t.equal(matching(db, 'Ukraine'), 1)
  t.doesNotThrow(() => { searchIndexMatchesTable(db) }, 'the index matches its content table')
})
