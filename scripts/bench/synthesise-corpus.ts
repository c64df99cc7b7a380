import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom, type Random } from './random.js'
import type { ParagraphPool } from './source-paragraphs.js'

export interface SyntheticCorpus {
  dir: string
  files: number
  bytes: number
  /** Ids the API will give some of the documents (statement-yy-nnnn), for the endpoint requests. */
  sampleIds: string[]
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const SPEAKERS = [
  'President von der Leyen', 'President Juncker', 'President Barroso', 'President Michel',
  'Executive Vice-President Dombrovskis', 'Executive Vice-President Vestager', 'Executive Vice-President Timmermans',
  'High Representative/Vice-President Borrell', 'High Representative/Vice-President Mogherini',
  'Commissioner Breton', 'Commissioner Hahn', 'Commissioner Šefčovič', 'Commissioner Lenarčič', 'Commissioner Johansson'
]

const OCCASIONS = [
  'on the situation in Ukraine', 'on new sanctions against Russia', 'on EU-NATO cooperation',
  'on the trade agreement with New Zealand', 'on announced US tariffs', 'following the European Council',
  'on the attacks in Brussels', 'on ammunition production in Europe', 'on energy security',
  'at the joint press conference with NATO Secretary-General Stoltenberg', 'on the humanitarian situation in Gaza',
  'on cyber resilience and critical infrastructure', 'on the climate crisis and security', 'on migration and asylum'
]

const KINDS = ['Statement by', 'Remarks by', 'Opening remarks by', 'Press statement by', 'Joint statement by']
const PLACES = ['Brussels', 'Brussels', 'Brussels', 'Strasbourg', 'Luxembourg']
const CONTACTS = [
  'Eric MAMER (+32 2 299 40 73)', 'Dana SPINANT (+32 2 299 01 50)', 'Arianna PODESTÀ (+32 2 298 70 24)',
  'Christian WIGAND (+32 2 296 22 53)', 'Peter STANO (+32 2 295 45 53)', 'Nabila MASSRALI (+32 2 298 80 93)',
  'Olof GILL (+32 2 296 59 66)', 'Daniel FERRIE (+32 2 298 65 00)'
]

/** How often two source paragraphs make one, so that the mean length matches the seed's. */
function joinChance (pool: ParagraphPool): number {
  const poolMean = pool.body.reduce((sum, text) => sum + text.length, 0) / pool.body.length
  const seedMean = pool.seedBodyChars / pool.seedParagraphs
  return Math.min(1, Math.max(0, seedMean / poolMean - 1))
}

/** The N-th document; every choice comes from the seeded generator, the reference from the index (so it is unique). */
function documentText (index: number, random: Random, pool: ParagraphPool): { text: string, id: string } {
  const year = random.int(2015, 2025)
  const month = random.int(0, 11)
  const day = random.int(1, 28)
  const yy = String(year % 100).padStart(2, '0')
  const number = String(index + 1).padStart(4, '0')
  const title = `${random.pick(KINDS)} ${random.pick(SPEAKERS)} ${random.pick(OCCASIONS)}`
  // Seed-sized: about as many paragraphs and characters as the seed. Source
  // paragraphs are shorter than the seed's, so some synthetic paragraphs
  // join two of them (sentences stay real, only their neighbours change).
  const count = Math.max(2, Math.round(pool.seedParagraphs * (0.6 + random.next() * 0.8)))
  const picks = random.sample(pool.body, count * 2)
  const paragraphs: string[] = []
  if (pool.salutations.length > 0 && random.next() < 0.3) paragraphs.push(random.pick(pool.salutations))
  while (paragraphs.length < count && picks.length > 0) {
    const first = picks.pop() as string
    paragraphs.push(random.next() < joinChance(pool) && picks.length > 0 ? `${first} ${picks.pop() as string}` : first)
  }
  const contacts = random.sample(CONTACTS, random.int(1, 3)).join(' ')
  const text = [
    '', title, '', `${random.pick(PLACES)}, ${day} ${MONTHS[month]} ${year}`, '',
    paragraphs.join('\n\n'), '',
    `STATEMENT/${yy}/${number}`, '',
    'Press contacts:', '', contacts, '',
    'General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email', ''
  ].join('\n')
  return { text, id: `statement-${yy}-${number}` }
}

/** Writes `count` statements as .txt files into `dir`, in the press-corner text layout. */
export function synthesiseCorpus (dir: string, count: number, pool: ParagraphPool, seed = 20230110): SyntheticCorpus {
  mkdirSync(dir, { recursive: true })
  const random = createRandom(seed)
  const ids: string[] = []
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const { text, id } = documentText(i, random, pool)
    const body = Buffer.from(text, 'utf8')
    writeFileSync(join(dir, `${id}.txt`), body)
    bytes += body.length
    ids.push(id)
  }
  const step = Math.max(1, Math.floor(ids.length / 16))
  return { dir, files: count, bytes, sampleIds: ids.filter((_, i) => i % step === 0) }
}
