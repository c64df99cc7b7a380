import { test } from 'tap'
import { commitmentsOf } from './helpers.js'

const targetsOf = (sentence: string): string[] | undefined => commitmentsOf(sentence)[0]?.targetIds

test('a direct object is a target: "support the brave people of Ukraine"', async (t) => {
  t.same(targetsOf('The European Union will keep doing everything in its power to support the brave people of Ukraine.'), ['ukraine'])
})

test('an alias after "on" is a target: "the pressure on the Kremlin"', async (t) => {
  t.same(targetsOf('We will keep the pressure on the Kremlin for as long as it takes.'), ['russia'])
})

test('a possessive modifier is no target: "Russia\'s war such as Belarus or Iran"', async (t) => {
  t.same(targetsOf("We will extend these sanctions to those who militarily support Russia's war such as Belarus or Iran."), ['belarus', 'iran'])
})

test('an adjectival modifier is no target: "this Russian war"', async (t) => {
  t.same(targetsOf('We will fight the consequences of this Russian war.'), [])
})

test('the clause ends at a participial clause: ", answering Belarus\' role"', async (t) => {
  t.same(targetsOf("We will be coming forward with new sanctions against Belarus, answering Belarus' role in this Russian war in Ukraine."), ['belarus'])
})

test('"assistance to Ukraine" makes Ukraine a target', async (t) => {
  t.same(targetsOf('We will continue our assistance to Ukraine as long as it is necessary.'), ['ukraine'])
})

test('a partner after "with" and a frame after "under" are no targets', async (t) => {
  t.same(targetsOf('I look forward to working with Jens under the Swedish Presidency of the Council of the European Union.'), [])
})

test('an adjective before a noun for the people stays a target: "the Ukrainian people"', async (t) => {
  t.same(targetsOf('We will support the Ukrainian people.'), ['ukraine'])
})

test('a mention inside a hyphenated compound is no target: "EU-NATO cooperation"', async (t) => {
  t.same(targetsOf('I will strengthen EU-NATO cooperation.'), [])
})

test('the holder is never its own target', async (t) => {
  t.same(targetsOf('The European Union will protect the European Union and Ukraine.'), ['ukraine'])
})

test('a time frame after "before" names no target', async (t) => {
  t.same(targetsOf('I would like to conclude this deal before the end of the mandate of my Commission.'), [])
})

test('"stand by" points at the one supported', async (t) => {
  t.same(targetsOf('Europe will always stand by Ukraine.'), ['ukraine'])
})

test('a people named in the plural, and a country\'s goods, are targets', async (t) => {
  const extraActors = [{ id: 'syria', surfaces: ['Syrians', 'Syrian'] }, { id: 'united-states', surfaces: ['US'] }]
  t.same(commitmentsOf('We will help Syrians rebuild their lives.', { extraActors })[0]?.targetIds, ['syria'])
  t.same(commitmentsOf('We will impose tariffs on US goods.', { extraActors })[0]?.targetIds, ['united-states'])
  t.same(commitmentsOf('We will increase the checks on US poultry.', { extraActors })[0]?.targetIds, ['united-states'], 'its food trade too')
  t.same(commitmentsOf('We will restrict imports of Syrian fish and US beef.', { extraActors })[0]?.targetIds, ['syria', 'united-states'])
  t.same(commitmentsOf('We will fund Syrian reconstruction.', { extraActors })[0]?.targetIds, ['syria'], 'as before: a beneficiary noun')
  t.same(commitmentsOf('We will study the Syrian proposal.', { extraActors })[0]?.targetIds, [], 'a modifier still is none')
})

test('a beneficiary noun that goes on with a name is part of it: "attend the Ukraine Recovery Conference" has no target', async (t) => {
  t.same(targetsOf('We will attend the Ukraine Recovery Conference in Rome next month.'), [])
  t.same(targetsOf('We will host the Ukraine Reconstruction Conference in 2026.'), [])
  t.same(targetsOf('We will support the Ukraine recovery.'), ['ukraine'], 'a noun of its own')
  t.same(targetsOf('We will train the Ukrainian Armed Forces.'), ['ukraine'], 'a name of beneficiary nouns')
})

test('a mention before a noun in -ing modifies it; before a verb in -ing it is a target', async (t) => {
  t.same(targetsOf('We will mobilise Ukraine funding and Russia financing.'), [], '"funding", "financing" are nouns')
  t.same(targetsOf('We will work on NATO burden sharing.'), [])
  t.same(targetsOf('We will support Ukraine fighting for its freedom.'), ['ukraine'], '"fighting" is a verb')
})

