import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { test } from 'tap'
import { tokenise, type Token } from '../../../src/extract/commitments/tokens.js'
import { PROJECT_ROOT } from '../../../src/paths.js'

// The expression the scanner reads by character code (src/extract/commitments/tokens.ts).
const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*['’]?)|\S/gu

function byExpression (text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => {
    const start = match.index
    const end = start + match[0].length
    return { text: match[0], lower: text.toLowerCase().length === text.length ? text.toLowerCase().slice(start, end) : match[0].toLowerCase(), start, end, isWord: match[1] !== undefined }
  })
}

test('words keep their contractions, possessives and hyphens; punctuation is a token of its own', async (t) => {
  t.same(tokenise("We'll back EU-NATO ties, citizens' rights and Russia’s neighbours.").map((token) => token.text),
    ["We'll", 'back', 'EU-NATO', 'ties', ',', "citizens'", 'rights', 'and', 'Russia’s', 'neighbours', '.'])
  t.same(tokenise('“2030”').map((token) => [token.text, token.start, token.end, token.isWord]),
    [['“', 0, 1, false], ['2030', 1, 5, true], ['”', 5, 6, false]])
})

test('the scanner splits every text of the corpus as the expression does', async (t) => {
  const corpus = join(PROJECT_ROOT, '..', 'shared', 'corpus')
  const files = ['seed', 'dev'].flatMap((folder) => readdirSync(join(corpus, folder)).filter((name) => name.endsWith('.txt')).map((name) => join(corpus, folder, name)))
  t.ok(files.length >= 13)
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const expected = byExpression(line)
      const actual = tokenise(line)
      if (JSON.stringify(actual) !== JSON.stringify(expected)) t.same(actual, expected, `${file}: ${line.slice(0, 60)}`)
    }
  }
})

// Letters of several scripts and planes, numbers that are no digits, combining
// marks, every kind of space, apostrophes, hyphens, emoji and lone surrogates.
const CHARACTER = fc.constantFrom('a', 'Z', 'é', 'İ', 'ß', 'Σ', 'ж', '中', '𝐀', '7', '٣', '²', 'Ⅻ', '\u0301', ' ', '\n', '\t', '\u00a0',
  '\u2009', '\u2028', '\u3000', '\ufeff', '\u200b', "'", '’', '-', '‑', '.', ',', '"', '😀', '\ud83d', '\ude00', '\u0000')

test('the scanner splits any text as the expression does', async (t) => {
  let texts = 0
  fc.assert(fc.property(fc.array(CHARACTER, { maxLength: 40 }), (characters) => {
    const text = characters.join('')
    texts++
    return JSON.stringify(tokenise(text)) === JSON.stringify(byExpression(text))
  }), { numRuns: 5000 })
  t.equal(texts, 5000)
})
