import { rate } from './score.js'
import type { DocumentScore, Tally } from './score.js'

const NONE: Tally = { hit: 0, total: 0 }

/** The figures of one score, as rates in [0, 1] (null when nothing was there to measure). */
export function figures (score: DocumentScore): Record<string, number | null> {
  const { matched, predicted, expected } = score.commitments
  return {
    commitmentPrecision: rate({ hit: matched, total: predicted }),
    commitmentRecall: rate({ hit: matched, total: expected }),
    modalityAccuracy: rate(score.modality),
    polarityAccuracy: rate(score.polarity),
    targetsAccuracy: rate(score.targets),
    timeframeAccuracy: rate(score.timeframe),
    actorRecall: rate(score.actors?.recall ?? NONE),
    actorPrecision: rate(score.actors?.precision ?? NONE),
    actorTypeAndCode: rate(score.actors?.typeAndCode ?? NONE),
    nonActorsExcluded: rate(score.nonActors),
    topicRecall: rate(score.topics?.recall ?? NONE),
    topicPrecision: rate(score.topics?.precision ?? NONE)
  }
}

const COLUMNS: Array<[string, string]> = [
  ['commitmentPrecision', 'c.P'], ['commitmentRecall', 'c.R'], ['modalityAccuracy', 'modal'], ['polarityAccuracy', 'polar'],
  ['targetsAccuracy', 'target'], ['timeframeAccuracy', 'time'], ['actorRecall', 'act.R'], ['actorPrecision', 'act.P'],
  ['actorTypeAndCode', 'type'], ['nonActorsExcluded', 'non-a'], ['topicRecall', 'top.R'], ['topicPrecision', 'top.P']
]

const cell = (value: number | null | undefined): string => value === null || value === undefined ? '-' : value.toFixed(2)

/** A plain-text table: one row per document, then the overall row; notes below when asked for. */
export function formatReport (scores: DocumentScore[], overall: DocumentScore, withNotes: boolean): string {
  const rows = [...scores, overall].map((s) => {
    const f = figures(s)
    const counts = `${s.commitments.matched}/${s.commitments.predicted}/${s.commitments.expected}`
    return [s.name, counts, ...COLUMNS.map(([key]) => cell(f[key]))]
  })
  const header = ['document', 'm/p/e', ...COLUMNS.map(([, label]) => label)]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)).join('  ')
  const table = [line(header), ...rows.slice(0, -1).map(line), line(widths.map((w) => '-'.repeat(w))), line(rows.at(-1) ?? [])]
  const legend = 'm/p/e: commitments matched/predicted/expected; c.P/c.R: commitment precision/recall; modal, polar, target, time: accuracy on matched commitments; ' +
    'act.R/act.P: actor recall/precision; type: type and country code agree; non-a: non-actors kept out; top.R/top.P: fine topics per paragraph.'
  const notes = withNotes ? scores.flatMap((s) => s.notes.map((n) => `  ${s.name}: ${n}`)) : []
  return [...table, '', legend, ...(notes.length > 0 ? ['', 'Disagreements:', ...notes] : [])].join('\n')
}
