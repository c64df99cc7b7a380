import { test } from 'tap'
import { insideQuote, quoteAt, quoteSpeakers } from '../../../src/extract/commitments/quote-speakers.js'
import { actorsFor, commitmentsOf, run, type ActorSketch } from './helpers.js'
import { makeDocument } from '../../helpers/make-document.js'

const BRETON: ActorSketch = { id: 'thierry-breton', surfaces: ['Commissioner Breton', 'Thierry Breton'], type: 'person', affiliationId: 'european-commission' }
const DOMBROVSKIS: ActorSketch = { id: 'valdis-dombrovskis', surfaces: ['Valdis Dombrovskis'], type: 'person', affiliationId: 'european-commission' }
const ARDERN: ActorSketch = { id: 'jacinda-ardern', surfaces: ['Prime Minister Ardern'], type: 'person' }
const pressRelease = { speaker: null, extraActors: [BRETON, DOMBROVSKIS, ARDERN] }

test('in a press release, "we" and "I" in a quote are the quoted person\'s side', async (t) => {
  t.same(commitmentsOf('Commissioner Breton said: “We will present the act in March.”', pressRelease).map((c) => c.holderIds), [['european-union']])
  t.same(commitmentsOf('Commissioner Breton said: "I will present the act."', pressRelease).map((c) => c.holderIds), [['european-commission']])
  t.same(commitmentsOf('“We will present the act,” said Thierry Breton.', pressRelease).map((c) => c.holderIds), [['european-union']],
    'the reporting clause after the quote')
  t.same(commitmentsOf('“We will present the act,” the spokesperson said.', pressRelease).map((c) => c.holderIds), [[]],
    'a reporting clause that names no one leaves the quote without a speaker')
})

test('a name before the verb after the quote reports it, particles and portfolio included: "“...,” President von der Leyen said."', async (t) => {
  const president = { id: 'ursula-von-der-leyen', surfaces: ['President von der Leyen', 'von der Leyen'], type: 'person' as const, affiliationId: 'european-commission' }
  const options = { speaker: null, extraActors: [BRETON, ARDERN, president] }
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, options).commitments.map((c) => c.holderIds)
  t.same(holders([['Prime Minister Ardern said: “We will open our markets.”', '“We will not let others write the rules,” President von der Leyen said.']]),
    [['jacinda-ardern'], ['european-union']])
  t.same(holders([['“We will present the act,” Commissioner Breton said.']]), [['european-union']])
  t.same(holders([['Prime Minister Ardern said: “We will open our markets.”', '“We will not let others write the rules,” von der Leyen concluded.']]),
    [['jacinda-ardern'], ['european-union']], 'a surname opening on its particle')
})

test('a quote of someone named by a full name we do not know as an actor is theirs: no pledge of the side', async (t) => {
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, pressRelease).commitments.map((c) => c.holderIds)
  t.same(holders([['Anna Lindqvist, Chief Executive Officer of Nordbatt, said: “We will invest EUR 2 billion in Sweden.”']]), [])
  t.same(holders([['“We will hire 3,000 workers by 2027,” said Anna Lindqvist.']]), [], 'the reporting clause after the quote')
  t.same(holders([['Anna Lindqvist, Chief Executive Officer of Nordbatt, said:'], ['“We will invest EUR 2 billion in Sweden.”']]), [],
    'a paragraph that introduces the quote of the next')
  t.same(holders([['Anna Lindqvist said: “We will invest in Sweden.', 'And we will hire workers.”']]), [],
    'a quote over several sentences')
  t.same(holders([['Commissioner Breton said: “We will present the act.”']]), [['european-union']], 'a known person still speaks for the side')
  t.same(holders([['The spokesperson of the Commission said: “We will present the act.”']]).length, 1, 'a clause that names an actor is no stranger\'s')
  t.same(holders([['The Commission said: “We will present the act.”']]).length, 1)
})

test('"“...,” she added." quotes the person named last before the quote, or the one the paragraph before quoted', async (t) => {
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, pressRelease).commitments.map((c) => c.holderIds)
  t.same(holders([['Prime Minister Ardern met Commissioner Breton. “We will sign the agreement,” he added.']]), [['european-union']])
  t.same(holders([['Commissioner Breton said: “We will present the act.”'], ['“We will also review the rules,” he added.']]),
    [['european-union'], ['european-union']], 'the person the paragraph before quoted')
  t.same(holders([['Anna Lindqvist, Chief Executive Officer of Nordbatt, said: “We will invest in Sweden.”'], ['“We will hire workers,” she added.']]), [],
    'a stranger the paragraph before quoted')
  t.same(holders([['The act enters into force today.'], ['“We will hire workers,” she added.']]), [[]], 'no one named: no speaker, as before')
})

