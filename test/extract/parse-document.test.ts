import { test } from 'tap'
import { DocumentParseError } from '../../src/extract/errors.js'
import { parseDocument } from '../../src/extract/parse-document.js'
import type { ParsedDocument } from '../../src/extract/types.js'

const parse = (...lines: string[]): ParsedDocument => parseDocument(lines.join('\n'))
const kinds = (doc: ParsedDocument): string[] => doc.paragraphs.map((paragraph) => `${paragraph.kind}: ${paragraph.text}`)
const BODY = 'We will strengthen our cooperation with our partners in the coming months.'

test('a title line, a dateline and blank-line paragraphs give title, place, date and paragraphs', async (t) => {
  const doc = parse('Statement by President von der Leyen on trade', '', 'Brussels, 10 January 2023', '', 'Dear Jens,', '', BODY, '', 'We act now.')
  t.match(doc.metadata, { title: 'Statement by President von der Leyen on trade', place: 'Brussels', date: '2023-01-10', type: 'statement' })
  t.same(kinds(doc), ['salutation: Dear Jens,', `body: ${BODY}`, 'body: We act now.'])
})

test('a title after the dateline is still the title', async (t) => {
  const doc = parse('Brussels, 11 February 2025', 'Statement by President von der Leyen on announced US tariffs', BODY)
  t.equal(doc.metadata.title, 'Statement by President von der Leyen on announced US tariffs')
  t.equal(doc.metadata.date, '2025-02-11')
  t.same(kinds(doc), [`body: ${BODY}`])
})

test('a title without title words on single newlines: much shorter than the text under it, it is no wrapped line', async (t) => {
  const doc = parse('European Commission - Press release', 'Brussels, 6 February 2024', 'Commission proposes to cut red tape for small businesses',
    'The Commission today proposed new rules to cut red tape for small businesses. The Commission will present a second package in June.')
  t.equal(doc.metadata.title, 'Commission proposes to cut red tape for small businesses')
  t.equal(doc.paragraphs.length, 1)
  const wrapped = parse('Brussels, 6 February 2024', 'The Commission today proposed new rules to cut red tape for small and medium',
    'Businesses across the single market, and it will present a second package.')
  t.equal(wrapped.metadata.title, null, 'a line as long as the text\'s is wrapped body text')
  t.same(kinds(wrapped), ['body: The Commission today proposed new rules to cut red tape for small and medium\nBusinesses across the single market, and it will present a second package.'])
})

test('type lines are neither the title nor paragraphs', async (t) => {
  const doc = parse('European Commission', '', 'Statement', '', 'Strasbourg, 1 March 2024', '', 'Statement by President Barroso following the European Council', '', BODY)
  t.match(doc.metadata, { title: 'Statement by President Barroso following the European Council', place: 'Strasbourg', date: '2024-03-01', type: 'statement' })
  t.equal(doc.paragraphs.length, 1)
})

test('a type line in another language gives the type', async (t) => {
  const doc = parse('Europäische Kommission - Erklärung', 'Brüssel, 22. März 2016', 'Wir werden unsere Arbeit fortsetzen und der terroristischen Bedrohung gemeinsam entgegentreten.')
  t.match(doc.metadata, { type: 'statement', place: 'Brüssel', date: '2016-03-22', title: null })
})

test('a title wrapped onto a lowercase line is joined', async (t) => {
  const doc = parse('Mitteilung des Präsidenten zu den Anschlägen', 'in Brüssel', 'Brüssel, 22. März 2016', 'Ich danke den Sicherheitskräften für ihren Einsatz in diesen schweren Stunden.')
  t.equal(doc.metadata.title, 'Mitteilung des Präsidenten zu den Anschlägen in Brüssel')
  t.equal(doc.paragraphs.length, 1)
})

test('a document that starts with its body has no title', async (t) => {
  const doc = parse('Good to see you, Madam Prime Minister.', 'Ladies and gentlemen,', BODY)
  t.equal(doc.metadata.title, null)
  t.same(kinds(doc), ['body: Good to see you, Madam Prime Minister.', 'salutation: Ladies and gentlemen,', `body: ${BODY}`])
})