test('after an article, a mention and an -ing word before a noun both qualify it: "join the NATO negotiating team"', async (t) => {
  t.same(targetsOf('We will join the NATO negotiating team at the conference.'), [], 'a team is joined')
  t.same(targetsOf('We will strengthen the NATO planning process and support Ukraine.'), ['ukraine'])
  t.same(targetsOf('We will support Ukraine defending its freedom.'), ['ukraine'], 'no article: "defending" is a verb')
})

test('a mention before an adjective said of it is the object: "hold Russia accountable"', async (t) => {
  t.same(targetsOf('We will hold Russia accountable for its crimes.'), ['russia'])
  t.same(targetsOf('We will keep Ukraine safe.'), ['ukraine'])
  t.same(targetsOf('We will fight the consequences of this Russian war.'), [], 'a demonym before a noun still modifies it')
})

test('after "help", "let" or "make", a mention followed by a bare verb is the object: "help Ukraine repair"', async (t) => {
  t.same(targetsOf('The EU will help Ukraine repair its energy grid.'), ['ukraine'])
  t.same(targetsOf('We will not let Russia win this war.'), ['russia'])
  t.same(targetsOf('We will make Russia pay for the destruction.'), ['russia'])
  t.same(targetsOf('We will help NATO members spend more.'), [], 'a plural noun after it: the mention modifies it')
  t.same(targetsOf('We will study Ukraine repair needs.'), [], 'another verb: the rule does not apply')
  t.same(targetsOf('We will continue to help Ukraine strengthen its resilience.'), ['ukraine'], 'a verb after the action: "continue to help"')
  t.same(targetsOf('We will keep helping Ukraine strengthen its resilience.'), ['ukraine'])
  t.same(targetsOf('We will sanction actors that help Russia circumvent sanctions.'), [], 'not in a relative clause')
  t.same(targetsOf('We will do our utmost to help Ukraine join the Union.'), ['ukraine'], 'the purpose of the action: "do our utmost to help"')
  t.same(targetsOf('We will do everything we can to help Ukraine reach this goal.'), ['ukraine'])
  t.same(targetsOf('We will sanction those who continue to help Russia circumvent sanctions.'), [], 'nor in a relative clause with "to"')
})

test('a mention before a determiner heads its noun phrase: "stand by Ukraine every step of the way"', async (t) => {
  t.same(targetsOf('We will stand by Ukraine every step of the way.'), ['ukraine'])
  t.same(targetsOf('We will support Ukraine all the way.'), ['ukraine'])
})

test('a name inside the time phrase is no target: "at the June European Council"', async (t) => {
  const extraActors = [{ id: 'european-council', surfaces: ['European Council'], type: 'institution' as const }]
  t.same(commitmentsOf('We will discuss sanctions against Russia at the June European Council.', { extraActors })[0]?.targetIds, ['russia'])
})

test('a country right before a time or degree word, a list before a bare verb, and the people, places and trade a demonym names are targets', async (t) => {
  const ukraine = { id: 'ukraine', surfaces: ['Ukraine', 'Ukrainian'] }
  const baltics = [{ id: 'estonia', surfaces: ['Estonia'] }, { id: 'latvia', surfaces: ['Latvia'] }, { id: 'lithuania', surfaces: ['Lithuania'] }]
  const targetsOf = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors: [ukraine, ...baltics, { id: 'alexander-lukashenko', surfaces: ['Lukashenko'] }] }).map((c) => c.targetIds)
  t.same(targetsOf('We will support Ukraine next year.'), [['ukraine']])
  t.same(targetsOf('We will bring Ukraine closer.'), [['ukraine']])
  t.same(targetsOf('We will train Ukrainian engineers and teachers.'), [['ukraine']])
  t.same(targetsOf('We will help Estonia, Latvia and Lithuania protect their grids.'), [['estonia', 'latvia', 'lithuania']])
  t.same(targetsOf('We will impose sanctions on the Lukashenko regime.'), [['alexander-lukashenko']])
  t.same(targetsOf('We will condemn the Ukrainian war.'), [[]], 'a war is no beneficiary')
})