test('a pronoun\'s quote in a paragraph that names no one is the first person the paragraph before names, its subject', async (t) => {
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, pressRelease).commitments.map((c) => c.holderIds)
  t.same(holders([['Commissioner Breton welcomed the vote.'], ['“We will present the act in March,” he said.']]), [['european-union']])
  t.same(holders([['Commissioner Breton welcomed the vote.'], ['He said: “We will present the act in March.”']]), [['european-union']], 'the reporting clause before the quote')
  t.same(holders([['Prime Minister Ardern welcomed Commissioner Breton.'], ['“We will open our markets,” she said.']]), [['jacinda-ardern']],
    'the subject, not the person named after it')
})

test('"According to" a person reports the quote after it, as other reporting verbs do', async (t) => {
  t.same(commitmentsOf('According to Commissioner Breton: “We will present the act.”', pressRelease).map((c) => c.holderIds), [['european-union']])
  t.same(commitmentsOf('Valdis Dombrovskis welcomed the vote with Commissioner Breton: “We will apply the rules.”', pressRelease).map((c) => c.holderIds), [['european-union']],
    'a colon hands the quote to the clause\'s subject')
  t.same(run([['Valdis Dombrovskis welcomed the vote with Prime Minister Ardern: “We will apply the rules.”']], pressRelease).commitments.map((c) => c.holderIds), [['european-union']],
    'the subject, not the last person named')
  t.same(commitmentsOf('Valdis Dombrovskis welcomed the vote, calling it “a step we will build on”.', pressRelease).map((c) => c.holderIds), [[]],
    'without a colon or a reporting verb, a quoted phrase is no one\'s')
  t.same(commitmentsOf('Valdis Dombrovskis warned: “We will apply the rules.”', pressRelease).map((c) => c.holderIds), [['european-union']])
})

test('a quote set apart is signed by the name and title on the line after it', async (t) => {
  const signed = run([['“We will present the act.', 'We will review the rules.”'], ['Thierry Breton, Commissioner for Internal Market']], pressRelease)
  t.same(signed.commitments.map((c) => c.holderIds), [['european-union'], ['european-union']])
  const twoParagraphs = run([['“We will present the act.”'], ['“We will review the rules.”'], ['– Valdis Dombrovskis, Executive Vice-President']], pressRelease)
  t.same(twoParagraphs.commitments.map((c) => c.holderIds), [['european-union'], ['european-union']], 'a quote of several paragraphs is signed once, at its end')
  const sentence = run([['“We will present the act.”'], ['Thierry Breton, Commissioner for Internal Market, opened the event.']], pressRelease)
  t.same(sentence.commitments.map((c) => c.holderIds), [[]], 'a sentence about the person is not a signature')
  const between = run([['“We will present the act.”'], ['The act is due in March.'], ['Thierry Breton, Commissioner for Internal Market']], pressRelease)
  t.same(between.commitments.map((c) => c.holderIds), [[]], 'a paragraph between the quote and the line breaks the signature')
})

test('a quote paragraph without quotation marks (a "Quote(s)" section) is its signer\'s', async (t) => {
  const signed = run([{ kind: 'quote', sentences: ['We will present the act.'] }, ['Thierry Breton, Commissioner for Internal Market']], pressRelease)
  t.same(signed.commitments.map((c) => c.holderIds), [['european-union']])
  const unsigned = run([{ kind: 'quote', sentences: ['We will present the act.'] }], pressRelease)
  const body = run([['We will present the act.']], pressRelease)
  t.same(unsigned.commitments.map((c) => c.holderIds), body.commitments.map((c) => c.holderIds), 'unsigned, it is the text\'s own "we"')
  t.not(signed.commitments[0]?.holderIds.join(), body.commitments[0]?.holderIds.join(), 'the signer makes the difference')
})

test('a reporting clause after a quote of several sentences', async (t) => {
  const { commitments } = run([['“We will present the act.', 'We will also review the rules,” Commissioner Breton added.']], pressRelease)
  t.same(commitments.map((c) => c.holderIds), [['european-union'], ['european-union']])
})

test('a quote that runs over several sentences keeps its speaker', async (t) => {
  const { commitments } = run([['Valdis Dombrovskis presented the roadmap and said: "We need to accelerate the work.', 'We intend to complete the Banking Union."']], pressRelease)
  t.same(commitments.map((c) => [c.modality, c.holderIds]), [['obligation', ['european-union']], ['intention', ['european-union']]])
})

