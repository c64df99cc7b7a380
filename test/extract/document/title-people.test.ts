import { test } from 'tap'
import { titlePeople } from '../../../src/extract/document/title-people.js'

test('the speaker follows "by" and the other people follow "with"', async (t) => {
  t.same(titlePeople('Statement by President von der Leyen at the joint press conference with NATO Secretary-General Stoltenberg and President Michel following the signature'), {
    speakers: [{ name: 'von der Leyen', role: 'President' }],
    people: [{ name: 'Stoltenberg', role: 'NATO Secretary-General' }, { name: 'Michel', role: 'President' }]
  })
})

test('a name followed by ", role" is paired with that role', async (t) => {
  t.same(titlePeople('Press statement by President Jean-Claude Juncker at the signing with Jens Stoltenberg, Secretary-General of NATO and Donald Tusk, President of the European Council').people, [
    { name: 'Jens Stoltenberg', role: 'Secretary-General of NATO' },
    { name: 'Donald Tusk', role: 'President of the European Council' }
  ])
})

test('a role followed by ", name" is paired with that name', async (t) => {
  t.same(titlePeople('Press conference by President Juncker, President Tusk and President of the United States, Barack Obama').speakers, [
    { name: 'Juncker', role: 'President' },
    { name: 'Tusk', role: 'President' },
    { name: 'Barack Obama', role: 'President of the United States' }
  ])
})

test('multi-word roles are kept whole', async (t) => {
  t.same(titlePeople('Opening remarks by President von der Leyen with President Michel and Prime Minister Costa following the meeting').people, [
    { name: 'Michel', role: 'President' },
    { name: 'Costa', role: 'Prime Minister' }
  ])
  t.same(titlePeople('Remarks by Executive Vice-President Dombrovskis at the press point').speakers, [{ name: 'Dombrovskis', role: 'Executive Vice-President' }])
})

test('a portfolio in the role stays in the role', async (t) => {
  t.same(titlePeople('Keynote speech by European Commissioner for Internal Market Thierry Breton - “A Europe that protects” at the EPC.').speakers, [
    { name: 'Thierry Breton', role: 'European Commissioner for Internal Market' }
  ])
  t.same(titlePeople('Statement by High Representative for Foreign Affairs and Security Policy Josep Borrell on Iran').speakers, [
    { name: 'Josep Borrell', role: 'High Representative for Foreign Affairs and Security Policy' }
  ])
})

test('a name after "of the" and a body is a person; a body\'s own name is not', async (t) => {
  t.same(titlePeople('Statement by President of the Eurogroup Jeroen Dijsselbloem following the meeting on Greece').speakers, [
    { name: 'Jeroen Dijsselbloem', role: 'President of the Eurogroup' }
  ])
  t.same(titlePeople('Speech by the President of the European Investment Bank Werner Hoyer at the forum').speakers, [
    { name: 'Werner Hoyer', role: 'President of the European Investment Bank' }
  ])
  t.same(titlePeople('Remarks by the Secretary General of the World Health Organization at the summit').speakers, [],
    'the last two words of a body are not a name')
  t.same(titlePeople('Remarks by the Secretary General of the United Nations at the summit').speakers, [], 'too few words for a body and a name')
})

test('a head that the words before it qualify is a role: "Chief Negotiator", "Special Representative", "Trade Representative"', async (t) => {
  t.same(titlePeople('Speech by Chief Negotiator Michel Barnier at BusinessEurope Day').speakers, [{ name: 'Michel Barnier', role: 'Chief Negotiator' }])
  t.same(titlePeople("Speech by Michel Barnier, Chief Negotiator for the United Kingdom's withdrawal, at BusinessEurope Day").speakers,
    [{ name: 'Michel Barnier', role: "Chief Negotiator for the United Kingdom's withdrawal" }])
  t.same(titlePeople('Statement by EU Special Representative for Human Rights Eamon Gilmore on Iran').speakers,
    [{ name: 'Eamon Gilmore', role: 'EU Special Representative for Human Rights' }])
  t.same(titlePeople('Remarks by Trade Representative Katherine Tai and Executive Vice-President Dombrovskis').speakers,
    [{ name: 'Katherine Tai', role: 'Trade Representative' }, { name: 'Dombrovskis', role: 'Executive Vice-President' }])
})

test('a particle inside a name is part of it: "André Corrêa do Lago"', async (t) => {
  t.same(titlePeople('Remarks by Commissioner Hoekstra with COP30 President André Corrêa do Lago').people, [{ name: 'André Corrêa do Lago', role: 'COP30 President' }])
})

test('a courtesy word before a name is no part of it: "by Dr Hans Kluge"', async (t) => {
  t.same(titlePeople('Statement by Dr Hans Kluge on mpox').speakers, [{ name: 'Hans Kluge', role: null }])
  t.same(titlePeople('Readout of the call between Commissioner Kyriakides and WHO Director-General Dr. Tedros Adhanom Ghebreyesus').people,
    [{ name: 'Kyriakides', role: 'Commissioner' }, { name: 'Tedros Adhanom Ghebreyesus', role: 'WHO Director-General' }])
})

