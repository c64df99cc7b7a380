import { test } from 'tap'
import { extractActors } from '../../../src/extract/actors/extract-actors.js'
import { makeDocument } from '../../helpers/make-document.js'
import { extract, gazetteer, mentioned } from './extract-helper.js'

test('a possessive is part of the mention and resolves to the country', async (t) => {
  t.same(mentioned(['Russia\'s war and Russia’s aggression.']), ['Russia\'s -> russia', 'Russia’s -> russia'])
})

test('a bare possessive apostrophe after an s is part of the mention', async (t) => {
  t.same(mentioned(['We answer Belarus\' role in this war.']), ['Belarus\' -> belarus'])
})

test('a footnote\'s superscript marker glued to a name ends it: "Ukraine¹"', async (t) => {
  t.same(mentioned(['We will support Ukraine¹ and Moldova²³.']), ['Ukraine -> ukraine', 'Moldova -> moldova'])
})

test('demonyms and their plurals resolve to the country', async (t) => {
  t.same(mentioned(['The Ukrainian people and all Ukrainians.']), ['Ukrainian -> ukraine', 'Ukrainians -> ukraine'])
})

test('a demonym before Presidency names the presiding country', async (t) => {
  t.same(mentioned(['Under the Swedish Presidency of the Council.']), ['Swedish -> sweden', 'Council -> council-of-the-eu'])
})

test('the Kremlin is Russia', async (t) => {
  t.same(mentioned(['We keep the pressure on the Kremlin.']), ['the Kremlin -> russia'])
})

test('short forms of the United States and the United Kingdom resolve', async (t) => {
  t.same(mentioned(['The US, the U.S. and Britain.']), ['US -> united-states', 'U.S. -> united-states', 'Britain -> united-kingdom'])
})

test('"the Union of Skills" is a programme, not the Union; the Council\'s configurations are the Council', async (t) => {
  t.same(mentioned(['We will launch the Union of Skills and the Union of Equality.']), [])
  t.same(mentioned(['The Union of 27 acts, and the Union of the future too.']), ['The Union -> european-union', 'the Union -> european-union'])
  t.same(mentioned(['Ministers met at the Economic and Financial Affairs Council.']), ['Economic and Financial Affairs Council -> council-of-the-eu'])
})

test('"the Alliance" takes up another alliance the text named last, and is NATO only when that is none or NATO', async (t) => {
  t.same(mentioned(['The leaders launched a Competitiveness Alliance.', 'They will hold a meeting of the Alliance in 2025.']), [])
  t.same(mentioned(['The Critical Medicines Alliance met NATO.', 'The Alliance will act.']), ['NATO -> nato', 'The Alliance -> nato'], 'NATO named since')
  t.same(mentioned(['The Atlantic Alliance is strong.', 'The Alliance will act.']), ['Atlantic Alliance -> nato', 'The Alliance -> nato'], 'NATO by another name')
})

test('a bare "the Court" takes up the court the text named last, and is nobody when that is none or a court we do not know', async (t) => {
  const cjeu = 'court-of-justice-of-the-european-union'
  t.same(mentioned(['The Commission will ask the Court to impose financial sanctions.']), ['Commission -> european-commission'], 'no court named')
  t.same(mentioned(['Greece was referred to the Court of Justice of the EU.', 'It then went to the General Court.', 'The Court ruled.']),
    ['Greece -> greece', `Court of Justice of the EU -> ${cjeu}`], 'a court we do not know named since')
  t.same(mentioned(['The Court of Auditors published its report.', 'We will ask the Court of Justice to act, and the Court Registry will reply.']),
    ['Court of Auditors -> european-court-of-auditors', `Court of Justice -> ${cjeu}`], 'a name that goes on')
  t.same(mentioned(['The Commission referred Greece to the Court of Justice of the European Union.', 'The Commission will ask the Court to impose financial sanctions.', 'The Court\'s ruling is due.']),
    ['Commission -> european-commission', 'Greece -> greece', `Court of Justice of the European Union -> ${cjeu}`, 'Commission -> european-commission', `the Court -> ${cjeu}`, `The Court's -> ${cjeu}`])
  t.same(mentioned(['The Court of Justice ruled.', 'The European Court of Auditors said the Court will audit it.']).at(-1), 'the Court -> european-court-of-auditors', 'the court named last')
})

test('"the Alliance" is NATO, but not when a capitalised "of" or "for" phrase carries it on', async (t) => {
  t.same(mentioned(['We will meet the Alliance of Small Island States and the Alliance for Renewable Energy.']), [])
  t.same(mentioned(['We will work with the Alliance for the next decade.']), ['the Alliance -> nato'])
})