test('a paragraph that opens on a quote quotes the person the paragraph before introduced, or left quoted', async (t) => {
  const introduced = run([['Commissioner Breton said:'], ['“We will present the act.', 'We will review the rules.”']], pressRelease)
  t.same(introduced.commitments.map((c) => c.holderIds), [['european-union'], ['european-union']])
  const following = run([['Valdis Dombrovskis issued the following statement:'], ['"We will act."']], pressRelease)
  t.same(following.commitments.map((c) => c.holderIds), [['european-union']], '"issued the following statement:"')
  const continued = run([['Commissioner Breton said: “We will present the act.'], ['“We will also review the rules.”']], pressRelease)
  t.same(continued.commitments.map((c) => c.holderIds), [['european-union'], ['european-union']], 'a quote over two paragraphs')
  const notQuoted = run([['Commissioner Breton said:'], ['We will review the rules.']], pressRelease)
  t.same(notQuoted.commitments.map((c) => c.holderIds), [[]], 'a paragraph that does not open on a quote is not carried')
  const closed = run([['Commissioner Breton said: “We will present the act.”'], ['“We will review the rules,” the spokesperson added.']], pressRelease)
  t.same(closed.commitments.map((c) => c.holderIds), [['european-union'], []], 'a closed quote carries nothing over')
})

test('"he said" in a press release quotes the person named before it', async (t) => {
  const { commitments } = run([['Valdis Dombrovskis presented the roadmap.', 'He said: "We will come forward with proposals."']], pressRelease)
  t.same(commitments.map((c) => c.holderIds), [['european-union']])
})

test('in a speech, "he said" still quotes someone else, whose pledge is not the speaker\'s', async (t) => {
  const { commitments } = run([['I met Prime Minister Ardern.', 'She said: "We will sign the agreement."']], { extraActors: [ARDERN] })
  t.same(commitments, [])
})

test('in a speech, a quote of someone outside the speaker\'s side is theirs, not the speaker\'s', async (t) => {
  t.same(commitmentsOf('Prime Minister Ardern said: "We will sign the agreement."', { extraActors: [ARDERN] }).map((c) => c.holderIds), [['jacinda-ardern']])
})

test('outside the quote, the document speaker speaks again', async (t) => {
  const { commitments } = run([['Prime Minister Ardern said: "We will sign the agreement." And we will support it.']], { extraActors: [ARDERN] })
  t.same(commitments.map((c) => c.holderIds), [['jacinda-ardern'], ['european-union']])
})

test('quoteSpeakers finds each attributed opening quotation mark and its person', async (t) => {
  const doc = makeDocument({ paragraphs: [['Valdis Dombrovskis spoke first.', 'He added: "We need to act." The report "Five Presidents" was discussed.']] })
  const actors = actorsFor(doc, [DOMBROVSKIS])
  const paragraph = doc.paragraphs[0]
  if (paragraph === undefined) throw new Error('no paragraph')
  const byId = new Map(actors.actors.map((a) => [a.id, a]))
  const speakers = quoteSpeakers(paragraph, actors.mentions, byId)
  t.same(speakers, [{ from: paragraph.text.indexOf('"We'), personId: 'valdis-dombrovskis' }], 'the title in quotes has no reporting clause')
  t.equal(quoteAt(paragraph.text, speakers, paragraph.text.indexOf('need'))?.personId, 'valdis-dombrovskis')
  t.equal(quoteAt(paragraph.text, speakers, paragraph.text.indexOf('spoke')), null, 'before any quote')
  t.equal(quoteAt(paragraph.text, speakers, paragraph.text.indexOf('was discussed')), null, 'after the quotes close')
})

test('insideQuote counts curly and straight marks, across sentences', async (t) => {
  const text = 'He said: “We act. We care.” Then "more" and "open'
  t.ok(insideQuote(text, text.indexOf('care')))
  t.notOk(insideQuote(text, text.indexOf('Then')))
  t.notOk(insideQuote(text, text.indexOf('and')))
  t.ok(insideQuote(text, text.length))
})

test('a citizen from a place, a letter and a historical quote are no one we know: their "we" pledges nothing', async (t) => {
  t.same(commitmentsOf('A farmer in Bavaria told me: “We will not give up.”'), [])
  t.same(commitmentsOf('A student wrote to me: “We will change Europe.”'), [])
  t.same(commitmentsOf('As Jacques Delors once put it: “We will build Europe step by step.”'), [])
  t.same(commitmentsOf('As I said: “We will act.”').map((c) => c.action), ['act'])
})

