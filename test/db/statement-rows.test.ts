import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { findDanglingReference, toStatementRows } from '../../src/db/statement-rows.js'
import { createStatementWriter } from '../../src/db/statement-writer.js'
import { SAMPLE_TOPICS, sampleDocument } from '../fixtures/extracted-document.js'

test('texts that are slices of the source text are left out, and the writer stores them sliced again', async (t) => {
  const doc = sampleDocument()
  const rows = toStatementRows(doc)
  t.same(rows.paragraphs.map((row) => row[2]), doc.paragraphs.map(() => null))
  t.same(rows.mentions.map((row) => row[5]), doc.mentions.map(() => null))
  t.same(rows.commitments.map((row) => [row[3], row[6]]), doc.commitments.map(() => [null, null]))

  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  const writer = createStatementWriter(db)
  writer.syncTopics(SAMPLE_TOPICS)
  writer.write(rows)
  t.same(db.prepare('SELECT text FROM paragraphs ORDER BY position').pluck().all(), doc.paragraphs.map((paragraph) => paragraph.text))
  t.same(db.prepare('SELECT text FROM mentions ORDER BY id').pluck().all(), doc.mentions.map((mention) => mention.text))
  t.same(db.prepare('SELECT text, clause_text FROM commitments ORDER BY position').raw().all(),
    doc.commitments.map((commitment) => [commitment.text, commitment.clause.text]))
})

test('a text that is not the slice of its span is kept and stored as it is', async (t) => {
  const doc = sampleDocument()
  const mention = doc.mentions[0]!
  mention.text = `${mention.text} (as written)`
  const commitment = doc.commitments[0]!
  commitment.clause = { ...commitment.clause, text: 'another clause' }
  const rows = toStatementRows(doc)
  t.equal(rows.mentions[0]![5], mention.text)
  t.equal(rows.commitments[0]![6], 'another clause')

  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  const writer = createStatementWriter(db)
  writer.syncTopics(SAMPLE_TOPICS)
  writer.write(rows)
  t.equal(db.prepare('SELECT text FROM mentions ORDER BY id').pluck().get(), mention.text)
  t.equal(db.prepare('SELECT clause_text FROM commitments').pluck().get(), 'another clause')
})

test('JSON columns are serialised once, as the tables store them', async (t) => {
  const doc = sampleDocument()
  const rows = toStatementRows(doc)
  t.same(JSON.parse(rows.statement.speakers), doc.metadata.speakers)
  t.same(JSON.parse(rows.statement.press_contacts), doc.metadata.pressContacts)
  t.same(rows.paragraphs.map((row) => JSON.parse(row[5])), doc.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => [sentence.start, sentence.end])))
  t.same(rows.paragraphTopics.map((row) => [row[0], row[1], row[2], JSON.parse(row[3])]),
    doc.paragraphTopics.flatMap(({ paragraphPosition, topics }) => topics.map((topic) => [paragraphPosition, topic.slug, topic.score, topic.evidence])))
})

test('findDanglingReference names the first row that points at no actor, paragraph or topic of the document', async (t) => {
  const slugs = new Set(SAMPLE_TOPICS.map((topic) => topic.slug))
  t.equal(findDanglingReference(toStatementRows(sampleDocument()), slugs), null, 'the sample resolves')
  const broken = (change: (doc: ReturnType<typeof sampleDocument>) => void): string | null => {
    const doc = sampleDocument()
    change(doc)
    return findDanglingReference(toStatementRows(doc), slugs)
  }
  t.equal(broken((doc) => { doc.roles[0]!.actorId = 'nobody' }), 'a role names actor nobody, which is not among the document\'s actors')
  t.equal(broken((doc) => { doc.mentions[0]!.actorId = 'nobody' }), 'a mention names actor nobody, which is not among the document\'s actors')
  t.equal(broken((doc) => { doc.mentions[0]!.paragraphPosition = 9 }), 'a mention is in paragraph 9, which the document does not have')
  t.equal(broken((doc) => { doc.paragraphTopics[0]!.paragraphPosition = 9 }), 'a paragraph topic is in paragraph 9, which the document does not have')
  t.equal(broken((doc) => { doc.paragraphTopics[0]!.topics[0]!.slug = 'no-such-topic' }), 'paragraph 2 has topic no-such-topic, which is not in the taxonomy')
  t.equal(broken((doc) => { doc.commitments[0]!.paragraphPosition = 9 }), 'commitment 1 is in paragraph 9, which the document does not have')
  t.equal(broken((doc) => { doc.commitments[0]!.holderIds = ['nobody'] }), 'commitment 1\'s holder names actor nobody, which is not among the document\'s actors')
  t.equal(broken((doc) => { doc.commitments[0]!.targetIds = ['nobody'] }), 'commitment 1\'s target names actor nobody, which is not among the document\'s actors')
  t.equal(broken((doc) => { doc.commitments[0]!.topicSlugs = ['no-such-topic'] }), 'commitment 1 has topic no-such-topic, which is not in the taxonomy')
  t.equal(broken((doc) => { doc.actors = doc.actors.filter((actor) => actor.id !== 'russia') }),
    'a role names actor russia, which is not among the document\'s actors', 'an actor left out of the list')
})
