import { test } from 'tap'
import { isHeadingLine, isSalutation, isSpeakerLabel, listMarker } from '../../../src/extract/document/line-kinds.js'

test('forms of address ending in a comma are salutations', async (t) => {
  for (const line of ['Dear Jens, dear Charles,', 'Good afternoon,', 'Mr President, Honourable Members,', 'Minister Bacon,', 'Vice-Premier He Lifeng, dear Minister Wang Wentao, ladies and gentlemen,', 'Ambassador Tai, Secretary Raimondo, dear colleagues,']) t.ok(isSalutation(line), line)
})

test('sentences and wrapped lines are not salutations', async (t) => {
  for (const line of ['Good to see you, Madam Prime Minister.', 'den vielen Verletzten,', 'As this is the first time I speak with you after those appointments,', 'Together with Ukraine, we will act, and dear friends,']) t.notOk(isSalutation(line), line)
})

test('list markers are bullets, dashes, numbers and letters followed by a space', async (t) => {
  t.same(['• a', '– a', '* a', '1. a', '2) a', 'a) a', '(iv) a', '1.5 billion', '-5 degrees'].map((line) => listMarker(line)?.kind ?? null),
    ['bullet', 'bullet', 'bullet', 'number', 'number', 'number', 'number', null, null])
})

test('a speaker label is a few capitalised words and a colon', async (t) => {
  t.ok(isSpeakerLabel('President von der Leyen:'))
  t.ok(isSpeakerLabel('Q:'))
  t.notOk(isSpeakerLabel('Let me outline a few economic gains:'))
})

test('a heading is a short line without final punctuation that opens on a capital, a figure or a currency sign', async (t) => {
  for (const line of ['Fishing opportunities for the Baltic Sea in 2016', '500 million euro support package', '€500 million support package for European farmers']) t.ok(isHeadingLine(line), line)
  for (const line of ['the package for farmers', 'The Commission adopted a package today.', 'Dear Jens,']) t.notOk(isHeadingLine(line), line)
})