test('a speaker name over a role line above the title is the speaker, and the line after the title its subtitle', async (t) => {
  const doc = parse('SPEECH/14/123', '', 'José Manuel Durão Barroso', '', 'President of the European Commission', '', 'A new start for Europe', '', 'European Parliament Plenary', '', 'Strasbourg, 15 July 2014', '', BODY)
  t.match(doc.metadata, { title: 'A new start for Europe', subtitle: 'European Parliament Plenary', place: 'Strasbourg', type: 'speech' })
  t.same(doc.metadata.speakers, [{ name: 'José Manuel Durão Barroso', role: 'President of the European Commission' }])
  t.same(kinds(doc), [`body: ${BODY}`])
})

test('a line right above the dateline is the title even with a full stop', async (t) => {
  const doc = parse('EU and Japan sign a trade deal.', '', 'Brussels, 1 March 2024', '', BODY)
  t.match(doc.metadata, { title: 'EU and Japan sign a trade deal.', date: '2024-03-01' })
  t.equal(doc.paragraphs.length, 1)
})

test('missing metadata parts are null or empty', async (t) => {
  const doc = parse(BODY)
  t.same(doc.metadata, {
    reference: null,
    type: 'other',
    title: null,
    subtitle: null,
    place: null,
    date: null,
    speakers: [],
    people: [],
    pressContacts: [],
    relatedDocuments: [],
    relatedMedia: []
  })
})

test('a line before the dateline that follows the title is the subtitle', async (t) => {
  const doc = parse('EU and New Zealand conclude trade talks', '', 'A deal for sustainable trade', '', 'Brussels, 30 June 2022', '', BODY)
  t.match(doc.metadata, { title: 'EU and New Zealand conclude trade talks', subtitle: 'A deal for sustainable trade' })
})

test('paragraphs separated by single newlines are split where a line ends a sentence', async (t) => {
  const doc = parse('We had a fruitful meeting this morning.', 'Our relations are excellent and we share views.', 'So, this was a happy moment.')
  t.equal(doc.paragraphs.length, 3)
})

test('hard-wrapped lines of one paragraph are joined and keep their exact span', async (t) => {
  const doc = parse('Mitteilung des Präsidenten', 'Brüssel, 22. März 2016', 'Den Mitarbeitern der Kommission und der europäischen Institutionen versichere ich, dass ihre',
    'Sicherheit eine Priorität für mich bleibt und dass wir alle Maßnahmen ergreifen, die', 'möglich sind.', 'Heute haben diese Anschläge Brüssel getroffen.')
  t.equal(doc.paragraphs.length, 2)
  t.match(doc.paragraphs[0]?.text, /^Den Mitarbeitern.*\nSicherheit.*\nmöglich sind\.$/s)
  t.equal(doc.paragraphs[0]?.sentences.length, 1)
})

test('bullet items on single lines are one list item each, and their sentences leave the bullet out', async (t) => {
  const doc = parse('Let me outline a few economic gains:', '', '• Trade can grow by 30%.', '- Exports can grow by 4.5 billion euro.', '* Tariffs go.')
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['body', 'list_item', 'list_item', 'list_item'])
  t.equal(doc.paragraphs[1]?.text, '• Trade can grow by 30%.')
  t.equal(doc.paragraphs[1]?.sentences[0]?.text, 'Trade can grow by 30%.')
})

test('numbered paragraphs of a declaration are body paragraphs', async (t) => {
  const doc = parse('1. The partnership is founded on our shared values.', '', '2. Today, we are faced with the gravest threat in decades.')
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['body', 'body'])
  t.equal(doc.paragraphs[0]?.sentences[0]?.text, 'The partnership is founded on our shared values.')
})

test('numbered items after a colon are list items', async (t) => {
  const doc = parse('The plan has two tracks:', '1) joint procurement;', '2) more production.')
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['body', 'list_item', 'list_item'])
})

test('unmarked lines ending in semicolons after a colon are list items', async (t) => {
  const doc = parse('This proposal comprises:', '', 'An instrument to support production;', 'A mechanism to map bottlenecks;', 'A temporary framework.', '', BODY)
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['body', 'list_item', 'list_item', 'list_item', 'body'])
})

test('"Check against delivery" is not a paragraph', async (t) => {
  const doc = parse('Keynote speech by Commissioner Breton at the European Policy Centre', '', '“Check against delivery”', '', 'Good afternoon,', '', BODY)
  t.same(kinds(doc), ['salutation: Good afternoon,', `body: ${BODY}`])
  t.equal(doc.metadata.type, 'speech')
})