test('a saying of someone else, "once said" or "used to say", pledges nothing, nor does one that "said it best"', async (t) => {
  t.same(commitmentsOf('As President Kennedy once said: “We will pay any price, bear any burden.”'), [])
  t.same(commitmentsOf('Jacques Delors used to say: “We will build Europe step by step.”'), [])
  t.same(commitmentsOf('As my predecessor used to say: “We will build Europe step by step.”'), [])
  t.same(commitmentsOf('Churchill said it best: “We shall never surrender.”'), [])
  t.same(commitmentsOf('Prime Minister Ardern once again said: "We will sign the agreement."', { extraActors: [ARDERN] }).map((c) => c.holderIds), [['jacinda-ardern']], '"once again" is no saying')
})

test('bodies that report a quote together, no person among them, hold its "we": "Germany, France and the European Union said: “We will ...”"', async (t) => {
  const bodies: ActorSketch[] = [{ id: 'germany', surfaces: ['Germany'] }, { id: 'france', surfaces: ['France'] }, { id: 'japan', surfaces: ['Japan'] }]
  const options = { speaker: null, extraActors: [...bodies, BRETON] }
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, options).commitments.map((c) => c.holderIds)
  t.same(holders([['In a joint statement issued at the end of the conference, Germany, France, Japan and the European Union said: “We will continue to provide humanitarian assistance to all Syrians in need.”']]),
    [['germany', 'france', 'japan', 'european-union']])
  t.same(holders([['Ukraine said: “We will continue the reforms.”']]), [['ukraine']], 'a partner\'s pledge, not the side\'s')
  t.same(holders([['The Commission said: “We will present the act.”']]), [['european-commission']])
  t.same(holders([['Germany and France said: “We will host the conference.', 'And we will fund it.”']]), [['germany', 'france'], ['germany', 'france']],
    'across the quote\'s sentences')
  t.same(holders([['In a joint statement, the ministers of the affected countries said: “We will rebuild our towns.”']]), [],
    'a subject that names no body is a stranger, as before')
  t.same(holders([['Commissioner Breton met Germany and France and said: “We will present the act.”']]), [['european-union']],
    'a person in the clause reports it')
  t.same(holders([['The EU\'s partners in Japan said: “We will present the act.”']]), [[]],
    'a body named inside the subject is not its subject: the document\'s own "we" (no one here), as before')
})

test('bodies the clause opens on hand a quote over with a colon, and bodies after a quote report it: "The EU and the UN said in a joint statement: “We will ...”"', async (t) => {
  const bodies: ActorSketch[] = [{ id: 'germany', surfaces: ['Germany'] }, { id: 'france', surfaces: ['France'] }, { id: 'united-nations', surfaces: ['United Nations'], type: 'organisation' }]
  const options = { speaker: null, extraActors: bodies }
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, options).commitments.map((c) => c.holderIds)
  t.same(holders([['The European Union and the United Nations said in a joint statement: “We will continue to provide humanitarian assistance.”']]),
    [['european-union', 'united-nations']])
  t.same(holders([['Germany, France and the European Union welcomed the agreement: “We will fund its implementation.”']]), [['germany', 'france', 'european-union']])
  t.same(holders([['“We will continue to provide humanitarian assistance,” Germany, France and the European Union said.']]), [['germany', 'france', 'european-union']],
    'after the quote')
  t.same(holders([['EU leaders said in a joint statement: “We will fund its implementation.”']]), [[]], 'a body that qualifies the subject is not it: the document\'s own "we", as before')
  t.same(holders([['The EU\'s partners welcomed the agreement: “We will fund its implementation.”']]), [[]], 'nor is a possessive')
})

test('a plain noun before the bodies that report a quote does not stop them holding its "we": "the co-hosts France and Germany said: “We will ...”"', async (t) => {
  const bodies: ActorSketch[] = [{ id: 'germany', surfaces: ['Germany'] }, { id: 'france', surfaces: ['France'] }]
  const options = { speaker: null, extraActors: bodies }
  const holders = (paragraphs: string[][]): string[][] => run(paragraphs, options).commitments.map((c) => c.holderIds)
  // Near-misses first: what must not change.
  t.same(holders([['In a joint statement, the ministers of the affected countries said: “We will rebuild our towns.”']]), [], 'no body named: a stranger')
  t.same(holders([['In a joint statement, the partners of France and Germany said: “We will rebuild our towns.”']]), [[]],
    'those "of" the bodies are not them: the document\'s own "we" (no one here)')
  t.same(holders([['The EU\'s partners welcomed the agreement: “We will fund its implementation.”']]), [[]], 'a possessive still is no body list')
  // The fix.
  t.same(holders([['In their joint statement, the co-hosts France and Germany said: “We will continue to provide humanitarian assistance.”']]), [['france', 'germany']])
  t.same(holders([['In their joint statement, the co-hosts France and Germany said in Paris: “We will continue to provide humanitarian assistance.”']]), [['france', 'germany']],
    'a colon after the clause')
})
