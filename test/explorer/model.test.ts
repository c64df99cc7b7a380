import { test } from 'tap'
import {
  commitmentFacets, filterCommitments, formatHash, parseHash, segmentParagraph, topicCounts,
  type CommitmentItem, type Paragraph, type ParagraphNode
} from '../../public/explorer/model.js'

// A paragraph that starts at offset 100 of its document, as the API returns it.
const paragraph: Paragraph = {
  text: 'Russia attacked. The EU will support Ukraine.',
  start: 100,
  end: 145,
  topics: [{ slug: 'defence', label: 'Defence' }],
  mentions: [
    { actor_id: 'russia', text: 'Russia', start: 100, end: 106 },
    { actor_id: 'european-union', text: 'EU', start: 121, end: 123 },
    { actor_id: 'ukraine', text: 'Ukraine', start: 137, end: 144 }
  ]
}

function commitment (overrides: Partial<CommitmentItem> = {}): CommitmentItem {
  return {
    id: 'statement-1-p1-s2-c1',
    start: 117,
    end: 145,
    modality: 'intention',
    holder: { id: 'european-union', name: 'European Union' },
    targets: [{ id: 'ukraine', name: 'Ukraine' }],
    topics: [{ slug: 'defence', label: 'Defence' }],
    ...overrides
  }
}

const flatText = (nodes: ParagraphNode[]): string =>
  nodes.map((node) => node.type === 'commitment' ? flatText(node.children) : node.text).join('')

test('segmenting a paragraph keeps every character of its text in order', async (t) => {
  t.equal(flatText(segmentParagraph(paragraph, [commitment()])), paragraph.text)
})

test('mention offsets are made relative to the paragraph start', async (t) => {
  const nodes = segmentParagraph(paragraph)
  t.same(nodes[0], { type: 'mention', actorId: 'russia', text: 'Russia' })
  t.same(nodes.filter((node) => node.type === 'mention').map((node) => node.text), ['Russia', 'EU', 'Ukraine'])
})

test('a commitment clause wraps the mentions inside its sentence', async (t) => {
  const nodes = segmentParagraph(paragraph, [commitment()])
  const clause = nodes.find((node) => node.type === 'commitment')
  if (clause?.type !== 'commitment') return t.fail('no commitment node')
  t.equal(flatText(clause.children), 'The EU will support Ukraine.')
  t.same(clause.children.filter((node) => node.type === 'mention').map((node) => node.text), ['EU', 'Ukraine'])
})

test('two commitments in one sentence share one highlighted clause', async (t) => {
  const nodes = segmentParagraph(paragraph, [commitment(), commitment({ id: 'statement-1-p1-s2-c2' })])
  const clauses = nodes.filter((node) => node.type === 'commitment')
  t.equal(clauses.length, 1)
  t.equal(clauses[0]?.type === 'commitment' && clauses[0].commitments.length, 2)
})

test('the committing clause is highlighted rather than the whole sentence', async (t) => {
  const nodes = segmentParagraph(paragraph, [commitment({ clause: { start: 121, end: 144 } })])
  const clause = nodes.find((node) => node.type === 'commitment')
  t.equal(clause?.type === 'commitment' && flatText(clause.children), 'EU will support Ukraine')
  t.equal(flatText(nodes), paragraph.text)
})

test('overlapping clauses of two commitments merge into one highlight listing both', async (t) => {
  const nodes = segmentParagraph(paragraph, [
    commitment({ id: 'c1', clause: { start: 117, end: 133 } }),
    commitment({ id: 'c2', clause: { start: 121, end: 144 } })
  ])
  const clauses = nodes.filter((node) => node.type === 'commitment')
  t.equal(clauses.length, 1)
  t.same(clauses[0]?.type === 'commitment' && clauses[0].commitments.map((item) => item.id), ['c1', 'c2'])
  t.equal(clauses[0]?.type === 'commitment' && flatText(clauses[0].children), 'The EU will support Ukraine')
})

test('a mention crossing a clause edge is clipped, not duplicated', async (t) => {
  const crossing = { ...paragraph, mentions: [{ actor_id: 'x', text: 'attacked. The', start: 107, end: 120 }] }
  const nodes = segmentParagraph(crossing, [commitment()])
  t.equal(flatText(nodes), paragraph.text)
})

test('spans outside the paragraph are ignored', async (t) => {
  const nodes = segmentParagraph({ ...paragraph, mentions: [{ actor_id: 'x', text: 'far', start: 500, end: 503 }] },
    [commitment({ start: 10, end: 20 })])
  t.same(nodes, [{ type: 'text', text: paragraph.text }])
})

test('the view state survives a round trip through the hash', async (t) => {
  const state = { statement: 'statement-23-121', q: 'a & b = c', topic: 'defence', modality: 'obligation', actor: 'russia' }
  t.same(parseHash(formatHash(state)), state)
})

test('empty and unknown hash keys are dropped', async (t) => {
  t.same(parseHash('#statement=&topic=energy&evil=1'), { topic: 'energy' })
  t.equal(formatHash({}), '')
})

test('filters keep commitments matching topic, modality and actor as holder or target', async (t) => {
  const items = [
    commitment({ id: 'a' }),
    commitment({ id: 'b', modality: 'obligation' }),
    commitment({ id: 'c', topics: [], holder: null, targets: [{ id: 'russia', name: 'Russia' }] })
  ]
  t.same(filterCommitments(items, { modality: 'obligation' }).map((item) => item.id), ['b'])
  t.same(filterCommitments(items, { topic: 'defence' }).map((item) => item.id), ['a', 'b'])
  t.same(filterCommitments(items, { actor: 'russia' }).map((item) => item.id), ['c'])
  t.same(filterCommitments(items, { actor: 'european-union', modality: 'intention' }).map((item) => item.id), ['a'])
  t.equal(filterCommitments(items, {}).length, 3)
})

test('facets list each topic and actor once, sorted by label', async (t) => {
  const facets = commitmentFacets([commitment(), commitment({ holder: { id: 'russia', name: 'Russia' } })])
  t.same(facets.topics, [{ id: 'defence', label: 'Defence' }])
  t.same(facets.actors.map((actor) => actor.id), ['european-union', 'russia', 'ukraine'])
})

test('topic counts rank topics by the number of paragraphs tagged', async (t) => {
  const energy = { slug: 'energy', label: 'Energy' }
  const defence = { slug: 'defence', label: 'Defence' }
  const counts = topicCounts([
    { ...paragraph, topics: [energy, defence] },
    { ...paragraph, topics: [energy] }
  ])
  t.same(counts, [{ slug: 'energy', label: 'Energy', paragraphs: 2 }, { slug: 'defence', label: 'Defence', paragraphs: 1 }])
})