test('a stage direction on its own line is not a paragraph; inside a paragraph it stays in the text', async (t) => {
  const doc = parse('Speech by President von der Leyen', '', 'Strasbourg, 13 September 2023', '', '(Applause)', '', BODY, '', '[Speaking in French]', '', 'We act now. (Applause)')
  t.same(kinds(doc), [`body: ${BODY}`, 'body: We act now. (Applause)'])
})

test('a bracketed line is a section heading', async (t) => {
  const doc = parse(BODY, '', '[The past four years have taught us that we need more Europe]', '', BODY)
  t.equal(doc.paragraphs[1]?.kind, 'heading')
})

test('a short line without final punctuation inside the body is a heading', async (t) => {
  const doc = parse(BODY, '', 'Support to Ukraine', '', BODY)
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['body', 'heading', 'body'])
})

test('a short sentence with a footnote marker after its full stop is body text, no heading', async (t) => {
  for (const line of ['The Commission will present a proposal in 2026.[1]', 'The EU will support Ukraine.(2)', 'We will act.¹', 'We will act.*']) {
    t.same(parse(BODY, '', line, '', BODY).paragraphs.map((paragraph) => paragraph.kind), ['body', 'body', 'body'], line)
  }
})

test('common forms of address are salutations', async (t) => {
  for (const salutation of ['Dear President,', 'Ladies and gentlemen,', 'Good evening,', 'Excellencies, ladies and gentlemen,', 'Meine Damen und Herren,']) {
    t.equal(parse(salutation, BODY).paragraphs[0]?.kind, 'salutation', salutation)
  }
})

test('a speaker label alone on its line is a heading, and an inline one stays in its paragraph', async (t) => {
  const doc = parse('President von der Leyen:', BODY, '', 'Question: Will you act on tariffs soon?')
  t.same(doc.paragraphs.map((paragraph) => paragraph.kind), ['heading', 'body', 'body'])
})

test('a paragraph that is one quotation is a quote', async (t) => {
  const doc = parse(BODY, '', '“We will act together and we will act fast.”')
  t.equal(doc.paragraphs[1]?.kind, 'quote')
})

test('an inline "(For more information: ...)" at the end of a daily news item leaves the paragraph and becomes a contact', async (t) => {
  const doc = parse('European Commission - Daily News', '', 'Commission adopts plan', '', 'The Commission adopted a plan today. (For more information: Mina Andreeva – Tel.: +32 229 91382; Eric Mamer – Tel.: +32 229 94073)', '', 'Next item', '', 'The Commission opened a case. (For more information: Dana Spinant – Tel.: +32 229 90150)')
  t.same(kinds(doc), ['body: The Commission adopted a plan today.', 'heading: Next item', 'body: The Commission opened a case.'])
  t.same(doc.metadata.pressContacts.map((contact) => contact.name), ['Mina Andreeva', 'Eric Mamer', 'Dana Spinant'])
  t.equal(doc.metadata.type, 'daily_news')
})

test('an inline contact in the middle of a paragraph stays in its text', async (t) => {
  const doc = parse('We act today (For more information: Mina Andreeva – Tel.: +32 229 91382) and tomorrow.')
  t.equal(doc.paragraphs[0]?.text, 'We act today (For more information: Mina Andreeva – Tel.: +32 229 91382) and tomorrow.')
  t.equal(doc.metadata.pressContacts.length, 1)
})

test('the footer after the reference, in any language, is not made of paragraphs', async (t) => {
  const doc = parse(BODY, '', 'IP/23/6789', '', 'Kontakt für die Medien:', 'Natasha BERTAUD (+32 2 296 74 56)', 'Kontakt für die Öffentlichkeit: Europe Direct – telefonisch unter 00 800 67 89 10 11',
    '', 'Déclaration faite au nom de la Commission, traduction non officielle.')
  t.same(kinds(doc), [`body: ${BODY}`])
  t.match(doc.metadata, { reference: 'IP/23/6789', type: 'press_release', pressContacts: [{ name: 'Natasha Bertaud', phone: '+32 2 296 74 56' }] })
})

