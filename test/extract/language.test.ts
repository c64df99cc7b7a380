import { test } from 'tap'
import { detectLanguage } from '../../src/extract/language.js'

test('English text is detected as en', async (t) => {
  t.equal(detectLanguage('The European Union will keep doing everything in its power to support the brave people of Ukraine.'), 'en')
})

test('German text is detected as de', async (t) => {
  t.equal(detectLanguage('Mein tiefstes Mitgefühl gilt der Bevölkerung von Brüssel, den vielen Verletzten sowie den Familien.'), 'de')
})

test('French text is detected as fr', async (t) => {
  t.equal(detectLanguage('La Commission européenne a adopté aujourd\'hui une proposition visant à renforcer la sécurité de l\'Union.'), 'fr')
})

test('a text under forty letters is undetermined', async (t) => {
  t.equal(detectLanguage('Dear Jens, dear Charles,'), 'und')
})
