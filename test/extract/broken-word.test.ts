import { test } from 'tap'
import { continuationAfterHyphen } from '../../src/extract/broken-word.js'

test('a hyphen at a line end before a lowercase letter breaks a word; the word goes on after the break', async (t) => {
  const text = 'will imple-\n  ment the rules'
  t.equal(continuationAfterHyphen(text, text.indexOf('-')), text.indexOf('ment'))
  const spaced = 'coopera- \ntion'
  t.equal(continuationAfterHyphen(spaced, spaced.indexOf('-')), spaced.indexOf('tion'), 'a space before the line end')
})

test('no break: a capital after the line end, no line end, or no hyphen', async (t) => {
  t.equal(continuationAfterHyphen('EU-\nNATO', 2), -1, 'two words, "EU-NATO"')
  t.equal(continuationAfterHyphen('well-known', 4), -1)
  t.equal(continuationAfterHyphen('a -\n\nb', 2), -1, 'a blank line is no line end inside a word')
  t.equal(continuationAfterHyphen('imple\nment', 5), -1, 'not a hyphen')
})