test('a "Quote(s)" section after "For More Information" is text again: its quote and signature are paragraphs, not related documents', async (t) => {
  const doc = parse('Commission welcomes the agreement', 'Brussels, 13 November 2023', '', BODY, '', 'For More Information', '', 'Questions and Answers on the Act', '',
    'Quote(s)', '', 'Today is a major step. We will now work swiftly to implement it.', '', 'Ursula von der Leyen, President of the European Commission', '', 'IP/23/5733', '',
    'Press contacts:', '', 'Ana CRISMARU (+32 2 296 70 46)')
  t.same(kinds(doc), [`body: ${BODY}`, 'heading: Quote(s)', 'quote: Today is a major step. We will now work swiftly to implement it.',
    'heading: Ursula von der Leyen, President of the European Commission'])
  t.same(doc.metadata.relatedDocuments, ['Questions and Answers on the Act'])
  t.equal(doc.metadata.pressContacts[0]?.name, 'Ana Crismaru')
  for (const paragraph of doc.paragraphs) t.equal(doc.sourceText.slice(paragraph.start, paragraph.end), paragraph.text, 'spans quote the source')
})

test('without a reference the press contacts heading ends the body', async (t) => {
  const doc = parse(BODY, '', 'Press contacts:', '', 'Eric MAMER (+32 2 299 40 73)', '', 'General public inquiries: Europe Direct by phone 00 800 67 89 10 11')
  t.same(kinds(doc), [`body: ${BODY}`])
  t.equal(doc.metadata.pressContacts[0]?.name, 'Eric Mamer')
})

test('a text copied from a web page leaves out the page: source line, posting line, share buttons, and the lists after the text', async (t) => {
  const doc = parse('Remarks by Executive Vice-President Dombrovskis at the press point', '', '(Source: European Commission)', '',
    'Posted on 13 December 2023 by Site Editor', '', 'Good afternoon,', '', BODY, '', 'Share this:', 'Twitter', 'Facebook', '', 'We act now.', '',
    'Related', '', 'Another article about trade', '', 'Tags: Chile, trade')
  t.match(doc.metadata, { title: 'Remarks by Executive Vice-President Dombrovskis at the press point', date: '2023-12-13' }, 'the posting date when there is no dateline')
  t.same(kinds(doc), ['salutation: Good afternoon,', `body: ${BODY}`, 'body: We act now.'])
  const dated = parse('Statement on trade', '', 'Brussels, 10 January 2023', '', 'Published: 12 January 2023, 10:15', '', BODY)
  t.equal(dated.metadata.date, '2023-01-10', 'a dateline wins over the posting date')
  t.same(kinds(dated), [`body: ${BODY}`])
  const early = parse('Statement on trade', '', 'Brussels, 10 January 2023', '', 'Related', '', BODY)
  t.same(kinds(early), ['heading: Related', `body: ${BODY}`], 'a page list heading before any text ends nothing')
  const sentence = parse('Statement on trade', '', 'Brussels, 10 January 2023', '', 'Published in 2020, the report found gaps.', '', BODY)
  t.same(kinds(sentence), ['body: Published in 2020, the report found gaps.', `body: ${BODY}`], 'a sentence that starts with "Published" is text')
})

test('the Council press office footer is a press contact, not paragraphs', async (t) => {
  const doc = parse('Statement on trade', '', 'Brussels, 10 January 2023', '', BODY, '', 'Press office - General Secretariat of the Council',
    'Rue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319', 'press.office@consilium.europa.eu - www.consilium.europa.eu/press')
  t.same(kinds(doc), [`body: ${BODY}`])
  t.same(doc.metadata.pressContacts, [{ name: 'Press office - General Secretariat of the Council', phone: '+32 (0)2 281 6319', email: 'press.office@consilium.europa.eu' }])
})

test('an end mark and a PDF page footer are no paragraphs: "ENDS", "[END]", "- END -", "Page 2 of 3", "2 | P a g e"', async (t) => {
  for (const mark of ['ENDS', '[END]', '- END -', '-ENDS-', 'Page 2 of 3', '2 | P a g e']) {
    t.same(kinds(parse('Statement on trade', '', 'Brussels, 10 January 2023', '', BODY, '', mark, '', 'We act now.')), [`body: ${BODY}`, 'body: We act now.'], mark)
  }
  t.same(kinds(parse('Statement on trade', '', 'Brussels, 10 January 2023', '', BODY, '', 'The end of an era.')), [`body: ${BODY}`, 'body: The end of an era.'], 'a sentence about an end')
})

test('the reference prefix decides the type over the title', async (t) => {
  t.equal(parse('Remarks by President Juncker', BODY, 'SPEECH/19/123').metadata.type, 'speech')
  t.equal(parse('Statement on trade', BODY, 'MEX/16/2458').metadata.type, 'daily_news')
  t.equal(parse('Statement on trade', BODY, 'QANDA/23/1').metadata.type, 'qanda')
  t.equal(parse('Statement on trade', BODY, 'AC/23/1').metadata.type, 'other')
})