test('"from" introduces the speaker of a message', async (t) => {
  t.same(titlePeople('Message of condolence from President Juncker on the tragic accident in Bucharest').speakers, [{ name: 'Juncker', role: 'President' }])
})

test('roles of institutions without a name give no person', async (t) => {
  t.same(titlePeople('Joint Declaration by the President of the European Council, the President of the European Commission, and the Secretary General of the North Atlantic Treaty Organization'), { speakers: [], people: [] })
})

test('a title without people and no title give empty lists', async (t) => {
  t.same(titlePeople('€500 million to boost ammunition production'), { speakers: [], people: [] })
  t.same(titlePeople(null), { speakers: [], people: [] })
})

test('the speaker of a speech given "on behalf of" someone is that person', async (t) => {
  t.same(titlePeople('Cyber defence: Speech on behalf of High Representative/Vice-President Josep Borrell at the EP plenary').speakers,
    [{ name: 'Josep Borrell', role: 'High Representative/Vice-President' }])
})

test('a statement "on behalf of" an institution "by" a person is spoken by that person', async (t) => {
  t.same(titlePeople('Statement on behalf of the Commission by Commissioner Šefčovič at the European Parliament plenary debate on energy prices').speakers,
    [{ name: 'Šefčovič', role: 'Commissioner' }])
  t.same(titlePeople('Speech by Commissioner Šuica on behalf of High Representative/Vice-President Josep Borrell').speakers,
    [{ name: 'Josep Borrell', role: 'High Representative/Vice-President' }], 'spoken for a person: that person')
  t.same(titlePeople('Statement on behalf of the European Union at the UN Security Council').speakers,
    [{ name: 'European Union', role: null }], 'no one named: the institution')
  t.same(titlePeople('Syria: Statement by the High Representative on behalf of the EU on the fall of the Assad regime').speakers, [],
    'a title with no name speaks for the body, which is then no speaker')
})

test('a name and a title joined by "and" are two parties, not one person and a role', async (t) => {
  t.same(titlePeople('Joint Statement by the European Commission and the High Representative on the situation in Sudan').speakers,
    [{ name: 'European Commission', role: null }])
  t.same(titlePeople('Statement by Jens Stoltenberg, Secretary General of NATO, and President Michel').speakers,
    [{ name: 'Jens Stoltenberg', role: 'Secretary General of NATO' }, { name: 'Michel', role: 'President' }], 'a comma still pairs them')
})

test('a name between its title and the body the title is held in, or closed by a comma, is the speaker', async (t) => {
  t.same(titlePeople('Speech by Prime Minister Kaja Exampleton of Estonia at the Tallinn Digital Summit').speakers,
    [{ name: 'Kaja Exampleton', role: 'Prime Minister of Estonia' }])
  t.same(titlePeople('Speech by the Prime Minister of Estonia, Kaja Exampleton, at the Tallinn Digital Summit').speakers,
    [{ name: 'Kaja Exampleton', role: 'Prime Minister of Estonia' }])
  t.same(titlePeople('Speech by President von der Leyen at the summit').speakers, [{ name: 'von der Leyen', role: 'President' }], 'as before')
})

test('an interview\'s "of" or "with" names who answers, and a newspaper is no person', async (t) => {
  t.same(titlePeople('Interview of Executive Vice-President Dombrovskis with Financial Times'),
    { speakers: [{ name: 'Dombrovskis', role: 'Executive Vice-President' }], people: [] })
  t.same(titlePeople('Interview with Commissioner Šuica in Le Monde'), { speakers: [{ name: 'Šuica', role: 'Commissioner' }], people: [] })
  t.same(titlePeople('Statement of the Commission on the floods').speakers, [], 'only an interview\'s "of"')
})

test('"between" names the titled people who took part, none of them a speaker', async (t) => {
  t.same(titlePeople('Readout of the phone call between President von der Leyen and President Zelenskyy'), {
    speakers: [],
    people: [{ name: 'von der Leyen', role: 'President' }, { name: 'Zelenskyy', role: 'President' }]
  })
  t.same(titlePeople('Joint press statement following the meeting between President Costa, President von der Leyen and Prime Minister Modi').people, [
    { name: 'Costa', role: 'President' },
    { name: 'von der Leyen', role: 'President' },
    { name: 'Modi', role: 'Prime Minister' }
  ])
  t.same(titlePeople('Statement by President von der Leyen on the talks between Serbia and Kosovo').people, [], 'untitled names after "between" are countries or bodies')
  t.same(titlePeople('Remarks by President Michel with Prime Minister Costa following the meeting between Prime Minister Costa and President Michel').people,
    [{ name: 'Costa', role: 'Prime Minister' }], 'someone named twice is listed once, and a speaker is no guest')
})

test('a spokesperson is a role: named, a person; unnamed, nobody', async (t) => {
  t.same(titlePeople('Statement by the Spokesperson on the latest developments in Georgia'), { speakers: [], people: [] })
  t.same(titlePeople('Statement by Chief Spokesperson Paula Pinho on the attack').speakers, [{ name: 'Paula Pinho', role: 'Chief Spokesperson' }])
})