test('"State of the Union" is an address, not the Union', async (t) => {
  t.same(mentioned(['In my State of the Union address, I said the Union will act.']), ['the Union -> european-union'])
})

test('a country\'s name before a sea\'s or strait\'s head names the place: "the East and South China Seas"', async (t) => {
  t.same(mentioned(['We oppose attempts to change the status quo in the East and South China Seas and across the Taiwan Strait.']), [])
  t.same(mentioned(['China claims the sea.']), ['China -> china'])
})

test('a city named after its country is no mention of it: "Port Sudan", "Mexico City"', async (t) => {
  t.same(mentioned(['The Commissioner will travel to Port Sudan, Mexico City and Kuwait City.']), [])
  t.same(mentioned(['Mexico and the City of London.']), ['Mexico -> mexico'])
})

test('a demonym that "Pan" or "Inter-" opens names a regional body, not the country', async (t) => {
  t.same(mentioned(['We work with the Pan American Health Organization and the Inter-American Commission on Human Rights.']), [])
  t.same(mentioned(['We work with the American administration.']), ['American -> united-states'])
})

test('a currency names no country: "100 billion US dollars"', async (t) => {
  t.same(mentioned(['We will mobilise 100 billion US dollars with the US.']), ['US -> united-states'])
})

test('Gaza and the West Bank are Palestine', async (t) => {
  t.same(mentioned(['We will help the people of Gaza and the West Bank.']), ['Gaza -> palestine', 'West Bank -> palestine'])
})

test('lowercase "us" is a pronoun, not the United States', async (t) => {
  t.same(mentioned(['Let us work together.']), [])
})

test('a hyphenated pair such as EU-NATO gives two mentions', async (t) => {
  t.same(mentioned(['The EU-NATO declaration.']), ['EU -> european-union', 'NATO -> nato'])
})

test('the longest alias wins and leaves no mention inside it', async (t) => {
  t.same(mentioned(['The Council of the European Union met.']), ['Council of the European Union -> council-of-the-eu'])
})

test('"our Union" names the EU, as "the Union" does; "our Union of Skills" is the programme', async (t) => {
  t.same(mentioned(['Culture is the soul of our Union.', 'Our Union will act.']), ['our Union -> european-union', 'Our Union -> european-union'])
  t.same(mentioned(['We presented our Union of Skills.']), [])
})

test('a longer alias after "the" beats a shorter one that includes the article', async (t) => {
  t.same(mentioned(['She spoke at the Council of Europe.']), ['Council of Europe -> council-of-europe'])
})

test('"the Union" and "the College" name the EU and the Commission', async (t) => {
  t.same(mentioned(['The Union will act.', 'You will visit the College.']), ['The Union -> european-union', 'the College -> european-commission'])
})

test('"the Commissioners", the College\'s members deciding together, are the Commission; "the High Commissioners" are not', async (t) => {
  t.same(mentioned(['The Commissioners discussed the situation.', 'She met the High Commissioners.']), ['The Commissioners -> european-commission'])
})

test('Europe and the adjective European are not actors', async (t) => {
  t.same(mentioned(['Europe\'s security and European defence.']), [])
})

test('Nord Stream and Europe Direct are not actors', async (t) => {
  t.same(mentioned(['The Nord Stream sabotage.', 'Call Europe Direct.']), [])
})

test('a bare head noun qualified by a country is not the EU institution', async (t) => {
  t.same(mentioned(['The Hungarian Parliament voted.']), ['Hungarian -> hungary'])
})

test('a bare head noun alone names the EU institution', async (t) => {
  t.same(mentioned(['The Commission proposes and Parliament decides.']), ['Commission -> european-commission', 'Parliament -> european-parliament'])
})

test('a bare head noun after a determiner that opens the sentence names the EU institution', async (t) => {
  t.same(mentioned(['This Parliament has been a strong voice.', 'Our Commission will act.', 'He said: “This Council will decide.”']),
    ['Parliament -> european-parliament', 'Commission -> european-commission', 'Council -> council-of-the-eu'])
  t.same(mentioned(['The Hungarian Parliament and the Juncker Commission.']), ['Hungarian -> hungary'], 'a name\'s word before still makes it another body')
})

test('"the Court of Auditors" is the European Court of Auditors, unless a country qualifies it', async (t) => {
  t.same(mentioned(['The Court of Auditors said so.', 'The Belgian Court of Auditors agreed.', 'So did the Court of Auditors of Belgium.']),
    ['Court of Auditors -> european-court-of-auditors', 'Belgian -> belgium', 'Belgium -> belgium'])
})