test('under a MEMO reference, the press corner\'s old catch-all, the title gives the type', async (t) => {
  t.equal(parse('Questions & Answers on the Commission paper', BODY, 'MEMO/06/192').metadata.type, 'qanda')
  t.equal(parse('Questions and answers on roaming', BODY, 'MEMO/17/1234').metadata.type, 'qanda')
  t.equal(parse('New rules on roaming', BODY, 'MEMO/17/1234').metadata.type, 'other', 'no type word: other, as before')
})

test('without a reference the title words give the type, remarks counting as statements', async (t) => {
  t.equal(parse('Keynote speech by Commissioner Breton at the EPC', '', BODY).metadata.type, 'speech')
  t.equal(parse('Press statement by President Juncker at the ceremony', '', BODY).metadata.type, 'statement')
  t.equal(parse('Remarks by Executive Vice-President Dombrovskis at the press point', '', BODY).metadata.type, 'statement')
  t.equal(parse('Message of condolence from President Juncker', '', BODY).metadata.type, 'statement')
})

test('a text addressing an audience without any type word is a statement', async (t) => {
  t.equal(parse('Ladies and gentlemen,', BODY).metadata.type, 'statement')
})

test('the header\'s type line, title and dateline help tell a short text\'s language', async (t) => {
  const english = parseDocument('European Commission - Statement\n\nStatement by President von der Leyen on Ukraine\n\nBrussels, 6 February 2024\n\nEurope will mobilise EUR 10 billion.\n')
  t.equal(english.language, 'en', 'its body alone reads as French')
  const french = parseDocument('Commission européenne - Déclaration\n\nDéclaration de la Présidente von der Leyen\n\nBruxelles, le 6 février 2024\n\nL\'Europe mobilisera 10 milliards d\'euros pour l\'Ukraine.\n')
  t.equal(french.language, 'fr')
})

test('a title that ends on what it is, and nothing else types, is a statement', async (t) => {
  t.equal(parse('EU-Japan Summit 2025 Joint Statement', '', BODY).metadata.type, 'statement')
  t.equal(parse('Lublin Triangle Leaders\' Declaration', '', BODY).metadata.type, 'statement')
  t.equal(parse('EU-China Summit joint press communiqué', '', BODY).metadata.type, 'statement')
  t.equal(parse('Commission welcomes the Leaders\' Declaration', '', 'Today, the Commission welcomed the declaration of the leaders.').metadata.type, 'press_release',
    'a press release\'s lead comes first')
  t.equal(parse('Statements matter', '', BODY).metadata.type, 'other', 'only the last word counts')
})

test('a third-person report of a Commission decision without a typed title is a press release', async (t) => {
  t.equal(parse('€500 million to boost ammunition production', '', 'Today, the Commission has adopted the Act in Support of Ammunition Production.').metadata.type, 'press_release')
  t.equal(parse('Ammunition production', '', BODY).metadata.type, 'other')
})

test('speakers and people come from the title', async (t) => {
  const doc = parse('Opening remarks by President von der Leyen at the press conference with President Michel and Prime Minister Costa', '', BODY)
  t.same(doc.metadata.speakers, [{ name: 'von der Leyen', role: 'President' }])
  t.same(doc.metadata.people, [{ name: 'Michel', role: 'President' }, { name: 'Costa', role: 'Prime Minister' }])
})

test('offsets are measured in the text without BOM and with LF line endings', async (t) => {
  const doc = parseDocument('\uFEFFTitle of the statement here\r\n\r\nBrussels, 10 January 2023\r\n\r\nWe act now. We act together.\r\n')
  t.equal(doc.sourceText.startsWith('Title'), true)
  const paragraph = doc.paragraphs[0]
  t.equal(doc.sourceText.slice(paragraph?.start, paragraph?.end), 'We act now. We act together.')
  t.same(paragraph?.sentences.map((sentence) => doc.sourceText.slice(sentence.start, sentence.end)), ['We act now.', 'We act together.'])
})

test('an empty text is a parse error', async (t) => {
  t.throws(() => parseDocument(' \n\n '), DocumentParseError)
})

test('an HTML page is a parse error', async (t) => {
  t.throws(() => parseDocument('<!DOCTYPE html><html><body><p>We act.</p></body></html>'), { name: 'DocumentParseError', message: /HTML/ })
})