test('"of" and "the" may join the words of a body that speaks', async (t) => {
  t.same(titlePeople('Statement by the College of Commissioners on the 80th anniversary of the liberation of Auschwitz').speakers, [{ name: 'College of Commissioners', role: null }])
  t.same(titlePeople('Statement on behalf of the Committee of the Regions on the floods').speakers, [{ name: 'Committee of the Regions', role: null }])
  t.same(titlePeople('Statement by the Commission of').speakers, [], 'a name does not end on a joiner')
})

test('up to three capitalised words before a title after "and" start another person', async (t) => {
  t.same(titlePeople('Joint statement by President von der Leyen and South African President Cyril Ramaphosa').speakers,
    [{ name: 'von der Leyen', role: 'President' }, { name: 'Cyril Ramaphosa', role: 'South African President' }])
  t.same(titlePeople('Joint statement by President von der Leyen and African Union Commission Chairperson Mahmoud Ali Youssouf').speakers,
    [{ name: 'von der Leyen', role: 'President' }, { name: 'Mahmoud Ali Youssouf', role: 'African Union Commission Chairperson' }])
  t.same(titlePeople('Statement by High Representative for Foreign Affairs and Security Policy/Vice-President Josep Borrell').speakers,
    [{ name: 'Josep Borrell', role: 'High Representative for Foreign Affairs and Security Policy/Vice-President' }])
})

test('"from" names a sender only with a title or an article: "steel from China" names a place', async (t) => {
  t.same(titlePeople('Commission imposes duties on imports of steel from China').speakers, [])
  t.same(titlePeople('Message from President Costa to the leaders').speakers, [{ name: 'Costa', role: 'President' }])
  t.same(titlePeople('Letter from Commissioner Hoekstra').speakers, [{ name: 'Hoekstra', role: 'Commissioner' }])
})

test('"from the" names a sender only after what is said: "€7.6 million from the ... Fund" names where money comes from', async (t) => {
  t.same(titlePeople('Commission proposes €7.6 million from the European Globalisation Adjustment Fund to support dismissed workers in Belgium').speakers, [])
  t.same(titlePeople('Commission approves €120 million from the Just Transition Fund for Silesia').speakers, [])
  t.same(titlePeople('Letter from the College of Commissioners to the people of Ukraine').speakers, [{ name: 'College of Commissioners', role: null }])
})

test('after an act, "by" names its agent, no speaker: "acquisition of Vodafone Italia by Swisscom"', async (t) => {
  t.same(titlePeople('Mergers: Commission clears acquisition of Vodafone Italia by Swisscom').speakers, [])
  t.same(titlePeople('State aid: Commission approves €1.4 billion scheme notified by Italy to support renewable hydrogen').speakers, [])
  t.same(titlePeople('Commission clears acquisition of ITA Airways by Lufthansa and the Italian Ministry of Economy and Finance').speakers, [])
  t.same(titlePeople('2025 State of the Union Address by President von der Leyen').speakers, [{ name: 'von der Leyen', role: 'President' }], 'an address is said')
  t.same(titlePeople('Blog post by Commissioner Malmström: A new system for investment disputes').speakers, [{ name: 'Malmström', role: 'Commissioner' }])
  t.same(titlePeople('Visit by Commissioner Hoekstra to Brazil').speakers, [{ name: 'Hoekstra', role: 'Commissioner' }], 'a titled person still speaks')
})

test('a portfolio\'s "and" and list commas join its fields, which are no people', async (t) => {
  t.same(titlePeople('Statement by Phil Hogan, Commissioner for Agriculture and Rural Development').speakers,
    [{ name: 'Phil Hogan', role: 'Commissioner for Agriculture and Rural Development' }])
  t.same(titlePeople('Speech by Karmenu Vella, Commissioner for Environment, Maritime Affairs and Fisheries, at the Our Ocean conference').speakers,
    [{ name: 'Karmenu Vella', role: 'Commissioner for Environment, Maritime Affairs and Fisheries' }])
  t.same(titlePeople('Speech by Commissioner for Migration, Home Affairs and Citizenship, Dimitris Avramopoulos').speakers,
    [{ name: 'Dimitris Avramopoulos', role: 'Commissioner for Migration, Home Affairs and Citizenship' }], 'the name after the list')
})

test('a headline that opens on a titled person meeting another names both, neither a speaker', async (t) => {
  t.same(titlePeople('President von der Leyen speaks with President Zelenskyy ahead of special European Council'), {
    speakers: [],
    people: [{ name: 'von der Leyen', role: 'President' }, { name: 'Zelenskyy', role: 'President' }]
  })
  t.same(titlePeople('Commissioner Šefčovič meets Minister Wang Wentao in Paris').people,
    [{ name: 'Šefčovič', role: 'Commissioner' }, { name: 'Wang Wentao', role: 'Minister' }], 'the one met right after the verb')
  t.same(titlePeople('President von der Leyen welcomes agreement on tariffs').people, [], 'no one else: no one took part')
  t.same(titlePeople('Commissioner Jørgensen meets mayors on the Affordable Housing Plan').people, [], 'untitled counterparts are no people')
})