test('the first object of a verb of giving is a target when it is a name, not an adjective', async (t) => {
  const extraActors = [{ id: 'moldova', surfaces: ['Moldova', 'Moldovan'] }, { id: 'georgia', surfaces: ['Georgia'] }, { id: 'armenia', surfaces: ['Armenia'] }]
  const targetsOf = (sentence: string): string[][] => commitmentsOf(sentence, { extraActors }).map((c) => c.targetIds)
  t.same(targetsOf('We will give Moldova financial support.'), [['moldova']])
  t.same(targetsOf('We will grant Ukraine candidate status.'), [['ukraine']])
  t.same(targetsOf('We will deny Russia the means to wage its war.'), [['russia']])
  t.same(targetsOf('We will offer Georgia and Armenia a new partnership.'), [['georgia', 'armenia']])
  t.same(targetsOf('We will give Russian assets to Ukraine.'), [['ukraine']], 'an adjective still modifies')
  t.same(targetsOf('We will give Moldovan farmers access.'), [['moldova']], 'a people the adjective names, as before')
  t.same(targetsOf('We will fund Moldovan roads.'), [[]], 'another verb: still a modifier')
})

test('a country before "between" heads its noun phrase', async (t) => {
  t.same(targetsOf('We will support Ukraine between 2026 and 2027.'), ['ukraine'])
})

test('a country before "towards", "amid" or another preposition heads its noun phrase', async (t) => {
  t.same(targetsOf('We will support the efforts of Ukraine and Sweden towards peace.'), ['ukraine', 'sweden'])
  t.same(targetsOf('We will support Ukraine amid the attacks.'), ['ukraine'])
})

test('a meeting in a time phrase with its month after it is no target', async (t) => {
  const extraActors = [{ id: 'european-council', surfaces: ['European Council'], type: 'institution' as const }]
  t.same(commitmentsOf('We will discuss sanctions against Russia at the European Council in June.', { extraActors })[0]?.targetIds, ['russia'])
})

test('civilians, women and patients a demonym names are its people', async (t) => {
  t.same(targetsOf('We will protect Ukrainian civilians.'), ['ukraine'])
  t.same(targetsOf('We will help Ukrainian women and patients.'), ['ukraine'])
})

test('an actor named as a venue after "at" is no target, one aimed at is', async (t) => {
  const wto = { id: 'world-trade-organization', surfaces: ['WTO'], type: 'organisation' as const }
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors: [wto] })[0]?.targetIds
  t.same(targets('We will raise the issue at the WTO.'), [])
  t.same(targets('We will adopt new measures aimed at Russia.'), ['russia'])
})

test('an actor named as a place after "across" or "throughout" is no target', async (t) => {
  t.same(targetsOf('The Commission will map existing stocks across Member States.'), [])
  t.same(targetsOf('We will deploy experts throughout Ukraine.'), [])
  t.same(targetsOf('We will coordinate stockpiles across the EU.'), [])
  t.same(targetsOf('We will support Ukraine across the board.'), ['ukraine'], 'one named before it still is')
})

test('the one acted for "on behalf of" is the holder\'s side, no target', async (t) => {
  t.same(targetsOf('The Commission will attend the commemoration on behalf of the Member States.'), [])
  t.same(targetsOf('We will sign the agreement on behalf of Ukraine and Moldova.'), [])
  t.same(targetsOf('We will support Ukraine on behalf of the Member States.'), ['ukraine'], 'the object still is')
})

test('an actor in a relative clause saying who a person is, is no target', async (t) => {
  const lourenco = { id: 'joao-lourenco', surfaces: ['President João Lourenço'], type: 'person' as const }
  const au = { id: 'african-union', surfaces: ['African Union'], type: 'organisation' as const }
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors: [lourenco, au] })[0]?.targetIds
  t.same(targets('We will meet President João Lourenço, who currently chairs the African Union.'), ['joao-lourenco'])
  t.same(targets('We will meet President João Lourenço, who chairs the African Union, and support Ukraine.'), ['joao-lourenco', 'ukraine'], 'up to its comma')
  t.same(targets('We will extend these sanctions to those who support Russia.'), ['russia'], 'not after a word that names no one')
})

test('"in" after a country\'s people or places ties them to it, as its adjective does: "for farmers in Spain, Portugal and Greece"', async (t) => {
  const extraActors = ['Spain', 'Portugal', 'Greece', 'Croatia', 'Poland'].map((name) => ({ id: name.toLowerCase(), surfaces: [name] }))
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  t.same(targets('The Commission will mobilise €47 million from the agricultural reserve for farmers in Spain, Portugal and Greece.'), ['spain', 'portugal', 'greece'])
  t.same(targets('We will support farmers in Croatia.'), ['croatia'], 'a direct object')
  t.same(targets('We will work with farmers in Poland.'), [], 'partners, as before')
  t.same(targets('We will not deploy troops in Ukraine.'), [], 'troops are only where they are')
  t.same(targets('We will hold the conference in Poland.'), [], 'a place, as before')
})