test('a capital after a place preposition is a place', async (t) => {
  t.same(mentioned(['We met in Moscow and in Washington.']), [])
})

test('a capital acting as a government is its country', async (t) => {
  t.same(mentioned(['Moscow must stop this war.']), ['Moscow -> russia'])
})

test('phrases listed as not actors keep the country inside them out', async (t) => {
  t.same(mentioned(['Ships in the Indian Ocean and trade with Latin America.']), [])
})

test('Member States are a group', async (t) => {
  t.same(mentioned(['Member States agreed.']), ['Member States -> member-states'])
  t.same(mentioned(['Ministers of the 27 Member States met, and the 27 agreed.']), ['the 27 Member States -> member-states', 'the 27 -> member-states'], '"the 27 Member States" is one mention')
})

test('EU agencies, UN bodies, development banks and armed groups are actors of their type', async (t) => {
  const result = extract(['The European Space Agency, the IOM, the African Development Bank, the EUAA and the Joint Research Centre met.', 'Wagner fighters and the Rapid Support Forces attacked.'])
  t.same(result.actors.map((actor) => `${actor.id} ${actor.type}`), [
    'european-space-agency organisation', 'international-organization-for-migration organisation', 'african-development-bank organisation',
    'european-union-agency-for-asylum institution', 'joint-research-centre institution', 'wagner-group group', 'rapid-support-forces group'])
})

test('the transport and tourism bodies are actors: the rail agency, CINEA, Eurocontrol and UN Tourism', async (t) => {
  const result = extract(['The European Union Agency for Railways, CINEA, EUROCONTROL and the World Tourism Organization met.'])
  t.same(result.actors.map((actor) => `${actor.id} ${actor.type}`), [
    'european-union-agency-for-railways institution', 'european-climate-infrastructure-and-environment-executive-agency institution',
    'eurocontrol organisation', 'un-tourism organisation'])
})

test('the European Parliament\'s political groups are groups, named in full, not the words their names share', async (t) => {
  t.same(mentioned(['The EPP Group, S&D, Renew Europe, the Greens/EFA Group, Patriots for Europe, the ECR and The Left voted.']), [
    'EPP Group -> epp-group', 'S&D -> s-and-d', 'Renew Europe -> renew-europe', 'Greens/EFA Group -> greens-efa',
    'Patriots for Europe -> patriots-for-europe', 'ECR -> ecr-group', 'The Left -> the-left'])
  t.match(extract(['The EPP Group asked.']).actors, [{ id: 'epp-group', type: 'group' }])
  t.same(mentioned(['We must renew our alliances, the Greens in parliament sat on the left, as in [2004] ECR I-4711.']), [])
})

test('an acronym the text defines in brackets after a body names it wherever the text uses it', async (t) => {
  t.same(mentioned(['The EU and the Inter-American Development Bank (IDB) signed.', 'The IDB will contribute $2 billion.']), [
    'EU -> european-union', 'Inter-American Development Bank -> inter-american-development-bank', 'IDB -> inter-american-development-bank',
    'IDB -> inter-american-development-bank'])
  t.same(mentioned(['Minister Anna Example (CDU) spoke.', 'The CDU agreed.']), ['Minister Anna Example -> anna-example'], 'not a person\'s party')
  t.same(mentioned(['The Inter-American Development Bank (DB) and the African Development Bank (DB) met.', 'The DB agreed.']),
    ['Inter-American Development Bank -> inter-american-development-bank', 'African Development Bank -> african-development-bank'], 'not one defined for two bodies')
  t.same(mentioned(['The Treaty on the Functioning of the European Union (TFEU) applies.', 'Article 258 TFEU applies.']), ['European Union -> european-union'],
    'not one that is no initials of the name before it')
})

test('"Trade Representative", "High Commissioner" and "Special Envoy" are titles', async (t) => {
  t.same(mentioned(['US Trade Representative Katherine Tai and Special Envoy Anna Sample met.']),
    ['US -> united-states', 'Trade Representative Katherine Tai -> katherine-tai', 'Special Envoy Anna Sample -> anna-sample'])
})

test('"MEP" is a title: "MEP Monika Example said"', async (t) => {
  t.match(extract(['MEP Monika Example said so.']).actors, [{ id: 'monika-example', type: 'person', role: 'MEP' }])
})

