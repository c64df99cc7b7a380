import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { franc } from 'franc-min'
import { test } from 'tap'
import { detectLanguage, ENGLISH_WORD_LIST, SAMPLE_LENGTH, trigramLanguage } from '../../src/extract/language.js'
import { PROJECT_ROOT } from '../../src/paths.js'

test('English text is detected as en', async (t) => {
  t.equal(detectLanguage('The European Union will keep doing everything in its power to support the brave people of Ukraine.'), 'en')
})

test('German text is detected as de', async (t) => {
  t.equal(detectLanguage('Mein tiefstes Mitgefühl gilt der Bevölkerung von Brüssel, den vielen Verletzten sowie den Familien.'), 'de')
})

test('French text is detected as fr', async (t) => {
  t.equal(detectLanguage('La Commission européenne a adopté aujourd\'hui une proposition visant à renforcer la sécurité de l\'Union.'), 'fr')
})

test('a short English text full of names is English, though its trigrams say otherwise', async (t) => {
  const text = ['Joint press conference by President von der Leyen and Prime Minister Kishida', 'President von der Leyen:',
    'Thank you very much, Prime Minister, dear Fumio. We will deepen our cooperation on critical raw materials.', 'Prime Minister Kishida:',
    'Thank you, Ursula. Japan will host the next summit. We will work together on semiconductors.', 'Question: Will the EU impose new sanctions?',
    'President von der Leyen: We will present a new package next week.'].join('\n')
  t.not(trigramLanguage(text), 'en', 'the trigrams alone misread it')
  t.equal(detectLanguage(text), 'en')
  t.equal(detectLanguage('Die Europäische Union und die Mitgliedstaaten werden die Ukraine weiter unterstützen, so lange wie nötig.'), 'de', 'German keeps its answer')
})

test('a short English statement whose names read as Dutch is English', async (t) => {
  const text = 'Statement on Estonia\nWe will welcome Minister Jaan Tamm in Brussels.'
  t.not(trigramLanguage(text), 'en', 'the trigrams alone misread it')
  t.equal(detectLanguage(text), 'en')
  t.equal(detectLanguage('Wij zullen minister Jaan Tamm morgen in Brussel verwelkomen, samen met de premier.'), 'nl', 'Dutch keeps its answer')
  t.equal(detectLanguage('Nous accueillerons demain à Bruxelles le ministre estonien et le Premier ministre.'), 'fr', 'French keeps its answer')
})

test('a daily news schedule whose names read as Dutch is English: "Commissioner Dan Jørgensen will meet ... on Thursday"', async (t) => {
  const text = 'Brussels, 12 November 2025\nCommissioner Jørgensen in Oslo\nCommissioner Dan Jørgensen will meet Minister Terje Aasland on Thursday.'
  t.not(trigramLanguage(text), 'en', 'the trigrams alone misread it')
  t.equal(detectLanguage(text), 'en')
  t.equal(detectLanguage('Commissaris Dan Jørgensen zal donderdag in Oslo minister Terje Aasland ontmoeten.'), 'nl', 'Dutch keeps its answer')
})

test('a text under forty letters is undetermined', async (t) => {
  t.equal(detectLanguage('Dear Jens, dear Charles,'), 'und')
})

// detectLanguage re-implements franc's trigram distance for speed; it must
// still give franc's answer, on real paragraphs and on cut-off windows of them.
const ISO_639_1: Record<string, string> = { bul: 'bg', ces: 'cs', deu: 'de', eng: 'en', fra: 'fr', hrv: 'hr', hun: 'hu', ita: 'it', nld: 'nl', pol: 'pl', por: 'pt', ron: 'ro', spa: 'es', swe: 'sv' }
function francAnswer (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 40) return 'und'
  return ISO_639_1[franc(sample, { only: Object.keys(ISO_639_1), minLength: 1 })] ?? 'und'
}

const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus')
const corpusDocuments = (): string[] => ['seed', 'dev'].flatMap((folder) => readdirSync(join(CORPUS, folder))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(CORPUS, folder, name), 'utf8')))

const OTHER_SCRIPTS = [
  'Европейската комисия прие днес предложение за укрепване на сигурността на Съюза и гражданите.',
  'Поддержка Украины остаётся приоритетом Европейского союза и государств-членов в этом году.',
  'Η Ευρωπαϊκή Επιτροπή ενέκρινε σήμερα πρόταση για την ενίσχυση της ασφάλειας της Ένωσης.',
  'الاتحاد الأوروبي يدعم أوكرانيا بكل قوة ويواصل تقديم المساعدات الإنسانية للشعب الأوكراني',
  'A Bizottság ma elfogadta az Unió biztonságának megerősítésére irányuló javaslatot a polgárok érdekében.',
  'İSTANBUL İZMİR İSTANBUL İZMİR İSTANBUL İZMİR İSTANBUL İZMİR İSTANBUL İZMİR İSTANBUL',
  // Characters outside the BMP are surrogate pairs, which some script expressions match as pairs.
  '欧盟委员会今天通过了一项加强联盟和公民安全的提案，𠀀𠀁𠀂 以保护欧洲公民的安全与自由。',
  'We stand with Ukraine 🇺🇦 today and for as long as it takes, together with our partners 💪.'
]

test('the detector gives franc-min\'s answer on every corpus paragraph and window', async (t) => {
  const documents = corpusDocuments()
  const texts = [...OTHER_SCRIPTS, ...documents.flatMap((text) => [
    ...text.split(/\n+/),
    ...Array.from({ length: Math.ceil(text.length / 31) }, (_, i) => text.slice(i * 31, i * 31 + 60 + (i * 37) % 800))
  ])]
  const differing = texts.filter((text) => trigramLanguage(text) !== francAnswer(text))
  t.same(differing, [])
  t.ok(texts.length > 500, `${texts.length} texts`)
})

// detectLanguage asks the English words before the trigrams, to skip them;
// its answer must be the definition's: the trigrams' answer, overruled by
// English words only when it is another language.
function definedLanguage (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  const language = trigramLanguage(sample)
  if (language === 'en' || language === 'und') return language
  const words = sample.match(/\p{L}+/gu)?.length ?? 0
  const english = sample.match(new RegExp(`\\b(?:${ENGLISH_WORD_LIST.join('|')})\\b`, 'giu'))?.length ?? 0
  return words > 0 && english / words >= 0.1 ? 'en' : language
}

test('asking the English words first gives the defined answer on every corpus paragraph and window', async (t) => {
  const documents = corpusDocuments()
  const mixed = OTHER_SCRIPTS.map((text) => `${text} and the people of this Union, for which they have been there with us`)
  const texts = [...OTHER_SCRIPTS, ...mixed, ...documents.flatMap((text) => [
    ...text.split(/\n+/),
    ...Array.from({ length: Math.ceil(text.length / 29) }, (_, i) => text.slice(i * 29, i * 29 + 50 + (i * 41) % 800))
  ])]
  const differing = texts.filter((text) => detectLanguage(text) !== definedLanguage(text))
  t.same(differing, [])
  t.ok(texts.filter((text) => definedLanguage(text) === 'en').length > 100, 'many English texts')
  t.ok(texts.filter((text) => !['en', 'und'].includes(definedLanguage(text))).length > 50, 'many in other languages')
})