test('"in" after a word of investing names where the money goes, a target: "invest in Kenya\'s energy transition"', async (t) => {
  const extraActors = ['Mexico', 'Kenya', 'Belgium', 'Peru'].map((name) => ({ id: name.toLowerCase(), surfaces: [name] }))
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  t.same(targets('The EU will mobilise EUR 3.4 billion of investment in Mexico.'), ['mexico'])
  t.same(targets("We will invest in Kenya's energy transition."), ['kenya'])
  t.same(targets("We will invest in Kenya's digital transition."), ['kenya'], 'a possessive right after that "in" is whose the thing invested in is')
  t.same(targets("We will fight the consequences of Kenya's drought."), [], 'elsewhere a possessive still modifies its noun')
  t.same(targets('The EU will invest EUR 1.2 billion in Kenya and Mexico.'), ['kenya', 'mexico'], 'past the amount, and a list')
  t.same(targets('We will meet in Belgium next week.'), [], 'where a meeting is, a place')
  t.same(targets('We will present the plan at the summit in Peru.'), [], 'where a summit is, a place')
  t.same(targets('We will not deploy troops in Kenya.'), [], 'other verbs\' "in", a place')
})

test('a country\'s police and justice are its own: "support the Moroccan police", "judges and prosecutors in Poland"', async (t) => {
  const extraActors = [{ id: 'morocco', surfaces: ['Moroccan'] }, { id: 'albania', surfaces: ['Albanian'] }, { id: 'poland', surfaces: ['Poland'] }, { id: 'kosovo', surfaces: ['Kosovo'] }]
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  t.same(targets('The EU will support the Moroccan police in the fight against terrorism.'), ['morocco'])
  t.same(targets('We will train Ukrainian police officers and prosecutors.'), ['ukraine'])
  t.same(targets('We will support the Albanian judiciary in the vetting process.'), ['albania'])
  t.same(targets('The Commission will support judges and prosecutors in Poland.'), ['poland'])
  t.same(targets('We will deploy police in Kosovo.'), [], 'police deployed are only where they are, as troops')
})

test('where a journey goes is a place, no target: "travel to Ireland and to Poland"', async (t) => {
  const extraActors = ['Ireland', 'Poland'].map((name) => ({ id: name.toLowerCase(), surfaces: [name] }))
  const found = (sentence: string): Array<[string, string[]]> => commitmentsOf(sentence, { extraActors }).map((c) => [c.action, c.targetIds])
  t.same(found('In the coming weeks, I will also travel to Ireland and to Poland to meet young farmers and their organisations.'), [['travel', []]])
  t.same(found('We will be travelling to Ukraine, Poland and Ireland next week.'), [['travel', []]], 'a list of destinations')
  t.same(found('We will travel to Kyiv to support Ukraine.'), [['travel', ['ukraine']]], 'the purpose\'s object still is one')
  t.same(found('We will return the children to Ukraine.'), [['return', ['ukraine']]], 'to whom a thing goes, as before')
  t.same(found('We will send aid to Ukraine.'), [['send', ['ukraine']]])
})

test('the place a verb of connecting joins a name to is no target: "link Moldova to Romania and Ukraine"', async (t) => {
  const extraActors = ['Moldova', 'Romania'].map((name) => ({ id: name.toLowerCase(), surfaces: [name] }))
  const found = (sentence: string): Array<[string, string[]]> => commitmentsOf(sentence, { extraActors }).map((c) => [c.action, c.targetIds])
  t.same(found('We will invest in the roads that link Moldova to Romania and Ukraine.'), [['invest', []]])
  t.same(found('We will connect Moldova to Romania and Ukraine.'), [['connect', ['moldova']]], 'what is connected still is one')
  t.same(found('We will build the interconnectors linking Moldova to Romania.'), [['build', ['moldova']]], 'Moldova, joined, is one; Romania is not')
  t.same(found('We will send aid to Ukraine and Moldova.'), [['send', ['ukraine', 'moldova']]], 'to whom a thing goes, as before')
})