test('a fund or programme named after a country is no mention of it; the adjectives the country data lacks are', async (t) => {
  t.same(mentioned(['We will support Ukraine through the Ukraine Facility and the Ukraine Investment Framework.']), ['Ukraine -> ukraine'])
  t.same(mentioned(['Ukraine\'s Recovery Fund helps.']), ['Ukraine\'s -> ukraine'], 'a possessive is the country\'s')
  t.same(mentioned(['Kazakh ministers and Uzbek officials met Spaniards.']), ['Kazakh -> kazakhstan', 'Uzbek -> uzbekistan', 'Spaniards -> spain'])
})

test('a fund, mechanism or programme whose name opens on "EU" is no mention of the Union: "the EU Civil Protection Mechanism"', async (t) => {
  // Near-misses that stay mentions of the Union.
  t.same(mentioned(['The EU will send aid through its Facility.']), ['EU -> european-union'])
  t.same(mentioned(['The EU Ambassador met the EU Special Representative.']), ['EU -> european-union', 'EU -> european-union'], 'a title, no programme head')
  t.same(mentioned(['The EU\'s Solidarity Fund helps.']), ['EU\'s -> european-union'], 'a possessive is the Union\'s')
  t.same(mentioned(['The European Union Solidarity Fund helps.']), ['European Union -> european-union'], 'only initials open a programme\'s name')
  // The fix.
  t.same(mentioned(['Through the EU Civil Protection Mechanism, Italy will send planes.']), ['Italy -> italy'])
  t.same(mentioned(['The EU Solidarity Fund will help the regions.']), [])
})

test('regional organisations and the Palestinian Authority are actors; "Lake Chad" is a place, not Chad', async (t) => {
  t.same(mentioned(['We will support IGAD, CARICOM, the East African Community and the Palestinian Authority.']),
    ['IGAD -> intergovernmental-authority-on-development', 'CARICOM -> caribbean-community', 'East African Community -> east-african-community', 'Palestinian Authority -> palestinian-authority'])
  t.same(mentioned(['For the Lake Chad region, we will provide EUR 20 million.']), [])
})

test('"this House" is the European Parliament', async (t) => {
  t.same(mentioned(['I will ask this House to adopt the files.']), ['this House -> european-parliament'])
  t.same(mentioned(['This House has asked the Commission to act.']), ['This House -> european-parliament', 'Commission -> european-commission'], 'also opening a sentence')
})

test('"this House" is the assembly whose President a speech opens on, when that is not the Parliament', async (t) => {
  const speech = (opening: string): string[] => extractActors(makeDocument({ paragraphs: [[opening], ['It is a pleasure to be back in this House.']] }), gazetteer)
    .mentions.map((mention) => `${mention.text} -> ${mention.actorId}`)
  t.same(speech('President of the European Committee of the Regions, dear Kata Tüttő, Honourable Members,'),
    ['European Committee of the Regions -> european-committee-of-the-regions', 'Kata Tüttő -> kata-tutto', 'this House -> european-committee-of-the-regions'])
  t.same(speech('Madam President, Honourable Members,'), ['this House -> european-parliament'])
  t.same(speech('President of the European Parliament, dear Roberta,'),
    ['European Parliament -> european-parliament', 'this House -> european-parliament'])
})

test('a country written in capitals inside running text is the country, as infringement packages write it', async (t) => {
  t.same(mentioned(['The Commission sends letters of formal notice to SPAIN, CYPRUS and the NETHERLANDS.']),
    ['Commission -> european-commission', 'SPAIN -> spain', 'CYPRUS -> cyprus', 'NETHERLANDS -> netherlands'])
  t.same(mentioned(['SPAIN AND PORTUGAL SIGN A DEAL']), [])
})

test('every country of a longer list in capitals is the country, not only those beside a lowercase word', async (t) => {
  t.same(mentioned(['The Commission sends reasoned opinions to BELGIUM, CYPRUS, ESTONIA, IRELAND and SPAIN.']),
    ['Commission -> european-commission', 'BELGIUM -> belgium', 'CYPRUS -> cyprus', 'ESTONIA -> estonia', 'IRELAND -> ireland', 'SPAIN -> spain'])
  t.same(mentioned(['SPAIN, ITALY, GREECE: STATE OF PLAY']), [], 'a heading in capitals still names no one')
})

test('an institution followed by "of" and a date is the institution: "The European Council of October 2024"', async (t) => {
  t.same(mentioned(['The European Council of October 2024 and the Council of 12 December agreed.']),
    ['European Council -> european-council', 'Council -> council-of-the-eu'])
  t.same(mentioned(['A Commission of Inquiry will report.']), [])
})