test('a text with only a title and footer has no body paragraphs and is a parse error', async (t) => {
  t.throws(() => parse('Statement by President von der Leyen on trade', '', 'STATEMENT/23/1', '', 'Press contacts:'), { name: 'DocumentParseError', message: /no body paragraphs/ })
})

test('a text of two hundred thousand lines parses', async (t) => {
  // More lines than a function call takes arguments: no spreading of every line.
  const doc = parseDocument('We will act now.\n'.repeat(200_000))
  t.equal(doc.paragraphs.length, 200_000)
  t.equal(doc.language, 'en')
})

test('a communiqué line under a heading line is the title', async (t) => {
  const doc = parse('EU-Japan Summit 2023', 'Joint communiqué of the leaders of the European Union and Japan', '', 'Brussels, 13 July 2023', '', BODY)
  t.match(doc.metadata, { title: 'Joint communiqué of the leaders of the European Union and Japan', subtitle: 'EU-Japan Summit 2023' })
})

test('a Council page: its type line is no title, and a title may open on its subject', async (t) => {
  const doc = parse('Council of the EU - Press release', '', 'Russia: Declaration by the High Representative on behalf of the EU on the anniversary of the invasion', '', '24 February 2025', '', BODY)
  t.match(doc.metadata, { title: 'Russia: Declaration by the High Representative on behalf of the EU on the anniversary of the invasion', subtitle: null, type: 'press_release', date: '2025-02-24' })
  t.match(parse('European Council - Statement', '', 'Statement by President Costa', '', 'Brussels, 3 March 2025', '', BODY).metadata, { title: 'Statement by President Costa', subtitle: null, type: 'statement' })
})

test('the old press corner\'s header: reference and a bare date on top, then speaker, function, title, event and dateline', async (t) => {
  const doc = parse('European Commission', '', 'SPEECH/14/123', '', '19/02/2014', '', 'José Manuel Durão Barroso', '', 'President of the European Commission', '',
    'Energy security: the choices Europe must make', '', 'European Parliament Plenary Session', '', 'Strasbourg, 19 February 2014', '', 'Mr President,', '', BODY)
  t.match(doc.metadata, { title: 'Energy security: the choices Europe must make', place: 'Strasbourg', date: '2014-02-19', type: 'speech', speakers: [{ name: 'José Manuel Durão Barroso', role: 'President of the European Commission' }] })
  t.same(kinds(doc), ['salutation: Mr President,', `body: ${BODY}`], 'no header line is a paragraph')
})

test('a "MEMO" or "Fact Sheet" type line is no title; the title then gives the type', async (t) => {
  const memo = parse('European Commission', '', 'MEMO', '', 'Brussels, 13 January 2015', '', 'Questions and answers: the European Fund for Strategic Investments', '', BODY)
  t.match(memo.metadata, { title: 'Questions and answers: the European Fund for Strategic Investments', type: 'qanda' })
  t.match(parse('European Commission', '', 'Fact Sheet', '', 'Brussels, 13 January 2015', '', 'The Investment Plan in numbers', '', BODY).metadata, { title: 'The Investment Plan in numbers' })
})

test('a spokesperson named under several daily news items is one contact', async (t) => {
  const doc = parse('European Commission - Daily News', '', 'Commission adopts plan', '', 'The Commission adopted a plan today. (For more information: Lea Zuber – Tel.: +32 229 56298)', '', 'Next item', '', 'The Commission opened a case. (For more information: Lea Zuber – Tel.: +32 229 56298)')
  t.same(doc.metadata.pressContacts, [{ name: 'Lea Zuber', phone: '+32 229 56298', email: null }])
})

test('in a Questions and Answers document a question on a line of its own is a heading; elsewhere it is body', async (t) => {
  const qanda = parse('European Commission - Questions and answers', '', 'Questions and Answers on the AI Act', '', 'Brussels, 1 August 2024', '', 'What will the AI Act do?', '', 'It sets rules for AI. Will it ban all AI? No.', '', 'QANDA/24/4321')
  t.same(kinds(qanda), ['heading: What will the AI Act do?', 'body: It sets rules for AI. Will it ban all AI? No.'])
  const speech = parse('European Commission - Speech', '', 'Speech by the President', '', 'Brussels, 1 August 2024', '', 'What does this mean for Europe?', '', 'It means we act.', '', 'SPEECH/24/4321')
  t.same(kinds(speech), ['body: What does this mean for Europe?', 'body: It means we act.'])
})