test('adjectives joined by "and" share the noun after the last: "the Polish and Danish Presidencies"', async (t) => {
  const extraActors = [{ id: 'poland', surfaces: ['Poland', 'Polish'] }, { id: 'denmark', surfaces: ['Denmark', 'Danish'] }, { id: 'moldova', surfaces: ['Moldova', 'Moldovan'] }]
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  t.same(targets('The Commission will continue to support the Polish and Danish Presidencies.'), [], 'as "the Polish Presidency" names no target')
  t.same(targets('The Commission will continue to support the Polish Presidency.'), [])
  t.same(targets('We will fight this Russian and Moldovan war.'), [], 'as "this Russian war"')
  t.same(targets('We will support the Polish, Danish and Ukrainian people.'), ['poland', 'denmark', 'ukraine'], 'a noun for the people keeps them all')
  t.same(targets('We will support Moldova and Polish farmers.'), ['moldova', 'poland'], 'a name is no adjective')
})

test('a word of an actor\'s name points at no one: "with ... the Africa Centres for Disease Control and Prevention (Africa CDC)"', async (t) => {
  const extraActors = [
    { id: 'who', surfaces: ['WHO'], type: 'organisation' as const },
    { id: 'africa-cdc', surfaces: ['Africa Centres for Disease Control and Prevention', 'Africa CDC'], type: 'organisation' as const },
    { id: 'iarc', surfaces: ['International Agency for Research on Cancer', 'IARC'], type: 'organisation' as const }
  ]
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  t.same(targets('We will work closely with the WHO and the Africa Centres for Disease Control and Prevention (Africa CDC) to deliver these vaccines.'), [],
    'partners after "with", whose name\'s "for" is no pointer')
  t.same(targets('We will support the Africa Centres for Disease Control and Prevention (Africa CDC).'), ['africa-cdc'], 'a direct object stays one')
  t.same(targets('We will fund the International Agency for Research on Cancer (IARC) in Lyon.'), ['iarc'])
})

test('a possessive before a noun of its own undertaking is the one acted for, as "the efforts of" it is: "support the African Union\'s efforts"', async (t) => {
  const extraActors = [{ id: 'african-union', surfaces: ['African Union'], type: 'organisation' as const }]
  const targets = (sentence: string): string[] | undefined => commitmentsOf(sentence, { extraActors })[0]?.targetIds
  // Near-misses first: a possessive before any other noun still modifies it.
  t.same(targets("We will fight the consequences of Russia's war."), [], 'a war is no undertaking one acts for')
  t.same(targets("We will attend the African Union's summit in Addis Ababa."), [], 'an event')
  t.same(targets('We will support African efforts towards peace.'), [], 'an adjective of a continent is no possessive')
  t.same(targets('We will support the efforts of the African Union towards peace in Sudan.'), ['african-union'], 'the "of" form, as before')
  t.same(targets("The European Union will continue to support the African Union's efforts towards peace in Sudan."), ['african-union'])
  t.same(targets("We will back Ukraine's reform plan and Ukraine's work on accession."), ['ukraine'])
  t.same(targets("We will counter Russia's efforts to circumvent sanctions."), ['russia'], 'acted upon, too')
})

test('a country\'s energy is its trade, as its oil and gas are: "imports of Russian LNG", "support Ukraine\'s energy system"', async (t) => {
  t.same(targetsOf('The Commission will present a roadmap to phase out all remaining imports of Russian energy.'), ['russia'])
  t.same(targetsOf('We will address the spot market for Russian LNG first.'), ['russia'])
  t.same(targetsOf("The EU will continue to support Ukraine's energy system."), ['ukraine'])
  t.same(targetsOf('We will replace Russian fuels and Russian uranium.'), ['russia'])
  t.same(targetsOf('We will attend the Ukraine Energy Forum in Kyiv.'), [], 'a name that goes on past it is still a name')
  t.same(targetsOf('We will study the Russian power struggle.'), [], '"power" is no such noun')
})

test('a possessive or adjective before a compound whose head is a beneficiary noun is a target: "Ukraine\'s power grid"', async (t) => {
  t.same(targetsOf("We will help repair Ukraine's power grid."), ['ukraine'])
  t.same(targetsOf('We will phase out imports of Russian pipeline gas.'), ['russia'])
  t.same(targetsOf('We will support Ukrainian refugee children.'), ['ukraine'])
  t.same(targetsOf("We will document Russia's war crimes."), [], 'a compound of other nouns stays a modifier')
  t.same(targetsOf('We will counter Russian disinformation campaigns against citizens.'), [], 'the compound ends at its head')
})
