import { test } from 'tap'
import { contactName, inlineContacts, parseContacts, parseTail } from '../../../src/extract/document/boilerplate.js'
import { splitLines } from '../../../src/extract/document/lines.js'

test('contacts written "Name (phone)" on one line are split', async (t) => {
  t.same(parseContacts('Eric MAMER (+32 2 299 40 73) Dana SPINANT (+32 2 299 01 50)'), [
    { name: 'Eric Mamer', phone: '+32 2 299 40 73', email: null },
    { name: 'Dana Spinant', phone: '+32 2 299 01 50', email: null }
  ])
})

test('contacts written "Name – Tel.: phone" are read', async (t) => {
  t.same(parseContacts('Mina Andreeva – Tel.: +32 229 91382; Eric Mamer – Tel.: +32 229 94073'), [
    { name: 'Mina Andreeva', phone: '+32 229 91382', email: null },
    { name: 'Eric Mamer', phone: '+32 229 94073', email: null }
  ])
})

test('capitalised surnames are put in title case, other names kept', async (t) => {
  t.equal(contactName('Natasha BERTAUD'), 'Natasha Bertaud')
  t.equal(contactName('Marie-Laure DE KEERSMAECKER'), 'Marie-Laure De Keersmaecker')
  t.equal(contactName('Jean-Claude Juncker'), 'Jean-Claude Juncker')
})

test('an e-mail address goes to the contact whose surname it spells', async (t) => {
  const [first, second] = parseContacts('Johannes BAHRKE (+32 2 295 86 15)\nFederica MIRESSE (+32 2 296 89 06)\njohannes.bahrke@ec.europa.eu')
  t.equal(first?.email, 'johannes.bahrke@ec.europa.eu')
  t.equal(second?.email, null)
})

test('an inline contact at the end of a paragraph is found with its position', async (t) => {
  const found = inlineContacts('We act. (For more information: Mina Andreeva – Tel.: +32 229 91382)')
  t.match(found, { at: 8, closesParagraph: true, contacts: [{ name: 'Mina Andreeva' }] })
})

test('a paragraph without an inline contact has none', async (t) => {
  t.equal(inlineContacts('We act (and we mean it).'), null)
})

test('the footer sections go to contacts and related lists; the public inquiries line is dropped', async (t) => {
  const tail = parseTail(splitLines([
    'STATEMENT/23/121', '', 'Press contacts:', '', 'Eric MAMER (+32 2 299 40 73)', '',
    'General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email', '',
    'Related documents', '', 'EU-NATO declaration EN.pdf EU-NATO declaration FR.pdf', '', 'Photos', '', 'Signing ceremony'
  ].join('\n')))
  t.same(tail, {
    pressContacts: [{ name: 'Eric Mamer', phone: '+32 2 299 40 73', email: null }],
    relatedDocuments: ['EU-NATO declaration EN.pdf', 'EU-NATO declaration FR.pdf'],
    relatedMedia: ['Signing ceremony']
  })
})

test('contacts laid out a part a line, with "Phone" and "Mail" labels, are read; "McPHIE" is McPhie', async (t) => {
  const tail = parseTail(splitLines([
    'Press contacts:', '', 'Johanna BERNSEL', 'Phone', '+32 2 298 66 99', 'Mail', 'johanna.bernsel@ec.europa.eu', '',
    'Tim McPHIE', '+32 2 295 86 02', '', 'Photos and videos', '', 'Photos of the press conference'
  ].join('\n')))
  t.same(tail, {
    pressContacts: [
      { name: 'Johanna Bernsel', phone: '+32 2 298 66 99', email: 'johanna.bernsel@ec.europa.eu' },
      { name: 'Tim McPhie', phone: '+32 2 295 86 02', email: null }
    ],
    relatedDocuments: [],
    relatedMedia: ['Photos of the press conference']
  })
})
