// The embeddable widgets: /embed/statements/{id}/topics and
// /embed/statements/{id}/commitments. Same modules as the explorer, one view
// each, sized for an iframe. Filters come from the query string, so a
// dashboard can embed, say, ?modality=obligation&actor=russia.

import { ApiError, getAll, getJson } from './api.js'
import { filterCommitments, formatHash, topicCounts } from './model.js'
import { h, renderCommitment, renderStatus, renderTopicChart } from './views.js'

const root = document.getElementById('widget')
const widget = document.body.dataset.widget
const match = window.location.pathname.match(/^\/embed\/statements\/([^/]+)\/(topics|commitments)\/?$/)
const id = match ? decodeURIComponent(match[1]) : null
const query = new URLSearchParams(window.location.search)

function explorerLink (statement, filters = {}) {
  // Opens outside the frame: the dashboard keeps its place.
  return h('a', { href: `/${formatHash({ statement: statement.id, ...filters })}`, target: '_blank', rel: 'noopener' },
    'Open in the explorer')
}

function header (statement, subtitle) {
  return h('header', { class: 'embed-header' },
    h('h1', {}, statement.title ?? statement.reference ?? statement.id),
    h('p', { class: 'statement-meta' }, [subtitle, statement.date, statement.reference].filter(Boolean).join(' · ')))
}

async function renderTopics (statement) {
  const paragraphs = await getAll(`/v1/statements/${encodeURIComponent(statement.id)}/paragraphs`)
  root.replaceChildren(header(statement, 'Topics'),
    renderTopicChart(topicCounts(paragraphs), { max: Number(query.get('max')) || 12 }),
    h('p', { class: 'embed-footer' }, explorerLink(statement)))
}

async function renderCommitments (statement) {
  const all = await getAll(`/v1/statements/${encodeURIComponent(statement.id)}/commitments`)
  const filters = { topic: query.get('topic') ?? undefined, modality: query.get('modality') ?? undefined, actor: query.get('actor') ?? undefined }
  const items = filterCommitments(all, filters)
  root.replaceChildren(header(statement, 'Commitments'),
    h('p', { class: 'count' }, `${items.length} of ${all.length} commitments`),
    items.length > 0 ? h('ol', { class: 'commitment-list' }, items.map((item) => renderCommitment(item))) : h('p', { class: 'empty' }, 'No commitment matches.'),
    h('p', { class: 'embed-footer' }, explorerLink(statement, filters)))
}

async function start () {
  if (!id || (widget !== 'topics' && widget !== 'commitments')) {
    renderStatus(root, 'This widget address is not one the explorer knows.', 'error')
    return
  }
  renderStatus(root, 'Loading…')
  root.setAttribute('aria-busy', 'true')
  try {
    const statement = await getJson(`/v1/statements/${encodeURIComponent(id)}`)
    if (widget === 'topics') await renderTopics(statement)
    else await renderCommitments(statement)
  } catch (error) {
    const message = error instanceof ApiError && error.status === 404 ? `There is no statement "${id}".` : `Could not load the data: ${error.message}`
    renderStatus(root, message, 'error')
  } finally {
    root.removeAttribute('aria-busy')
  }
}

start()
