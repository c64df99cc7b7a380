// DOM builders shared by the explorer and the embeds. API text only ever
// reaches the page through textContent or attribute values, never as markup,
// so a document containing "<script>" is shown, not run.

import { segmentParagraph } from './model.js'

const SVG = 'http://www.w3.org/2000/svg'

/** document.createElement with attributes and children (strings become text nodes). */
export function h (tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false))
  return element
}

function svg (tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value))
  element.append(...children)
  return element
}

export function describeCommitment (item) {
  const who = item.holder?.name ?? 'Unattributed'
  const negation = item.polarity === 'negative' ? 'not ' : ''
  return `${who} (${item.modality}): ${negation}${item.action}${item.object ? ` ${item.object}` : ''}`
}

/**
 * One paragraph with its actor mentions and commitment clauses highlighted.
 * `actorNames` maps actor ids to names for the mention labels; `isMatch`
 * tells which commitments pass the current filters.
 */
export function renderParagraph (paragraph, commitments, actorNames, isMatch = () => true) {
  const build = (node) => {
    if (node.type === 'text') return document.createTextNode(node.text)
    if (node.type === 'mention') {
      const name = actorNames.get(node.actorId) ?? node.actorId
      return h('span', { class: 'mention', 'data-actor': node.actorId, title: `Actor: ${name}` }, node.text)
    }
    const matched = node.commitments.some(isMatch)
    return h('mark', {
      class: matched ? 'commitment' : 'commitment is-dimmed',
      'data-modality': node.commitments[0].modality,
      'data-commitments': node.commitments.map((item) => item.id).join(' '),
      title: node.commitments.map(describeCommitment).join('\n')
    }, node.children.map(build))
  }
  return h('p', { id: paragraph.id, class: `paragraph kind-${paragraph.kind}` },
    segmentParagraph(paragraph, commitments).map(build))
}

/** One commitment as a list item: who, what, modality, topics, timeframe, sentence. */
export function renderCommitment (item, { linkTo } = {}) {
  const meta = [
    h('span', { class: `badge modality-${item.modality}` }, item.modality),
    item.polarity === 'negative' ? h('span', { class: 'badge polarity-negative' }, 'negative') : null,
    ...item.topics.map((topic) => h('span', { class: 'badge topic' }, topic.label)),
    item.timeframe ? h('span', { class: 'badge timeframe' }, item.timeframe.date ? `${item.timeframe.text} (${item.timeframe.date})` : item.timeframe.text) : null
  ]
  const targets = item.targets.length > 0 ? h('p', { class: 'targets' }, `Targets: ${item.targets.map((t) => t.name).join(', ')}`) : null
  const sentence = linkTo
    ? h('a', { href: linkTo(item), class: 'sentence' }, item.text)
    : h('span', { class: 'sentence' }, item.text)
  return h('li', { class: 'commitment-item', 'data-commitment': item.id },
    h('p', { class: 'summary' }, describeCommitment(item)),
    h('p', { class: 'meta' }, meta),
    targets,
    h('blockquote', {}, sentence))
}

/**
 * A horizontal bar chart of topic counts as inline SVG, with a table-like
 * text alternative: screen readers get the title, each bar's label and value.
 */
export function renderTopicChart (counts, { title = 'Paragraphs per topic', max = 12 } = {}) {
  const rows = counts.slice(0, max)
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No topics were found in this statement.')
  const rowHeight = 28
  const labelWidth = 200
  const barWidth = 250
  const width = labelWidth + barWidth + 40
  const height = rows.length * rowHeight + 8
  const top = Math.max(...rows.map((row) => row.paragraphs))
  const titleId = `chart-title-${Math.random().toString(36).slice(2)}`
  const chart = svg('svg', { class: 'topic-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId, preserveAspectRatio: 'xMinYMin meet' },
    svg('title', { id: titleId }, `${title}: ${rows.map((row) => `${row.label} ${row.paragraphs}`).join(', ')}`))
  rows.forEach((row, index) => {
    const y = index * rowHeight + 4
    const length = Math.max(2, Math.round((row.paragraphs / top) * barWidth))
    const label = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label
    chart.append(svg('g', { class: 'bar', 'data-topic': row.slug },
      svg('title', {}, `${row.label}: ${row.paragraphs} paragraph${row.paragraphs === 1 ? '' : 's'}`),
      svg('text', { x: labelWidth - 8, y: y + rowHeight / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' }, label),
      svg('rect', { x: labelWidth, y: y + 4, width: length, height: rowHeight - 8, rx: 3 }),
      svg('text', { x: labelWidth + length + 6, y: y + rowHeight / 2, 'dominant-baseline': 'middle', class: 'bar-value' }, String(row.paragraphs))))
  })
  return h('figure', { class: 'chart' }, chart, h('figcaption', {}, title))
}

/** A short message in a live region: loading, empty and error states. */
export function renderStatus (element, message, kind = 'info') {
  element.replaceChildren(message ? h('p', { class: `status status-${kind}` }, message) : '')
  element.setAttribute('role', kind === 'error' ? 'alert' : 'status')
}