test('a body followed by "of" and what it acts on is the body: "the adoption by the Council of the SAFE Regulation"', async (t) => {
  t.same(mentioned(['We welcome the adoption by the Council of the Security Action for Europe (SAFE) Regulation.']), ['Council -> council-of-the-eu'])
  t.same(mentioned(['We welcome the adoption by the Commission of a proposal and by the Council of its position.']),
    ['Commission -> european-commission', 'Council -> council-of-the-eu'])
  t.same(mentioned(['The Council of the Baltic Sea States met.']), [], 'another body\'s name goes on')
})

test('the research and innovation bodies are actors: "the European Research Council", "the EIC"', async (t) => {
  t.same(mentioned(['The European Research Council and the European Innovation Council will open calls; the EIC Accelerator too.']), [
    'European Research Council -> european-research-council', 'European Innovation Council -> european-innovation-council', 'EIC -> european-innovation-council'
  ])
})

test('the consumer authorities\' network and the consumer organisations are actors: "the CPC Network", "BEUC"', async (t) => {
  t.same(mentioned(['The Consumer Protection Cooperation (CPC) Network notified Shein; BEUC welcomed it and the CPC Network will assess the reply.']), [
    'Consumer Protection Cooperation (CPC) Network -> consumer-protection-cooperation-network', 'BEUC -> european-consumer-organisation',
    'CPC Network -> consumer-protection-cooperation-network'
  ])
  t.same(mentioned(['The CPC and the Chinese Government met.']).filter((m) => m.startsWith('CPC')), [], 'the bare acronym names no network')
})

test('the European cross-industry social partners are actors: "ETUC", "BusinessEurope", "SGI Europe", "SMEunited"', async (t) => {
  t.same(mentioned(['I thank BusinessEurope, ETUC, SGI Europe and SMEunited, and the European Trade Union Confederation will sign.']), [
    'BusinessEurope -> businesseurope', 'ETUC -> european-trade-union-confederation', 'SGI Europe -> sgi-europe',
    'SMEunited -> smeunited', 'European Trade Union Confederation -> european-trade-union-confederation'
  ])
})

test('the Commission\'s services, the digital boards and the financial watchdogs are actors', async (t) => {
  t.same(mentioned(['The AI Office, OLAF, the AI Board, the European Board for Digital Services and BEREC met.']), [
    'AI Office -> european-ai-office', 'OLAF -> european-anti-fraud-office', 'AI Board -> european-artificial-intelligence-board',
    'European Board for Digital Services -> european-board-for-digital-services', 'BEREC -> body-of-european-regulators-for-electronic-communications'
  ])
  t.same(mentioned(['AMLA, the FATF and the EU Asylum Agency will help.']), [
    'AMLA -> anti-money-laundering-authority', 'FATF -> financial-action-task-force', 'EU Asylum Agency -> european-union-agency-for-asylum'
  ])
})

test('the justice and home affairs agencies are actors, and "the EU Drugs Agency" is no mention of the Union', async (t) => {
  t.same(mentioned(['Europol, Eurojust, the EU Drugs Agency (EUDA), CEPOL and eu-LISA will step up their support.']), [
    'Europol -> europol', 'Eurojust -> eurojust', 'EU Drugs Agency -> european-union-drugs-agency', 'EUDA -> european-union-drugs-agency',
    'CEPOL -> european-union-agency-for-law-enforcement-training', 'eu-LISA -> eu-lisa'
  ])
  t.same(mentioned(['The EMCDDA published its report.']), ['EMCDDA -> european-union-drugs-agency'], 'its former name')
})

test('"the Court of Justice of the EU" is the one court, with no mention of the Union', async (t) => {
  t.same(mentioned(['The Commission will refer Croatia to the Court of Justice of the EU.']), [
    'Commission -> european-commission', 'Croatia -> croatia', 'Court of Justice of the EU -> court-of-justice-of-the-european-union'
  ])
})

test('the EU Customs Authority is the customs agency, not the Union', async (t) => {
  t.same(mentioned(['The EU Customs Authority (EUCA) will be based in Lille.']), [
    'EU Customs Authority -> european-union-customs-authority', 'EUCA -> european-union-customs-authority'
  ])
})

test('the African Union Commission is its own organisation, not the African Union, as the European Commission is not the Union', async (t) => {
  t.same(mentioned(['The African Union Commission and the AU Commission met.', 'The AUC welcomed the Commission of the African Union.']), [
    'African Union Commission -> african-union-commission', 'AU Commission -> african-union-commission',
    'AUC -> african-union-commission', 'Commission of the African Union -> african-union-commission'])
  t.same(mentioned(['The African Union and the AU met.']), ['African Union -> african-union', 'AU -> african-union'], 'the Union itself stays')
})
