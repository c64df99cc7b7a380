// The explorer page: a statement picker and one statement's views. The view
// state lives in the URL hash (#statement=...&topic=...), so any view can be
// bookmarked or shared, and the back button walks through picked statements.

import { ApiError, getJson, loadStatement } from './api.js'
import { MODALITIES, commitmentFacets, filterCommitments, formatHash, parseHash, topicCounts } from './model.js'
import { h, renderCommitment, renderParagraph, renderStatus, renderTopicChart } from './views.js'

const $ = (id) => document.getElementById(id)

let state = parseHash(window.location.hash)
let loaded = null // { id, statement, paragraphs, commitments, actors }
let loading = null // AbortController of the statement being fetched
let nextCursor = null

function setState (changes, { push = false } = {}) {
  state = { ...state, ...changes }
  const hash = formatHash(state)
  const url = `${window.location.pathname}${window.location.search}${hash}`
  if (push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

// --- statement picker ---

function statementLabel (summary) {
  return summary.title ?? summary.reference ?? summary.id
}

function renderStatementItems (items, append) {
  const list = $('statement-list')
  if (!append) list.replaceChildren()
  for (const summary of items) {
    const link = h('a', { href: formatHash({ statement: summary.id, q: state.q }), 'data-statement': summary.id },
      h('span', { class: 'statement-title' }, statementLabel(summary)),
      h('span', { class: 'statement-date' }, [summary.date ?? 'undated', summary.reference].filter(Boolean).join(' · ')))
    list.append(h('li', {}, link))
  }
  markCurrentStatement()
}

function markCurrentStatement () {
  for (const link of $('statement-list').querySelectorAll('a[data-statement]')) {
    if (link.dataset.statement === state.statement) link.setAttribute('aria-current', 'page')
    else link.removeAttribute('aria-current')
  }
}

async function loadStatementList (append = false) {
  const status = $('picker-status')
  renderStatus(status, 'Loading statements…')
  try {
    const body = await getJson('/v1/statements', { q: state.q, limit: 50, cursor: append ? nextCursor : undefined })
    nextCursor = body.page.next_cursor
    renderStatementItems(body.data, append)
    $('more-statements').hidden = !nextCursor
    renderStatus(status, body.data.length === 0 && !append ? 'No statement matches this search.' : '')
  } catch (error) {
    renderStatus(status, `Could not load the statements: ${error.message}`, 'error')
  }
}

// --- one statement ---

function renderMeta (statement) {
  $('statement-title').textContent = statement.title ?? statement.reference ?? statement.id
  const speakers = statement.speakers.map((s) => (s.role ? `${s.role} ${s.name}` : s.name)).join(', ')
  const facts = [statement.date, statement.place, statement.reference, speakers, `${statement.counts.commitments} commitments`]
  $('statement-meta').textContent = facts.filter(Boolean).join(' · ')
}

function renderActors (actors) {
  const sorted = [...actors].sort((a, b) => b.mention_count - a.mention_count || a.name.localeCompare(b.name))
  $('actor-list').replaceChildren(...sorted.map((actor) => h('li', {},
    h('button', {
      type: 'button',
      class: 'actor',
      'data-actor': actor.id,
      'aria-pressed': String(state.actor === actor.id),
      onclick: () => { setState({ actor: state.actor === actor.id ? undefined : actor.id }); renderFiltered() }
    },
    h('span', { class: 'actor-name' }, actor.name),
    h('span', { class: 'actor-type' }, actor.type),
    h('span', { class: 'actor-count', title: 'mentions in this statement' }, String(actor.mention_count))))))
  if (sorted.length === 0) $('actor-list').replaceChildren(h('li', { class: 'empty' }, 'No actors were found.'))
}

function fillSelect (select, allLabel, options, value) {
  select.replaceChildren(h('option', { value: '' }, allLabel),
    ...options.map((option) => h('option', { value: option.id }, option.label)))
  // A shared link can name an actor or topic this statement lacks: keep it visible rather than silently dropping it.
  if (value && !options.some((option) => option.id === value)) select.append(h('option', { value }, value))
  select.value = value ?? ''
}

function renderFilters () {
  const facets = commitmentFacets(loaded.commitments)
  fillSelect($('filter-topic'), 'All topics', facets.topics, state.topic)
  fillSelect($('filter-modality'), 'All modalities', MODALITIES.map((m) => ({ id: m, label: m })), state.modality)
  const actors = new Map(facets.actors.map((actor) => [actor.id, actor]))
  for (const actor of loaded.actors) if (!actors.has(actor.id)) actors.set(actor.id, { id: actor.id, label: actor.name })
  fillSelect($('filter-actor'), 'All actors', [...actors.values()].sort((a, b) => a.label.localeCompare(b.label)), state.actor)
}

function showInText (commitmentId) {
  const mark = [...$('paragraphs').querySelectorAll('mark[data-commitments]')]
    .find((element) => element.dataset.commitments.split(' ').includes(commitmentId))
  if (!mark) return
  mark.scrollIntoView({ behavior: 'smooth', block: 'center' })
  mark.classList.add('is-flashing')
  setTimeout(() => mark.classList.remove('is-flashing'), 1500)
}

// Everything that depends on the filters: the commitment list, the dimmed
// clauses in the text, the pressed actor button.
function renderFiltered () {
  const filters = { topic: state.topic, modality: state.modality, actor: state.actor }
  const matching = filterCommitments(loaded.commitments, filters)
  const matchingIds = new Set(matching.map((item) => item.id))
  $('commitment-count').textContent = `${matching.length} of ${loaded.commitments.length} commitments`
  $('commitment-list').replaceChildren(...matching.map((item) => {
    const li = renderCommitment(item)
    li.append(h('button', { type: 'button', class: 'link-button', onclick: () => showInText(item.id) }, 'Show in text'))
    return li
  }))

  const actorNames = new Map(loaded.actors.map((actor) => [actor.id, actor.name]))
  const byParagraph = new Map()
  for (const item of loaded.commitments) byParagraph.set(item.paragraph_id, [...(byParagraph.get(item.paragraph_id) ?? []), item])
  $('paragraphs').replaceChildren(...loaded.paragraphs.map((paragraph) =>
    renderParagraph(paragraph, byParagraph.get(paragraph.id) ?? [], actorNames, (item) => matchingIds.has(item.id))))
  for (const mention of $('paragraphs').querySelectorAll('.mention')) {
    mention.classList.toggle('is-selected', mention.dataset.actor === state.actor)
  }
  for (const button of $('actor-list').querySelectorAll('button[data-actor]')) {
    button.setAttribute('aria-pressed', String(button.dataset.actor === state.actor))
  }
  $('filter-topic').value = state.topic ?? ''
  $('filter-modality').value = state.modality ?? ''
  $('filter-actor').value = state.actor ?? ''
}

async function showStatement (id) {
  loading?.abort()
  markCurrentStatement()
  if (!id) {
    loaded = null
    $('statement').hidden = true
    renderStatus($('statement-status'), 'Pick a statement to read it with its actors and commitments highlighted.')
    return
  }
  if (loaded?.id === id) {
    renderFiltered()
    return
  }
  const controller = new AbortController()
  loading = controller
  $('statement-view').setAttribute('aria-busy', 'true')
  renderStatus($('statement-status'), 'Loading the statement…')
  try {
    const data = await loadStatement(id, { signal: controller.signal })
    if (controller.signal.aborted) return
    loaded = { id, ...data }
    renderMeta(data.statement)
    $('topic-chart').replaceChildren(renderTopicChart(topicCounts(data.paragraphs)))
    renderActors(data.actors)
    renderFilters()
    renderFiltered()
    $('statement').hidden = false
    renderStatus($('statement-status'), '')
    document.title = `${data.statement.title ?? id} · Statement explorer`
  } catch (error) {
    if (controller.signal.aborted) return
    loaded = null
    $('statement').hidden = true
    const message = error instanceof ApiError && error.status === 404 ? `There is no statement "${id}".` : `Could not load the statement: ${error.message}`
    renderStatus($('statement-status'), message, 'error')
  } finally {
    if (loading === controller) $('statement-view').removeAttribute('aria-busy')
  }
}

// --- wiring ---

function onHashChange () {
  const previous = state
  state = parseHash(window.location.hash)
  if (previous.q !== state.q) {
    $('search-input').value = state.q ?? ''
    loadStatementList()
  }
  showStatement(state.statement)
}

function start () {
  $('search-input').value = state.q ?? ''
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const q = $('search-input').value.trim()
    setState({ q: q === '' ? undefined : q }, { push: true })
    loadStatementList()
  })
  $('more-statements').addEventListener('click', () => loadStatementList(true))
  $('statement-list').addEventListener('click', (event) => {
    // After picking, move focus to the statement so keyboard and screen reader users land on it.
    if (event.target.closest('a[data-statement]')) setTimeout(() => $('statement-view').focus({ preventScroll: true }), 0)
  })
  $('filters').addEventListener('change', (event) => {
    const { name, value } = event.target
    setState({ [name]: value === '' ? undefined : value })
    if (loaded) renderFiltered()
  })
  $('filters').addEventListener('reset', () => {
    setState({ topic: undefined, modality: undefined, actor: undefined })
    // The reset event fires before the form clears its fields.
    setTimeout(() => loaded && renderFiltered(), 0)
  })
  window.addEventListener('hashchange', onHashChange)
  loadStatementList()
  showStatement(state.statement)
}

start()
