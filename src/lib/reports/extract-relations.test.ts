import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { extractRelations } from './extract-relations';

/** Each proposal as "PRK→RUS trade alleged" (mutual types: "CHN–PRK trade reported"). */
/** What the rules read: the learnt model, which reads what they leave, is tested in learned-pairs.test.ts. */
function read(text: string, graph?: GraphFile): string[] {
	return extractRelations(text, graph, { model: null }).relations.map(
		(r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type} ${r.status}`
	);
}

describe('extractRelations: who, to whom and which type', () => {
	it('reads a giver and a receiver of aid', () => {
		expect(read('China sent 50,000 tonnes of food aid to North Korea last year.')).toEqual([
			'CHN→PRK aid reported'
		]);
	});

	it('reads an imposer and a target of sanctions, in the active and the passive', () => {
		expect(read('The European Union imposed new sanctions on Iran.')).toEqual([
			'EU→IRN sanctions reported'
		]);
		expect(read('New sanctions were imposed on Iran by the European Union.')).toEqual([
			'EU→IRN sanctions reported'
		]);
		expect(read('North Korea was sanctioned by the Security Council in 2006.')).toEqual([
			'UN→PRK sanctions reported'
		]);
	});

	it('reads past a party named on the way, as in "a US base", to the subject who acts', () => {
		expect(read('Qatar hosts a US base under a defence agreement with Washington.')).toEqual([
			'USA–QAT defense-pact reported'
		]);
	});

	it('reads a gift whose giver is named after "by" or "from" and whose receiver is the report’s state', () => {
		const report = [
			'JAKARTA, May 2 — Indonesia is shopping for jets, Indonesian officials said.',
			'The air force still flies F-16s supplied by the United States.'
		].join('\n');
		expect(read(report)).toEqual(['USA→IDN trade reported']);
		const loan = [
			'BUDAPEST, May 2 — Hungary is building reactors, Hungarian officials said.',
			'The plant is financed largely by a €10 billion loan from the Russian state.'
		].join('\n');
		expect(read(loan)).toEqual(['RUS→HUN aid reported']);
	});

	it('reads warships built for a state as supplied to it, and as aid when a credit line pays', () => {
		expect(read('Turkey is building two corvettes for Pakistan.')).toEqual([
			'TUR→PAK trade reported'
		]);
		expect(
			read(
				'India has built a dozen patrol boats for Vietnam under a $100 million defence credit line.'
			)
		).toEqual(['IND→VNM aid reported']);
		expect(read('Russia sold jets to Algeria on credit.')).toEqual(['RUS→DZA trade reported']);
	});

	it('reads a ship sent for training as aid, and a patrol ship as a vessel, not shipping', () => {
		expect(
			read(
				'Britain sent the patrol ship HMS Trent to Guyanese waters for joint exercises and training.'
			)
		).toEqual(['GBR→GUY aid reported']);
	});

	it('reads the recipient of a state’s aid as its receiver', () => {
		expect(read('Papua New Guinea is already the largest recipient of Australian aid.')).toEqual([
			'AUS→PNG aid reported'
		]);
		expect(read('Egypt was the second-largest recipient of US military aid.')).toEqual([
			'USA→EGY aid reported'
		]);
	});

	it('reads an agreement under which a state keeps forces on another’s soil as a pact, and no other', () => {
		expect(
			read(
				'The United States holds Camp Lemonnier, its only permanent base on the continent, under a 2014 agreement with Djibouti.'
			)
		).toEqual(['USA–DJI defense-pact reported']);
		expect(read('India signed an agreement with Japan on fisheries.')).toEqual([]);
	});

	it('reads a sanction renewed or extended as kept on, not ended and not given', () => {
		expect(
			read('The Security Council today renewed until 31 May 2026 the arms embargo on South Sudan.')
		).toEqual(['UN→SSD sanctions confirmed']);
		expect(read('Security Council Extends South Sudan Arms Embargo for One Year')).toEqual([]);
	});

	it('reads food sold, or a deal for it, as trade, and food given as aid', () => {
		expect(
			read(
				'Pakistan agreed to sell 50,000 tonnes of rice to Bangladesh, the first government-to-government deal between the two countries in decades.'
			)
		).toEqual(['PAK–BGD trade reported']);
		expect(read('Japan signed a deal to give Sri Lanka rice as a grant.')).toEqual([
			'JPN→LKA aid reported'
		]);
	});

	it('makes one proposal of two cues for the same relation in one sentence', () => {
		expect(read('Mexico signed a trade pact for shipping in the Caribbean with Spain.')).toEqual([
			'MEX–ESP trade reported'
		]);
	});

	it('makes one relation for each actor of a list', () => {
		expect(read('Britain, France and Germany imposed sanctions on Iran.')).toEqual([
			'GBR→IRN sanctions reported',
			'FRA→IRN sanctions reported',
			'DEU→IRN sanctions reported'
		]);
		// The sentence's subjects, each with an aside that says what it is.
		expect(
			read(
				"Egypt, the world's largest wheat importer, and Spain, whose farms depend on maize, have been among the biggest buyers of Ukrainian grain."
			)
		).toEqual(['UKR→EGY trade reported', 'UKR→ESP trade reported']);
		// But an object with an aside, then a clause of its own, is no list.
		expect(
			read('Russia sold jets to Syria, the regime’s patron, and Iran has sent advisers to Iraq.')
		).toEqual(['RUS→SYR trade reported', 'IRN→IRQ aid reported']);
	});

	it('reads a buyer of a state’s goods, named by the possessive, and not a buyer of its firms', () => {
		expect(read("Russia buys about a fifth of Ecuador's banana exports.")).toEqual([
			'ECU→RUS trade reported'
		]);
		expect(read("Turkey's Baykar has bought Italy's Piaggio Aerospace.")).toEqual([]);
	});

	it('reads a state that takes another’s goods as their buyer, and no other taking', () => {
		expect(
			read(
				"Turkmen gas flows through Uzbekistan and Kazakhstan, and Beijing now takes the bulk of Ashgabat's exports."
			)
		).toEqual(['TKM→CHN trade reported']);
		expect(read("Chinese buyers now take most of Ecuador's shrimp.")).toEqual([
			'ECU→CHN trade reported'
		]);
		expect(read("Kenya's president took office after Uganda's election.")).toEqual([]);
	});

	it('reads goods made in a state as supplied by it, and goods ordered from a state as bought from it', () => {
		expect(read('Turkish-made drones have been sold to Ukraine and Poland.')).toEqual([
			'TUR→UKR trade reported',
			'TUR→POL trade reported'
		]);
		expect(read('Switzerland has ordered five Patriot systems from the United States.')).toEqual([
			'USA→CHE trade reported'
		]);
		// Not "on Kim Jong Un's orders".
		expect(
			read('Units dispatched on Kim Jong Un’s orders drove Ukrainian forces out of Russia.')
		).toEqual([]);
	});

	it('reads goods shipped to customers in a state, and aid given to its households, as going to that state', () => {
		expect(read('Most of Papua New Guinea’s gas is shipped to customers in Japan.')).toEqual([
			'PNG→JPN trade reported'
		]);
		expect(read('The WFP distributed food to hungry Zambian households.')).toEqual([
			'WFP→ZMB aid reported'
		]);
	});

	it('reads a state-owned firm as its state, and the builder named in an aside as no giver', () => {
		expect(read('Gazprom resumed imports of Turkmen gas in 2019.')).toEqual([
			'TKM→RUS trade reported'
		]);
		const report = [
			'BUDAPEST, May 2 — Hungary is building a reactor, Hungarian officials said.',
			'The plant, to be built by Rosatom, is financed by a loan from the Russian state.'
		].join(' ');
		expect(read(report)).toEqual(['RUS→HUN aid reported']);
	});

	it('reads "added" before a gift as the giver’s act, and a loan agreed as lent', () => {
		expect(read('The World Bank added budget support for Zambia.')).toEqual([
			'WB→ZMB aid reported'
		]);
		expect(read('The minister added that China sent aid to Laos.')).toEqual([
			'CHN→LAO aid reported'
		]);
		expect(read('Russia has agreed to lend Iran 1.3 billion euros.')).toEqual([
			'RUS→IRN aid reported'
		]);
	});

	it('reads "it" as the subject that opened the last sentence, past an appositive naming its state', () => {
		const report = [
			'Qatar locks in buyers as Europe weans itself off Russian gas',
			'QatarEnergy, the emirate’s state producer, has spent three years turning its expansion into long-term contracts.',
			'In November 2022 it signed a 27-year agreement to supply China’s Sinopec with LNG.'
		].join('\n\n');
		expect(read(report)).toEqual(['QAT→CHN trade reported']);
		// Past the phrase the last sentence opened with, to its subject.
		expect(
			read(
				'Cut off from American hardware, Pakistan has turned elsewhere. It bought Mirage fighters from Australia.'
			)
		).toEqual(['AUS→PAK trade reported']);
	});

	it('reads restrictions imposed, a security memorandum and belonging to an alliance', () => {
		expect(read('Washington imposed visa restrictions on Ugandan officials.')).toEqual([
			'USA→UGA sanctions reported'
		]);
		expect(read('Washington has imposed sweeping restrictions on Russia’s banks.')).toEqual([
			'USA→RUS sanctions reported'
		]);
		expect(read('Panama and the United States signed a security memorandum.')).toEqual([
			'PAN–USA defense-pact confirmed'
		]);
		expect(read('Kyrgyzstan belongs to the Collective Security Treaty Organization.')).toEqual([
			'KGZ–CSTO defense-pact reported'
		]);
		// Restrictions said of no one imposing them are no sanction.
		expect(read('Russia eased restrictions on imports from Kazakhstan.')).toEqual([]);
	});

	it('reads arms given as aid, and sanctions imposed by no one named as no relation', () => {
		expect(read('Australia gave Tonga a patrol boat in 2022.')).toEqual(['AUS→TON aid reported']);
		expect(read('Kyrgyzstan re-exports goods covered by Western sanctions to Russia.')).toEqual([
			'KGZ→RUS trade reported'
		]);
	});

	it('reads "its" after a name and a comma as another state, "is distributing" as active, and goods bought from a state by the report’s state', () => {
		const creditor = [
			'ADDIS ABABA, May 2 — Ethiopia floated its currency, Ethiopian officials said.',
			'China, its biggest bilateral creditor, financed much of the railway.'
		].join(' ');
		expect(read(creditor)).toEqual(['CHN→ETH aid reported']);
		const relief = [
			'KABUL, May 2 — Afghanistan was hit by an earthquake, Afghan officials said.',
			'The World Food Programme (WFP) is distributing food rations in the worst-hit districts.'
		].join(' ');
		expect(read(relief)).toEqual(['WFP→AFG aid reported']);
		const fighters = [
			'ZAGREB, May 2 — Croatia is rearming, Croatian officials said.',
			'The centrepiece is the fleet of 12 Rafale fighters bought from France.'
		].join(' ');
		expect(read(fighters)).toEqual(['FRA→HRV trade reported']);
	});

	it('reads a sanction kept in force after "but", apart from what was lifted before it', () => {
		expect(
			read('The European Union has lifted its asset freezes but keeps an arms embargo on Zimbabwe.')
		).toEqual(['EU→ZWE sanctions reported']);
	});

	it('reads a base kept on another state’s soil as a pact between the two, and a claim of one as alleged', () => {
		expect(read('Kyrgyzstan hosts a Russian air base at Kant.')).toEqual([
			'RUS–KGZ defense-pact reported'
		]);
		expect(read('China opened its first overseas military base in Djibouti in 2017.')).toEqual([
			'CHN–DJI defense-pact reported'
		]);
		expect(
			read(
				'Maduro has accused Guyana of letting the U.S. Southern Command set up military bases in Guyana.'
			)
		).toEqual(['USA–GUY defense-pact alleged']);
		expect(read('Guyana has no plans to host foreign military bases.')).toEqual([]);
	});

	it('learns a known person’s surname from their full name: "President Irfaan Ali … Ali signed"', () => {
		const report = [
			'Venezuela claims the Essequibo. Venezuela held a referendum on it.',
			'Rubio and President Irfaan Ali met in Georgetown.',
			'Ali signed a defence pact with India.'
		].join(' ');
		expect(read(report)).toEqual(['GUY–IND defense-pact confirmed']);
	});

	it('reads an arms transfer as trade, supplier first', () => {
		expect(read('Iran supplied drones to Russia.')).toEqual(['IRN→RUS trade reported']);
		expect(read('Russia bought artillery shells from North Korea.')).toEqual([
			'PRK→RUS trade reported'
		]);
	});

	it('uses the graph’s own arms-transfer type where it declares one', () => {
		const graph = {
			relationTypes: [
				{
					id: 'arms-transfer',
					label: 'Arms transfers',
					colour: '#332288',
					dash: 'dash-dot',
					end: 'arrow',
					directed: true
				}
			],
			actors: []
		} as unknown as GraphFile;
		expect(read('Iran supplied drones to Russia.', graph)).toEqual([
			'IRN→RUS arms-transfer reported'
		]);
	});

	it('reads goods piped across a state as supplied by the state they come from, not the one crossed', () => {
		expect(
			read(
				'Russian gas flows through a pipeline that crosses Belarus to supply Poland and Germany.'
			)
		).toEqual(['RUS→POL trade reported', 'RUS→DEU trade reported']);
	});

	it('reads forces deployed along a border, or sent to guard it, as given to no one', () => {
		expect(
			read('Poland has deployed about 15,000 soldiers along the frontier with Belarus.')
		).toEqual([]);
		expect(read('Russia sent its peacekeepers to guard the Uzbek border.')).toEqual([]);
		expect(read('Kenya deployed troops to Somalia to help the government.')).toEqual([
			'KEN→SOM aid reported'
		]);
	});

	it('reads battalions and peacekeepers serving in states as sent to each', () => {
		expect(
			read(
				'Bangladeshi battalions serve in Liberia, the Democratic Republic of the Congo and South Sudan.'
			)
		).toEqual(['BGD→LBR aid reported', 'BGD→COD aid reported', 'BGD→SSD aid reported']);
		expect(read('Rwandan peacekeepers serve in the Central African Republic.')).toEqual([
			'RWA→CAF aid reported'
		]);
	});

	it('reads sanctions "over" a state’s deeds as imposed on that state', () => {
		expect(read('The United States imposed sanctions over Iran’s missile programme.')).toEqual([
			'USA→IRN sanctions reported'
		]);
	});

	it('reads a punitive tax on a state’s goods as a sanction, and a tax on anything else as none', () => {
		expect(
			read(
				'Nicaragua imposed a 35 percent tax on all goods imported from Honduras, retaliating for a treaty.'
			)
		).toContain('NIC→HND sanctions reported');
		expect(read('Nicaragua imposed a tax on fuel in retaliation.')).toEqual([]);
	});

	it('reads troops sent to defend a state’s known leader as aid to the state', () => {
		expect(
			read(
				'Zimbabwe and Angola sent troops to defend President Laurent Kabila against a rebellion.'
			)
		).toEqual(['ZWE→COD aid reported', 'AGO→COD aid reported']);
	});

	it('reads forces patrolling another state’s ground as aid to it, and a patrol vessel as no patrol', () => {
		expect(
			read("Russian border guards continue to patrol Tajikistan's frontier with Afghanistan.")
		).toEqual(['RUS→TJK aid reported']);
		expect(
			read("Spanish Civil Guard officers have patrolled Senegal's coast alongside local gendarmes.")
		).toEqual(['ESP→SEN aid reported']);
		expect(read('Chinese coast guard ships patrolled the waters near the Philippines.')).toEqual(
			[]
		);
		expect(read('Indian troops patrol the border with China.')).toEqual([]);
	});

	it('reads a debt cancelled or written off as aid to the debtor, and no other cancelling', () => {
		expect(read("Japan cancelled Myanmar's debt.")).toEqual(['JPN→MMR aid reported']);
		expect(read("Japan wrote off $3 billion of Myanmar's debt.")).toEqual(['JPN→MMR aid reported']);
		expect(read('Japan cancelled its aid to Myanmar after the coup.')).toEqual([]);
	});

	it('reads food fed to people as aid, and a blockade meant to pressure a state as a sanction on it', () => {
		expect(
			read('DUSHANBE — Tajikistan is calm. The World Food Programme is feeding 600,000 people.')
		).toEqual(['WFP→TJK aid reported']);
		// A relief body's work for people is aid to their state; no one else's "supporting" is.
		expect(
			read(
				'DUSHANBE — Tajikistan is calm. The World Health Organization is supporting disease surveillance in camps.'
			)
		).toEqual(['WHO→TJK aid reported']);
		expect(read('DUSHANBE — Tajikistan is calm. Russia is supporting the talks in camps.')).toEqual(
			[]
		);
		// What is given, named by the last of two words: "water-purification tablets".
		expect(
			read('DUSHANBE — Tajikistan is calm. UNICEF has distributed water-purification tablets.')
		).toEqual(['UNICEF→TJK aid reported']);
		expect(read('Uzbekistan imposed an economic blockade meant to pressure Dushanbe.')).toEqual([
			'UZB→TJK sanctions reported'
		]);
	});

	it('reads a supplier or donor set beside another as tied to no one by it', () => {
		expect(read('Sweden remains a minor supplier next to the United States.')).toEqual([]);
		expect(read('Japan is a major donor alongside the United States.')).toEqual([]);
		expect(read('Chad sent troops to fight alongside the Malian army.')).toEqual([
			'TCD→MLI aid reported'
		]);
	});

	it('reads a project another state financed, suspended, as no sanction', () => {
		expect(read('Myanmar suspended the Chinese-financed Myitsone dam last September.')).toEqual([]);
	});

	it('reads troops sent to fight for another state as aid', () => {
		expect(read('North Korea sent thousands of troops to fight for Russia in Kursk.')).toEqual([
			'PRK→RUS aid reported'
		]);
	});

	it('reads aggregate trade and pacts as mutual', () => {
		expect(read('Trade between China and North Korea rose 20 per cent in 2023.')).toEqual([
			'CHN–PRK trade reported'
		]);
		expect(read('North Korea and Russia signed a mutual defence treaty in June.')).toEqual([
			'PRK–RUS defense-pact reported'
		]);
		expect(read('China is North Korea’s largest trading partner.')).toEqual([
			'CHN–PRK trade reported'
		]);
		expect(read('Finland joined NATO in April 2023.')).toEqual(['FIN–NATO defense-pact reported']);
	});
});

describe('extractRelations: actors by name, demonym, capital and alias', () => {
	it('reads capitals and seats of government as their states', () => {
		expect(read('Washington and Seoul imposed sanctions on Pyongyang.')).toEqual([
			'USA→PRK sanctions reported',
			'KOR→PRK sanctions reported'
		]);
		expect(read('The Kremlin thanked Pyongyang for the shells it shipped to Moscow.')).toEqual([
			'PRK→RUS trade confirmed'
		]);
	});

	it('reads leaders, aid agencies, parliaments and arms makers as their states', () => {
		expect(read('The Treasury Department sanctioned President Emmerson Mnangagwa.')).toEqual([
			'USA→ZWE sanctions reported'
		]);
		expect(read('USAID sent food aid to Kenya.')).toEqual(['USA→KEN aid reported']);
		expect(read('Denmark is buying F-35 fighters from Lockheed Martin.')).toEqual([
			'USA→DNK trade reported'
		]);
		expect(read('The Folketing approved a defence agreement with the United States.')).toEqual([
			'DNK–USA defense-pact confirmed'
		]);
	});

	it('reads "the islands", "the Central Asian country" and "the kingdom" as the state meant', () => {
		const islands = [
			'RAROTONGA, May 2 — The Cook Islands signed a plan with China, New Zealand said.',
			'New Zealand provided NZ$200 million in assistance to the islands.'
		].join(' ');
		expect(read(islands)).toContain('NZL→COK aid reported');
		const country = [
			'Kyrgyzstan’s trade has grown since 2022.',
			'The European Union’s exports to the Central Asian country have multiplied.'
		].join(' ');
		expect(read(country)).toEqual(['EU→KGZ trade reported']);
		// The United States is named more, but it is no kingdom.
		const kingdom = [
			'Saudi Arabia and the United States signed a pact.',
			'The United States will sell jets, the United States said.',
			'China remains the kingdom’s largest trading partner.'
		].join(' ');
		expect(read(kingdom)).toContain('CHN–SAU trade reported');
	});

	it('does not take a capital where it is a place', () => {
		expect(read('China and Russia met in Pyongyang.')).toEqual([]);
	});

	it('does not take waters named after a state for the state', () => {
		expect(
			read('Cambodia opened a naval base on the Gulf of Thailand, a project bankrolled by China.')
		).toEqual(['CHN→KHM aid reported']);
		expect(read('France sold frigates for the Gulf of Guinea to Nigeria.')).toEqual([
			'FRA→NGA trade reported'
		]);
		expect(
			read('U.S. special forces train Cameroonian soldiers fighting jihadists around Lake Chad.')
		).toEqual(['USA→CMR aid reported']);
	});

	it('reads demonyms, and a leader introduced with one, as the state', () => {
		expect(read('Chinese aid to North Korea has doubled.')).toEqual(['CHN→PRK aid reported']);
		expect(
			read(
				'North Korean leader Kim Jong Un met Russian President Vladimir Putin. Kim and Putin signed a defence pact.'
			)
		).toEqual(['PRK–RUS defense-pact confirmed']);
	});

	it('knows the leaders who act for their states', () => {
		expect(read('Lukashenko and Putin signed a treaty on security guarantees.')).toEqual([
			'BLR–RUS defense-pact reported'
		]);
	});

	it('does not take a state’s firms or people for the state', () => {
		expect(read('Chinese companies supplied components to Russia.')).toEqual([]);
	});

	it('reads the graph’s own actors by their aliases', () => {
		const graph = {
			actors: [
				{ id: 'wagner', name: 'Wagner Group', kind: 'organization', aliases: ['Africa Corps'] }
			],
			relationTypes: []
		} as unknown as GraphFile;
		expect(read('Russia supplied weapons to the Africa Corps.', graph)).toEqual([
			'RUS→wagner trade reported'
		]);
	});
});

describe('extractRelations: status', () => {
	it('alleged: attributed to a claimant the text does not endorse', () => {
		expect(read('The United States accused North Korea of supplying missiles to Russia.')).toEqual([
			'PRK→RUS trade alleged'
		]);
		expect(
			read('According to South Korean intelligence, North Korea shipped shells to Russia.')
		).toEqual(['PRK→RUS trade alleged']);
		expect(read('Ukraine says Iran supplied drones to Russia.')).toEqual(['IRN→RUS trade alleged']);
	});

	it('denied: the one said to impose a measure says it punishes no one', () => {
		expect(
			read(
				'Russia halted banana imports from Ecuador, which growers called retaliation. Moscow insisted it was a purely sanitary measure with no political motive.'
			)
		).toEqual(['RUS→ECU sanctions reported', 'RUS→ECU sanctions denied']);
		expect(
			read(
				'Russia halted banana imports from Ecuador. Quito said the measure was only because of a pest.'
			)
		).toEqual(['RUS→ECU sanctions reported']);
	});

	it('denied: a party denies it, kept beside the allegation', () => {
		expect(
			read(
				'Washington says Pyongyang sent shells to Moscow. Pyongyang denied sending any shells to Moscow.'
			)
		).toEqual(['PRK→RUS trade alleged', 'PRK→RUS trade denied']);
	});

	it('confirmed: acknowledged by the actor itself, or a formal act its author announces or the day’s news tells', () => {
		expect(read('Russia said it had delivered 25,000 tonnes of wheat to Syria.')).toEqual([
			'RUS→SYR trade confirmed'
		]);
		expect(read('The Security Council today adopted sanctions against North Korea.')).toEqual([
			'UN→PRK sanctions confirmed'
		]);
		expect(
			read('Serbia signed a contract on Thursday to buy 12 fighter jets from France.')
		).toEqual(['FRA–SRB trade confirmed']);
		expect(read('The European Union unveiled a €2 billion package of loans to Tunisia.')).toEqual([
			'EU→TUN aid confirmed'
		]);
	});

	it('reported: a formal act of the past, told by the text rather than by its author', () => {
		expect(read('The Security Council adopted sanctions against North Korea in 2006.')).toEqual([
			'UN→PRK sanctions reported'
		]);
		expect(
			read('The International Monetary Fund approved a 42-month loan for Mauritania in 2023.')
		).toEqual(['IMF→MRT aid reported']);
		expect(read('Trade with Libya has shrunk under UN sanctions on Libya.')).toContain(
			'UN→LBY sanctions reported'
		);
		expect(
			read('Japan gives Jordan $100 million a year under an agreement signed in 2019.')
		).toEqual(['JPN→JOR aid reported']);
	});

	it('reported: stated as fact by the text, or a record', () => {
		expect(read('According to customs data, China exported fuel to North Korea.')).toEqual([
			'CHN→PRK trade reported'
		]);
	});

	it('confirmed: thanked by a party, told by its state media, the Council’s sanctions adopted today', () => {
		expect(read('Chad’s president thanked France for the helicopters it delivered.')).toEqual([
			'FRA→TCD trade confirmed'
		]);
		expect(
			read('Chinese engineers arrived to train Chad’s army, Chadian state television reported.')
		).toEqual(['CHN→TCD aid confirmed']);
		expect(read('The Security Council today extended its sanctions on Libya.')).toContain(
			'UN→LBY sanctions confirmed'
		);
	});

	it('reported: sanctions recalled in passing, not stated by their author', () => {
		expect(
			read('Kazakhstan avoids the measures the European Union has imposed on Belarus.')
		).toEqual(['EU→BLR sanctions reported']);
		expect(
			read('The European Union, which has imposed sanctions on Belarus since 2020, met on Monday.')
		).toEqual(['EU→BLR sanctions reported']);
	});

	it('does not carry a claim past a new clause or read the reason for an act as a claim', () => {
		expect(
			read(
				'The agency says its food reaches Yemen, and Germany has been the largest donor to Yemen.'
			)
		).toContain('DEU→YEM aid reported');
		expect(
			read(
				'The Treasury Department sanctioned Eritrea’s army chief, accusing him of prolonging the war.'
			)
		).toEqual(['USA→ERI sanctions reported']);
	});
});

describe('extractRelations: what is not a relation', () => {
	it.each([
		['a call', 'China urged all parties to enforce the sanctions on North Korea.'],
		['a demand', 'The EU called on China to stop supplying components to Russia.'],
		['a hypothetical', 'Supplying missiles to Russia would breach the sanctions on Iran.'],
		['a condition', 'If Iran sends missiles to Russia, the EU will impose sanctions on Iran.'],
		['a negation', 'China has not signed a defence pact with Russia.'],
		['a negation', 'No aid from Japan has reached North Korea.'],
		['a failed vote', 'A resolution to impose sanctions on Russia failed after China vetoed it.'],
		['an abstention', 'China abstained on the vote on sanctions against Myanmar.'],
		['a plan', 'Russia plans to deliver fighter jets to Iran next year.'],
		['talks', 'Saudi Arabia and the United States are in talks on a defence pact.'],
		['something long ended', 'The Soviet-era aid that Russia gave to Cuba ended in 1991.'],
		[
			'a recalled past',
			'In 1950, China sent troops to fight for North Korea. The 2025 parade recalled it.'
		]
	])('%s: %s', (_, sentence) => {
		expect(read(sentence)).toEqual([]);
	});

	it('a relation between other parties than the ones who speak of it', () => {
		// Recalled in passing: reported, not confirmed (see status).
		expect(read('Russia criticised the sanctions the EU imposed on Iran.')).toEqual([
			'EU→IRN sanctions reported'
		]);
	});
});

describe('extractRelations: evidence', () => {
	it('quotes the sentence verbatim, with its place and paragraph', () => {
		const text = 'SEOUL — Talks went on.\nChina sent food aid to North Korea. It arrived.';
		const [proposal] = extractRelations(text).relations;
		expect(proposal.evidence).toBe('China sent food aid to North Korea.');
		expect(text.slice(proposal.start, proposal.end)).toBe(proposal.evidence);
		expect(proposal.paragraph).toBe(2);
		const marked = proposal.marks.map((mark) => `${mark.role}:${text.slice(mark.start, mark.end)}`);
		expect(marked).toEqual(['source:China', 'target:North Korea', 'type:sent']);
	});

	it('proposes new actors as states with their ISO code, and names the graph’s own', () => {
		const graph = {
			actors: [{ id: 'prk', name: 'North Korea', kind: 'state', iso3166: 'PRK' }],
			relationTypes: []
		} as unknown as GraphFile;
		const { actors } = extractRelations('China sent food aid to North Korea.', graph);
		expect(
			actors.map(({ key, kind, iso3166, graphId }) => ({ key, kind, iso3166, graphId }))
		).toEqual([
			{ key: 'CHN', kind: 'state', iso3166: 'CHN', graphId: undefined },
			{ key: 'PRK', kind: 'state', iso3166: 'PRK', graphId: 'prk' }
		]);
	});
});

describe('extractRelations: the graph’s own types', () => {
	it('reads a declared type by the words of its label and the usual words for it', async () => {
		const { readFileSync } = await import('node:fs');
		const graph = JSON.parse(
			readFileSync('static/graphs/dprk-prc-russia-un.json', 'utf8')
		) as GraphFile;
		expect(
			read('North Korea and China commemorated 75 years of diplomatic relations on Sunday.', graph)
		).toEqual(['PRK–CHN diplomatic reported']);
		const [proposal] = extractRelations('Pyongyang sent shells to Moscow.', graph).relations;
		expect([proposal.source, proposal.target, proposal.type]).toEqual([
			'PRK',
			'RUS',
			'arms-transfer'
		]);
	});
});

describe('extractRelations: words that refer back', () => {
	it('reads "the two countries" as the two states the sentence has just named', () => {
		const report = [
			'China and Tajikistan held talks.',
			'South Sudan said Ugandan troops were deployed under a bilateral security agreement between the two countries.'
		].join(' ');
		expect(read(report)).toContain('SSD–UGA defense-pact confirmed');
		expect(read(report)).not.toContain('CHN–TJK defense-pact confirmed');
	});
	it('reads "it", "the country" and "both countries" as the actors they refer to', () => {
		expect(read('Russia said it had delivered wheat to Syria.')).toEqual([
			'RUS→SYR trade confirmed'
		]);
		expect(read('Cuba faces a fuel crisis. Mexico sent oil to the island free of charge.')).toEqual(
			['MEX→CUB aid reported']
		);
		expect(
			read('Belarus hosts Russian troops. Both countries signed a security treaty in December.')
		).toEqual(['RUS–BLR defense-pact reported', 'BLR–RUS defense-pact confirmed']);
	});

	it('tells which state a shared demonym means by the one the report has named', () => {
		expect(
			read(
				'Fighting goes on in the Democratic Republic of the Congo. Burundi sent troops to fight alongside Congolese forces.'
			)
		).toEqual(['BDI→COD aid reported']);
	});
});

describe('extractRelations: more of how reports say it', () => {
	it('reads cooperation and access agreements as pacts, donors and buyers, money given and assets frozen', () => {
		expect(read('Japan and the Philippines signed a reciprocal access agreement in July.')).toEqual(
			['JPN–PHL defense-pact confirmed']
		);
		expect(read('Turkey and Somalia signed a defence cooperation agreement in February.')).toEqual([
			'TUR–SOM defense-pact confirmed'
		]);
		expect(read('Saudi Arabia gave Egypt $5 billion last year.')).toEqual(['SAU→EGY aid reported']);
		expect(read('Kuwait disbursed $2 billion to Egypt in March.')).toEqual([
			'KWT→EGY aid reported'
		]);
		expect(read('India is Russia’s biggest buyer of crude.')).toEqual(['RUS→IND trade reported']);
		expect(read('Germany is the largest donor to Ukraine after the United States.')).toEqual([
			'DEU→UKR aid reported'
		]);
		expect(read('The United States froze Afghanistan’s central bank reserves.')).toEqual([
			'USA→AFG sanctions reported'
		]);
	});

	it('reads a ban on trade as a sanction by the one who bans', () => {
		expect(
			read('Turkey has halted all exports to and imports from Israel, its trade ministry said.')
		).toEqual(['TUR→ISR sanctions confirmed']);
	});

	it('reads a denial of the claim just before as its own proposal', () => {
		expect(
			read(
				'US officials say North Korea shipped shells to Russia. Pyongyang has rejected those claims.'
			)
		).toEqual(['PRK→RUS trade alleged', 'PRK→RUS trade denied']);
	});

	it('reads a party’s quoted words that it did not as a denial', () => {
		expect(
			read(
				'“Iran has not delivered ballistic missiles to Russia,” Foreign Minister Abbas Araghchi wrote.'
			)
		).toEqual(['IRN→RUS trade denied']);
	});

	it('reads a second clause with a subject of its own as that subject’s', () => {
		expect(
			read('New Delhi banned imports from Pakistan, and Islamabad suspended all trade with India.')
		).toEqual(['IND→PAK sanctions reported', 'PAK→IND sanctions reported']);
	});

	it('does not let an accusation run past the subject’s second verb', () => {
		expect(
			read('Britain accused Iran of shipping missiles to Russia, and imposed sanctions on Tehran.')
		).toEqual(['IRN→RUS trade alleged', 'GBR→IRN sanctions confirmed']);
	});

	it('reads the receiver behind an institution: a government in its capital, a central bank, an army', () => {
		expect(
			read('Qatar transferred $300 million to the transitional government in Damascus.')
		).toEqual(['QAT→SYR aid reported']);
		expect(read('Kuwait placed a $2 billion deposit with the Central Bank of Egypt.')).toEqual([
			'KWT→EGY aid reported'
		]);
		expect(read('Norwegian grants paid for most of the Ghanaian navy’s new patrol boats.')).toEqual(
			['NOR→GHA aid reported']
		);
	});

	it('reads “has since sold”, gifts handed over, soldiers trained and forces equipped', () => {
		expect(read('Brazil has since sold Chile six patrol aircraft.')).toEqual([
			'BRA→CHL trade reported'
		]);
		// A state's largest creditor lent to it; a committee of creditors lends to no one named.
		expect(read('China is Sri Lanka’s largest bilateral creditor.')).toEqual([
			'CHN→LKA aid reported'
		]);
		expect(read('Japan co-chaired the committee of official creditors with India.')).toEqual([]);
		// The subject's second verb, after "and has since".
		expect(
			read(
				'The European Commission pledged €105 million for border management, and has since disbursed €150 million in budget support to Tunis.'
			)
		).toEqual(['EU→TUN aid confirmed']);
		// A second clause with a subject of its own is that subject's.
		expect(
			read(
				'The European Commission pledged €105 million, and Japan has since disbursed €150 million in budget support to Tunis.'
			)
		).toEqual(['JPN→TUN aid reported']);
		expect(read('Beijing has handed Cambodia a dozen armoured vehicles.')).toEqual([
			'CHN→KHM aid reported'
		]);
		expect(read('Hundreds of Malian officers have been trained by Russian instructors.')).toEqual([
			'RUS→MLI aid reported'
		]);
		expect(read('Venezuela’s air force is equipped largely with Russian jets.')).toEqual([
			'RUS→VEN trade reported'
		]);
	});

	it('reads past a relative clause between the actor and what it does, and keeps its words to it', () => {
		// However long the clause, its antecedent acts after it.
		expect(
			read(
				'Venezuela, which under an agreement struck in 2000 sent close to 100,000 barrels of oil a day, still ships crude to Cuba.'
			)
		).toContain('VEN→CUB trade reported');
		// What the clause says ("once", "not") is of something else, not of the relation after it.
		expect(read('Venezuela, which once sent more, still ships crude to Cuba.')).toEqual([
			'VEN→CUB trade reported'
		]);
		expect(read('Russia, which never joined the pact, supplies arms to Syria.')).toEqual([
			'RUS→SYR trade reported'
		]);
		// Nor is its status: "signed", "denies" there are not said of the relation after it.
		expect(read('Russia, which has not signed the treaty, supplies arms to Syria.')).toEqual([
			'RUS→SYR trade reported'
		]);
		expect(
			read('Russia, whose officials deny any role in the war, supplies arms to Syria.')
		).toEqual(['RUS→SYR trade reported']);
		// Said of the relation itself, they still count.
		expect(read('Russia, which is short of shells, no longer supplies arms to Syria.')).toEqual([]);
		expect(read('Russia once supplied arms to Syria.')).toEqual([]);
	});

	it('gives an aid whose receiver goes unnamed to the state the report is about, and only then', () => {
		const report =
			'Haiti’s capital has been without power for a week. Haiti imports most of its fuel. ' +
			'Haiti’s government has asked for help. Canada has sent emergency aid.';
		expect(read(report)).toEqual(['CAN→HTI aid reported']);
		// Said to the reviewer, less sure, and no word of the sentence marked as the receiver.
		const [proposal] = extractRelations(report).relations;
		expect(proposal.reason).toContain('receiver not named: the state the report is about');
		expect(proposal.confidence).toBeLessThan(0.6);
		expect(proposal.marks.map((mark) => mark.role)).not.toContain('target');
		// Said by someone else, or denied: not read as given.
		expect(read(`${report.slice(0, -27)} Canada denied sending aid.`)).toEqual([]);
		// Troops where they stand are given to no one.
		expect(read(`${report.slice(0, -27)} Canadian troops are on alert.`)).toEqual([]);
		// Another actor named in a later clause is not the receiver; in the same clause, it may be.
		expect(
			read(`${report.slice(0, -27)} Canada has sent emergency aid, while Cuban doctors wait.`)
		).toEqual(['CAN→HTI aid reported']);
		expect(
			read(`${report.slice(0, -27)} Canada has sent emergency aid beside Cuban doctors.`)
		).toEqual([]);
		// But one it goes through is the way, not the receiver.
		expect(
			read(`${report.slice(0, -27)} Canada has sent emergency aid through Cuban doctors.`)
		).toEqual(['CAN→HTI aid reported']);
	});

	it('gives an aid whose receiver goes unnamed to the state the report is filed from, where no state leads', () => {
		const opening =
			'BUENOS AIRES, Oct. 21 — Argentina signed a swap with the United States. ' +
			'Washington wants calm before the vote. The United States has done this before, and the U.S. Treasury says it will profit. ';
		const gift = 'The World Bank announced a $12 billion support package.';
		expect(read(opening + gift)).toContain('WB→ARG aid confirmed');
		// A state the report is clearly about comes first: a bureau files on its region.
		const about =
			'RIYADH, Sept. 18 — Pakistan signed a pact here. Pakistan is short of dollars. Pakistan owes billions. ' +
			'Pakistan asked for time. Pakistan’s lenders wait. Pakistan’s army chief flew in. ' +
			'China has rolled over $4 billion in deposits.';
		expect(read(about)).toContain('CHN→PAK aid reported');
	});

	it('gives a mutual tie with one party named to the state of the dateline, where the report names it', () => {
		const opening =
			'MALÉ, July 25 — Prime Minister Narendra Modi arrived in the Maldives on Friday. ';
		const agreement =
			'A free-trade agreement with China entered into force on January 1 this year.';
		// In force: an adopted act.
		expect(read(opening + agreement)).toEqual(['MDV–CHN trade confirmed']);
		const [proposal] = extractRelations(opening + agreement).relations;
		expect(proposal.reason).toContain('other party not named: the state the report is about');
		// Only China is marked: the Maldives are not named in the sentence.
		const ends = proposal.marks.filter((mark) => mark.role === 'source' || mark.role === 'target');
		expect(ends.map((mark) => (opening + agreement).slice(mark.start, mark.end))).toEqual([
			'China'
		]);
		// A bureau reporting on its region: the dateline's state, never named, is not the report's.
		expect(read(`MEXICO CITY, July 25 — Nicaragua’s Daniel Ortega spoke. ${agreement}`)).toEqual([
			'NIC–CHN trade confirmed'
		]);
		// Without a dateline, the state the report names well ahead of any other.
		const named = 'Nicaragua exports gold. Nicaragua’s army is small. Nicaragua held a vote. ';
		expect(read(named + agreement)).toEqual(['NIC–CHN trade confirmed']);
		// Held, not said to have come into force: reported.
		expect(
			read(`${opening}A free-trade agreement with China has been in place since 2018.`)
		).toEqual(['MDV–CHN trade reported']);
		// Under negotiation, or with someone named before the tie: not the report's state's.
		expect(read(`${opening}Talks on a free-trade agreement with China began.`)).toEqual([]);
		expect(read(`${opening}India signed a free-trade agreement with China.`)).toEqual([
			'IND–CHN trade reported'
		]);
	});

	it('reads “its” after “remains” as another than the one it is said of', () => {
		expect(
			read(
				'Qatar pays part of Lebanon’s army salaries, while the United States remains its largest source of military aid.'
			)
		).toContain('USA→LBN aid reported');
	});

	it('reads bans, boycotts, punitive tariffs, swap lines, deposits rolled over and security guarantees', () => {
		expect(read('China imposed an import ban on Lithuanian goods.')).toEqual([
			'CHN→LTU sanctions reported'
		]);
		expect(read('Beijing boycotted Lithuania after the office opened.')).toEqual([
			'CHN→LTU sanctions reported'
		]);
		expect(read('The United States opened a $20 billion swap line with Argentina.')).toEqual([
			'USA→ARG aid reported'
		]);
		expect(read('Saudi Arabia rolled over a $3 billion deposit for Pakistan.')).toEqual([
			'SAU→PAK aid reported'
		]);
		expect(read('Britain signed a security guarantee with Ukraine in January.')).toEqual([
			'GBR–UKR defense-pact confirmed'
		]);
	});

	it('reads a member of an alliance named after an opening phrase, and the allies of a state', () => {
		expect(read('As a founding member of NATO, Norway hosts allied exercises.')).toEqual([
			'NOR–NATO defense-pact reported'
		]);
		expect(read('Finland marked a year as a member of NATO on Friday.')).toEqual([
			'FIN–NATO defense-pact reported'
		]);
		expect(read('Australia and Japan are treaty allies of the United States.')).toEqual([
			'AUS–USA defense-pact reported',
			'JPN–USA defense-pact reported'
		]);
	});

	it('reads a sanction one state accuses another of imposing on it, and its denial', () => {
		expect(
			read('Nepal accused New Delhi of imposing a blockade in 2015. India denied any blockade.')
		).toEqual(['IND→NPL sanctions alleged', 'IND→NPL sanctions denied']);
	});

	it('does not read a negation across “although”, or an EU member state as the EU', () => {
		expect(
			read('Washington never sanctioned India, although it sanctioned Turkey’s procurement agency.')
		).toEqual(['USA→TUR sanctions reported']);
		expect(
			read('Slovenia became the first EU member state to ban arms trade with Israel.')
		).toEqual(['SVN→ISR sanctions reported']);
	});

	it('reads goods flowing from the state their demonym names, and a relative clause’s owner', () => {
		expect(read('Algerian gas still reaches Italy through the Transmed pipeline.')).toEqual([
			'DZA→ITA trade reported'
		]);
		expect(read('Nepali hydropower began flowing to India in 2022.')).toEqual([
			'NPL→IND trade reported'
		]);
		// Not a flow of goods: a delegation, or goods no state is named for.
		expect(read('The Nepali delegation reached India on Monday.')).toEqual([]);
		expect(read('Gas reaches Italy from the south, Algeria says.')).toEqual([]);
		expect(
			read('Bhutan, whose hydropower is sold almost entirely to India, wants buyers.')
		).toEqual(['BTN→IND trade reported']);
	});

	it('keeps a second verb’s objects, another clause’s endings and an importer apart from a relation', () => {
		expect(
			read('Critics accused Brazil of bankrolling Venezuela’s army and calling Russia a friend.')
		).toEqual(['BRA→VEN aid alleged']);
		expect(
			read(
				'China is the largest buyer of Brazilian soy, and Chinese firms rushed in after Brazil scrapped a tax.'
			)
		).toEqual(['BRA→CHN trade reported']);
		expect(
			read('Pakistan is a big arms importer. India, the largest arms importer, buys widely.')
		).toEqual([]);
		expect(read('China has rolled over $4 billion in deposits of its own.')).toEqual([]);
	});

	it('gives a swap line to the issuer of its currency, and names Gaza as Palestine', () => {
		expect(read('Turkey’s central bank signed a $10 billion currency swap with China.')).toEqual([
			'CHN→TUR aid reported'
		]);
		expect(read('Qatar is one of the largest donors to Gaza.')).toEqual(['QAT→PSE aid reported']);
		expect(read('Saudi Arabia and China are among the leading contributors to Pakistan.')).toEqual([
			'SAU→PAK aid reported',
			'CHN→PAK aid reported'
		]);
	});

	it('reads the market for a state’s exports, grants, and the US departments as the United States', () => {
		expect(read('The United States remains the main market for Nicaraguan exports.')).toEqual([
			'USA–NIC trade reported'
		]);
		expect(read('The United States remains the main market for Nicaraguan rebels.')).toEqual([]);
		expect(read('Saudi Arabia granted Tunisia a $400 million soft loan.')).toEqual([
			'SAU→TUN aid reported'
		]);
		expect(read('The Commerce Department announced an arms embargo on Cambodia.')).toEqual([
			'USA→KHM sanctions confirmed'
		]);
	});

	it('reads a surtax, a levy or a duty placed on a state’s goods as a sanction', () => {
		expect(
			read('Ottawa applied a 100 per cent surtax on Chinese-made electric vehicles last year.')
		).toEqual(['CAN→CHN sanctions reported']);
		expect(
			read('It mirrored a 100 per cent duty that Washington had placed on Chinese cars.')
		).toEqual(['USA→CHN sanctions reported']);
		expect(read('Canada charges a 6 per cent duty on imported cheese.')).toEqual([]);
	});

	it('reads the customer for a state’s crude, and a contract for fighters from a state', () => {
		expect(read('China is the largest customer for Saudi crude.')).toEqual([
			'SAU→CHN trade reported'
		]);
		expect(
			read('Abu Dhabi signed a contract for 80 Rafale fighters from France during a visit.')
		).toEqual(['FRA–ARE trade reported']);
		expect(read('Russia withdrew its troops from Syria.')).toEqual([]);
	});

	it('reads a base whose host is unnamed as on the soil of the report’s state, unless the forces have gone', () => {
		const report = (sentence: string) =>
			read(`ABU DHABI, May 2 — The United Arab Emirates buys arms widely.\n\n${sentence}`);
		expect(report('Several thousand US personnel are stationed at Al Dhafra Air Base.')).toEqual([
			'USA–ARE defense-pact reported'
		]);
		expect(report('France has kept a permanent base in Abu Dhabi since 2009.')).toEqual([
			'FRA–ARE defense-pact reported'
		]);
		expect(
			report('India refurbished the Ayni air base, but the last Indian personnel left in 2022.')
		).toEqual([]);
	});

	it('reads shipments to a state, by no one named, as sent by the report’s state, unless they stopped', () => {
		const report = (sentence: string) =>
			read(
				`TOKYO, May 2 — Japan has looked for new buyers since China halted imports.\n\n${sentence}`
			);
		expect(report('Shipments of scallops to Vietnam and to Taiwan have also risen.')).toEqual([
			'JPN→VNM trade reported',
			'JPN→TWN trade reported'
		]);
		expect(report('Exports to Vietnam dried up after the ban.')).toEqual([]);
		expect(report('Russian exports to Vietnam have also risen.')).toEqual([
			'RUS→VNM trade reported'
		]);
	});

	it('reads forces arrived in a capital as sent to its state, and a loan “from” a state as lent by it', () => {
		expect(read('Russian military instructors arrived in Niamey in April.')).toEqual([
			'RUS→NER aid reported'
		]);
		expect(read('The Russian ambassador arrived in Niamey in April.')).toEqual([]);
		expect(
			read('Vientiane paid for its stake with a loan from China’s Export-Import Bank.')
		).toEqual(['CHN→LAO aid reported']);
		expect(read('Vientiane sought a loan from China’s Export-Import Bank.')).toEqual([]);
	});

	it('reads blockading as a sanction, and an accusation of it as alleged by the accuser', () => {
		expect(read('In 2022 the Kremlin accused Lithuania of blockading Kaliningrad.')).toEqual([
			'LTU→RUS sanctions alleged'
		]);
		expect(read('Egypt blockaded Gaza.')).toEqual(['EGY→PSE sanctions reported']);
	});

	it('reads no party in a state abstaining, a pipeline meant to carry, or debts of its own rolled over', () => {
		expect(
			read('The Security Council imposed an arms embargo on the Houthis, with Russia abstaining.')
		).toEqual([]);
		expect(read('The pipeline was meant to carry oil from Niger to Benin.')).toEqual([]);
		expect(read('China supplied oil to Benin, meaning a steady income.')).toEqual([
			'CHN→BEN trade reported'
		]);
		expect(
			read('China lent Laos $1 billion. Vientiane relies on rolling over its obligations.')
		).toEqual(['CHN→LAO aid reported']);
	});

	it('reads intelligence supplied to a state’s army as aid', () => {
		expect(read('France supplies equipment and intelligence to Benin’s army.')).toEqual([
			'FRA→BEN aid reported'
		]);
	});

	it('counts a state called by what it is toward the report’s topic, and reads a gift to it from its clause’s start', () => {
		const tonga =
			'WELLINGTON, Jan. 21 — Relief flights reached Tonga on Thursday. A New Zealand ship is on its way, and the kingdom is anxious. The kingdom has few cases. ';
		expect(read(`${tonga}Beijing had provided emergency cash and supplies.`)).toEqual([
			'CHN→TON aid reported'
		]);
		expect(
			read(
				'Honduras broke with Taiwan in 2023. Candidates pledged that, if elected, they would restore ties with Taipei and revive Taiwanese aid.'
			)
		).toEqual([]);
	});

	it('reads paying for what a state needs, a lending programme and compensation as aid', () => {
		expect(read('The EU has helped pay for the Rwandan troops in the north.')).toEqual([
			'EU→RWA aid reported'
		]);
		expect(
			read('The IMF, whose lending programme with Rwanda remains in place, praised it.')
		).toEqual(['IMF→RWA aid reported']);
		expect(read('The European Union compensated Bratislava with 200 million euros.')).toEqual([
			'EU→SVK aid reported'
		]);
	});

	it('reads the main source of a state’s goods as its supplier', () => {
		expect(read('Kazakhstan is the main source of Afghanistan’s flour.')).toEqual([
			'KAZ→AFG trade reported'
		]);
	});

	it('reads no sanction in a reason, no pact among an alliance’s members, and no supply in a bid', () => {
		expect(
			read('The owner was on a US sanctions list for carrying cargo for Russia’s army.')
		).toEqual([]);
		expect(
			read('Slovakia became one of the first alliance countries to give Ukraine fighter jets.')
		).toEqual(['SVK→UKR aid reported']);
		expect(read('In 2016 Japan’s bid to supply submarines to Australia lost to France.')).toEqual(
			[]
		);
	});

	it('reads goods built by one state in another’s hands as bought from it, and paying for goods as no aid', () => {
		expect(read('CAIRO — Egypt’s air force flies more than 200 American-built F-16s.')).toEqual([
			'USA→EGY trade reported'
		]);
		// Flown by the one who has it, made by the state its demonym names: one way only.
		expect(read('Ethiopia flies Turkish-made drones.')).toEqual(['TUR→ETH trade reported']);
		expect(read('The Royal Moroccan Air Force now flies American F-16s.')).toEqual([
			'USA→MAR trade reported'
		]);
		expect(read('Egypt buys most of its grain from Russian exporters.')).toEqual([
			'RUS→EGY trade reported'
		]);
		expect(read('A waiver allowed Baghdad to pay for Iranian electricity.')).toEqual([]);
		expect(read('Chinese companies sold the drones.')).toEqual([]);
	});

	it('reads a pact that opens its sentence as between the parties its clause names next', () => {
		expect(
			read(
				'A Reciprocal Access Agreement in force since August 2023 lets Japanese and Australian forces train together.'
			)
		).toEqual(['JPN–AUS defense-pact reported']);
	});

	it('reads the state whose reserves are frozen as the target, and a bloc named earlier in the sentence', () => {
		expect(
			read('The United States froze about $7 billion of Afghan central bank reserves held abroad.')
		).toEqual(['USA→AFG sanctions reported']);
		expect(read('Cyprus, an EU member, applies the bloc’s sanctions on Russia.')).toEqual([
			'CYP→RUS sanctions reported',
			'EU→RUS sanctions reported'
		]);
		expect(
			read(
				'Egypt has received $1.3 billion a year in US Foreign Military Financing since its 1979 peace treaty with Israel, making it one of the largest recipients of American military aid.'
			)
		).toEqual(['USA→EGY aid reported']);
	});

	it('reads no list in "its" that opens an aside, but does in "its biggest creditor"', () => {
		expect(
			read(
				'The United States seized the cargo of tankers carrying Iranian gasoline to Venezuela, its most forceful step yet against a fuel trade.'
			)
		).toEqual([]);
		expect(read('Ethiopia owes much. China, its biggest creditor, financed the railway.')).toEqual([
			'CHN→ETH aid reported'
		]);
	});

	it('reads no base of the state that built what stands on it', () => {
		expect(
			read(
				'BERLIN — Germany has put its first Israeli-built Arrow 3 battery into service at the Holzdorf air base.'
			)
		).toEqual([]);
	});

	it('reads a name written with its marks, "Côte d’Ivoire", as the state', () => {
		expect(
			read(
				"The International Monetary Fund approved a $3.5 billion financing package for Côte d'Ivoire in 2023."
			)
		).toEqual(['IMF→CIV aid reported']);
	});

	it('reads "the sultanate" as the one named before it, and each customer of a list', () => {
		const report = [
			'Oman has turned the port of Duqm into a shared asset.',
			"Beijing is by far the largest buyer of Omani crude, while South Korea and Japan are long-standing customers for the sultanate's liquefied natural gas."
		].join(' ');
		expect(read(report)).toEqual([
			'OMN→CHN trade reported',
			'OMN→KOR trade reported',
			'OMN→JPN trade reported'
		]);
	});

	it('reads money committed or earmarked as aid, but not a charter that commits its signatories', () => {
		const report = [
			'NOUAKCHOTT — Mauritania has become one of the European Union’s main partners, after Brussels committed €210 million to the West African country in 2024.',
			'Brussels has also earmarked about €920 million for Mauritania.'
		].join(' ');
		expect(read(report)).toEqual(['EU→MRT aid reported', 'EU→MRT aid reported']);
		expect(
			read(
				'Mali, Niger and Burkina Faso are bound by a charter which commits each signatory to come to the aid of the others.'
			)
		).not.toContain('MLI→NER aid reported');
	});

	it('reads a pact between the one bound and the one it is bound to, and help pledged against attack as a pact', () => {
		expect(
			read(
				'Uzbekistan left the bloc, though it is still bound to Moscow by a 2005 treaty on allied relations.'
			)
		).toEqual(['UZB–RUS defense-pact reported']);
		expect(
			read(
				'Turkey is bound to Azerbaijan by the Shusha Declaration, in which the two countries pledged to assist each other if either came under attack.'
			)
		).toEqual(['TUR–AZE defense-pact confirmed']);
	});

	it('reads where goods reach before where they go on to, and "the country" as the state named, not a demonym', () => {
		const report = [
			'ASUNCION — Paraguay recognises Taiwan.',
			"Chinese goods still reach Paraguay in large quantities, much of them for re-sale to Brazilian shoppers, making China the country's leading source of imports."
		].join(' ');
		expect(read(report)).toEqual(['CHN→PRY trade reported']);
	});

	it('reads goods bought "from" a seller after what was bought, and goods supplied "by" another as the owner’s', () => {
		const albania = [
			'TIRANA — Albania has modernised its forces.',
			"Prime Minister Edi Rama's government has also bought three Bayraktar TB2 drones from Turkey."
		].join(' ');
		expect(read(albania)).toEqual(['TUR→ALB trade reported']);
		expect(
			read(
				"KUWAIT CITY — Kuwait's air force is flying Eurofighter Typhoons bought from Italy alongside Super Hornets supplied by the United States."
			)
		).toContain('USA→KWT trade reported');
	});

	it('reads what a state funds in another as aid to it, and contingents that fought alongside a state’s army', () => {
		expect(
			read(
				"Taiwan's foreign ministry says it funds scholarships, social housing and farm projects in Paraguay."
			)
		).toEqual(['TWN→PRY aid confirmed']);
		expect(
			read(
				'Contingents from Uganda and Kenya, which have fought alongside the Somali National Army under successive mandates, will stay.'
			)
		).toEqual(['UGA→SOM aid reported', 'KEN→SOM aid reported']);
		expect(
			read('Taiwan funds hospitals in its own provinces; Japan trades with Palau.')
		).not.toContain('TWN→PLW aid reported');
	});

	it('reads "it" after ", and" as the sentence’s subject, never as a list’s next', () => {
		const report = [
			'ASUNCION — Paraguay sells power.',
			"Under the Itaipú treaty it sells most of its half of the dam's output to Brazil, and it exports power from the Yacyretá dam to Argentina."
		].join(' ');
		expect(read(report)).toEqual(['PRY→BRA trade reported', 'PRY→ARG trade reported']);
	});

	it('reads goods shipped in the passive, by no one named, as the report’s state’s, in their own clause only', () => {
		const report = [
			'NOUAKCHOTT — Mauritania mines iron. Mauritania fishes.',
			'Most of the iron ore dug by the state company SNIM is shipped to China, while the EU pays Nouakchott close to 60 million euros.'
		].join(' ');
		expect(read(report)).toContain('MRT→CHN trade reported');
	});

	it('reads "the country" as the state the report is about among those named, not its clause’s subject', () => {
		const report = [
			'TIRANA — Albania wants to join the European Union. Albania has reformed its courts.',
			'Albania applies the European Union’s sanctions on Russia in full, and Brussels has earmarked about €920 million for the country.'
		].join(' ');
		expect(read(report)).toContain('EU→ALB aid reported');
		expect(read(report)).not.toContain('EU→RUS aid reported');
	});

	it('reads the first actor as the subject past a clause led by "through whose"', () => {
		const report = [
			'TBILISI — Georgia depends on its neighbours.',
			"Azerbaijan, through whose pipelines oil and gas flow across Georgia to Turkey, supplies most of the country's own natural gas."
		].join(' ');
		expect(read(report)).toContain('AZE→GEO trade reported');
		expect(read(report)).not.toContain('TUR→GEO trade reported');
	});

	it('reads an aid body named with its short form in brackets, under a plan that is a name', () => {
		const report = [
			'ISLAMABAD — Pakistan was flooded. Pakistan needs help.',
			'Under the revised Floods Response Plan, the World Food Programme (WFP) has provided food assistance to more than two million people in Sindh.'
		].join(' ');
		expect(read(report)).toContain('WFP→PAK aid reported');
	});

	it('reads a dateline that follows a headline', () => {
		const report = [
			'China to drop barley duties on Australia',
			'',
			'CANBERRA, Aug. 4 — China will remove its duties on Australian barley. China buys iron ore.',
			'Barley growers had done just that, selling record volumes to Saudi Arabia and Japan during the dispute.'
		].join('\n');
		expect(read(report)).toEqual(
			expect.arrayContaining(['AUS→SAU trade reported', 'AUS→JPN trade reported'])
		);
		expect(read(report)).not.toContain('CHN→SAU trade reported');
	});

	it('reads "it" after a verb of giving as the one given to, not the giver', () => {
		const report = [
			'ISLAMABAD — Pakistan needs gas. Pakistan has looked elsewhere.',
			'Qatar sells it liquefied natural gas under long-term contracts.'
		].join(' ');
		expect(read(report)).toContain('QAT→PAK trade reported');
		expect(
			read('Belarus has not sent its own troops to fight alongside Russia’s in Ukraine.')
		).toEqual([]);
	});

	it('reads parties that come to each other’s assistance as a pact, not those who train on each other’s soil', () => {
		expect(
			read(
				"Greece and France signed a strategic partnership in which the two countries pledged to come to each other's assistance, including by armed force, if either came under attack."
			)
		).toContain('GRC–FRA defense-pact confirmed');
		expect(
			read(
				"A Reciprocal Access Agreement lets Japanese and Australian forces train on each other's soil."
			)
		).not.toContain('JPN→AUS aid reported');
	});

	it('reads cities listed before a capital as its state, and donors to a plan in force as giving', () => {
		const report = [
			'ISLAMABAD — Pakistan was flooded. Pakistan needs help.',
			'The United Arab Emirates and Türkiye operated air bridges carrying relief supplies to Karachi and Islamabad.',
			"The United Kingdom and Japan were also among the main donors to last year's plan."
		].join(' ');
		expect(read(report)).toEqual([
			'ARE→PAK aid reported',
			'TUR→PAK aid reported',
			'GBR→PAK aid reported',
			'JPN→PAK aid reported'
		]);
		expect(read('ISLAMABAD — Pakistan needs help. Japan has a plan to send aid.')).toEqual([]);
	});

	it('reads a gift in the passive with no giver named as the report’s state’s', () => {
		const report = [
			'TOKYO — Japan has started to arm its neighbours. Japan calls it security assistance.',
			"Malaysia's armed forces were granted rescue boats and related equipment for maritime operations."
		].join(' ');
		expect(read(report)).toEqual(['JPN→MYS aid reported']);
		expect(
			read(
				"TOKYO — Japan has started to arm its neighbours. Malaysia's armed forces were granted rescue boats by Australia."
			)
		).not.toContain('JPN→MYS aid reported');
	});
});

describe('extractRelations: claims, denials and loads of goods', () => {
	it('keeps a claim and its denial in a later clause of the same sentence as two proposals', () => {
		expect(
			read(
				'Analysts in Moscow have claimed that Serbian shells were sold to Ukraine; Serbian officials have dismissed the reports.'
			)
		).toEqual(['SRB→UKR trade alleged', 'SRB→UKR trade denied']);
	});

	it('reads "had supplied no arms", said by an office the text does not name apart, as a denial', () => {
		expect(
			read(
				'Officials in Kyiv say Pakistani shells reached Ukraine. The Foreign Office dismissed the report and said Pakistan had supplied no arms to Ukraine.'
			)
		).toEqual(['PAK→UKR trade alleged', 'PAK→UKR trade denied']);
	});

	it('reads a cargo of a state’s goods taken, and fuels by their names', () => {
		expect(read('In May, India took its first cargo of discounted Russian crude.')).toEqual([
			'RUS→IND trade reported'
		]);
		expect(read('Russia supplies gasoline to Afghanistan.')).toEqual(['RUS→AFG trade reported']);
		expect(read('The minister took office in Moscow in May.')).toEqual([]);
	});

	it('does not take the first of a list led by "from" for the state the report is about', () => {
		const report = [
			'Search teams from Spain, Britain and Qatar worked alongside Moroccan rescuers after Morocco accepted their help.',
			'Morocco has asked for no more.',
			'The British government said it had deployed 60 search-and-rescue specialists.'
		].join(' ');
		expect(read(report)).toEqual(['GBR→MAR aid confirmed']);
	});

	it('reads a state’s exporters as its trade, and sanctions on them as on the state', () => {
		expect(read('Turkish exporters rushed dairy products to Doha.')).toEqual([
			'TUR→QAT trade reported'
		]);
		expect(read('The EU imposed sanctions on Chinese exporters.')).toEqual([
			'EU→CHN sanctions reported'
		]);
	});

	it('reads goods "bought from" a state as had by the sentence’s subject', () => {
		expect(read('Kuwait’s air force flies Eurofighter Typhoons bought from Italy.')).toEqual([
			'ITA→KWT trade reported'
		]);
	});

	it('reads export credit as money lent, not goods', () => {
		expect(
			read('Washington agreed to provide $600 million in export credit to Lithuania.')
		).toEqual(['USA→LTU aid reported']);
	});

	it('reads a span of years closed long ago as history, not a relation', () => {
		expect(read('Angola sent troops to Kinshasa during the war of 1998 to 2003.')).toEqual([]);
		expect(read('Angola sent troops to Kinshasa in the 1998-2003 war.')).toEqual([]);
		expect(read('Angola sent troops to Kinshasa during the crisis of 2023 to 2024.')).toEqual([
			'AGO→COD aid reported'
		]);
	});
});

describe('extractRelations: peoples, bans on goods and ties undone', () => {
	it('knows Kosovo, "the Islamic Republic" and peoples by their plural demonyms', () => {
		expect(read('American instructors have helped train the Kosovo Security Force.')).toEqual([
			'USA→XKX aid reported'
		]);
		expect(
			read('Washington already embargoes nearly all trade with the Islamic Republic.')
		).toEqual(['USA→IRN sanctions reported']);
		expect(
			read('The World Food Programme provides food assistance to millions of Ethiopians.')
		).toEqual(['WFP→ETH aid reported']);
		expect(read('Turkish officers have trained thousands of Somali soldiers.')).toEqual([
			'TUR→SOM aid reported'
		]);
	});

	it('reads a ban on a state’s goods, named by its demonym, as a sanction on that state', () => {
		expect(read('Budapest went further, barring 24 Ukrainian farm products.')).toEqual([
			'HUN→UKR sanctions reported'
		]);
		expect(read('Poland kept its own ban on Ukrainian grain in place.')).toEqual([
			'POL→UKR sanctions reported'
		]);
		expect(read('Poland banned Ukrainian students from the contest.')).toEqual([]);
		// Whatever the state sells, not only the goods the reader has words for.
		expect(read('China has banned Australian rock lobster.')).toEqual([
			'CHN→AUS sanctions reported'
		]);
		expect(read('Russia banned Ukrainian opposition parties.')).toEqual([]);
	});

	it('reads restrictions owned by a body, and a state subject to a body’s embargo, as sanctions', () => {
		expect(read('The Security Council’s restrictions on Iran returned in September.')).toEqual([
			'UN→IRN sanctions reported'
		]);
		expect(
			read('North Korea has been subject to a Security Council arms embargo since 2006.')
		).toEqual(['UN→PRK sanctions reported']);
	});

	it('reads goods named by their maker after "-built" as trade, but not works built in place', () => {
		expect(
			read('Saudi Arabia, whose air force has flown British-built Typhoons for a decade, is eager.')
		).toEqual(['GBR→SAU trade reported']);
		expect(read('Sri Lanka leased the Chinese-built Hambantota port for 99 years.')).toEqual([]);
	});

	it('does not read a tie torn up, wound down, recalled "at the time" or only imagined', () => {
		expect(
			read('In March the junta tore up the 2012 status-of-forces agreement with Washington.')
		).toEqual([]);
		expect(
			read(
				'The programme under which Beijing lent Caracas some $60 billion, however, was wound down in the mid-2010s.'
			)
		).toEqual([]);
		expect(
			read(
				'Riyadh severed ties in 2016, and at the time it also halted trade with the Islamic Republic.'
			)
		).toEqual([]);
		expect(
			read('Analysts say a formal defence pact between Pyongyang and Tehran would alarm the Gulf.')
		).toEqual([]);
	});

	it('does not give to the report’s state what was given to gunmen, and reads "it" as the one who said it', () => {
		expect(
			read(
				'Kosovo and Serbia are at odds. Kurti accused Belgrade of arming and financing the gunmen.'
			)
		).toEqual([]);
		expect(
			read(
				'Morocco accepted help. Qatar said a team had landed, while the Emirates said it had sent relief supplies.'
			)
		).toEqual(['ARE→MAR aid confirmed']);
	});
});

describe('extractRelations: goods shipped, ships donated and contracts signed', () => {
	it('reads output shipped to a state, by no one named, as the report’s state’s trade', () => {
		const report = [
			'JAKARTA, May 2 — Indonesia banned exports of nickel ore in 2020.',
			'Indonesia now smelts the ore at home.',
			'Most of that output is shipped to China.'
		].join(' ');
		expect(read(report)).toContain('IDN→CHN trade reported');
	});

	it('reads "its" after a copula as the last sentence’s subject when the sentence names no other', () => {
		expect(
			read('Uruguay sells beef to China. Brazil is its second-largest export market, buying dairy.')
		).toEqual(['URY→CHN trade reported', 'BRA–URY trade reported']);
	});

	it('reads ships donated by a state as given to the state whose navy has them', () => {
		expect(
			read(
				'Two of the Sri Lankan navy’s largest ships are former US Coast Guard cutters donated by Washington.'
			)
		).toEqual(['USA→LKA aid reported']);
	});

	it('reads goods taken under a contract signed with a state as bought from it', () => {
		expect(
			read(
				'The Philippine Marine Corps took delivery of its first BrahMos missile batteries in 2024 under a $375 million contract signed with New Delhi.'
			)
		).toEqual(['PHL–IND trade reported']);
	});

	it('reads a defence agreement with more words before "agreement" as a pact', () => {
		expect(
			read(
				'In February the Somali parliament ratified a ten-year defence and economic framework agreement with Turkey.'
			)
		).toEqual(['SOM–TUR defense-pact confirmed']);
	});

	it('reads goods paid for, for another state’s army, as aid; "in form" is no plan', () => {
		expect(
			read(
				'Reykjavik’s support for Ukraine is financial rather than military in form: it has paid for cargo flights and artillery ammunition for the Ukrainian army.'
			)
		).toEqual(['ISL→UKR aid reported']);
		expect(read('Iran has paid for Russian wheat with oil.')).toEqual([]);
	});
});

describe('extractRelations: goods turned back, sanctions enforced and aid resumed', () => {
	it('reads a state’s goods turned back at the border as a sanction on that state', () => {
		expect(
			read('Since June, Kosovo’s border police have turned back trucks carrying Serbian goods.')
		).toEqual(['XKX→SRB sanctions reported']);
	});

	it('reads states that enforce a bloc’s sanctions as imposing them with the bloc', () => {
		expect(read('Ireland enforces the European Union’s sanctions on Russia.')).toEqual([
			'IRL→RUS sanctions reported',
			'EU→RUS sanctions reported'
		]);
	});

	it('reads "the government in" a capital as the capital’s state, not the report’s', () => {
		expect(
			read('Lebanon buys fuel. In 2019 Washington sanctioned the government in Damascus.')
		).toEqual(['USA→SYR sanctions reported']);
	});

	it('reads "the department" after the State Department as the United States', () => {
		expect(
			read(
				'The State Department backed the talks. On the same day the department approved the sale of up to 40 F-35s to Greece.'
			)
		).toEqual(['USA→GRC trade reported']);
	});

	it('reads "it" past an aside as the one who announced, and financing resumed as given', () => {
		const report = [
			'COLOMBO, May 2 — Sri Lanka is rebuilding after its default, Sri Lankan officials said.',
			'Tokyo, co-chair of the creditor committee, announced in 2024 that it was resuming financing for eleven suspended projects.'
		].join(' ');
		expect(read(report)).toEqual(['JPN→LKA aid confirmed']);
	});
});

describe('extractRelations: sanctions said without a sanction word', () => {
	it('reads airspace closed to a state’s aircraft as a sanction on it', () => {
		expect(
			read(
				'A month later Algeria closed its airspace to all Moroccan civilian and military aircraft.'
			)
		).toEqual(['DZA→MAR sanctions reported']);
	});

	it('reads trade preferences taken away as a sanction, by the one who takes them', () => {
		expect(
			read(
				'The United States removed Guinea from the list of countries eligible for duty-free access under the African Growth and Opportunity Act.'
			)
		).toEqual(['USA→GIN sanctions reported']);
		expect(read('Gabon lost its duty-free access to the American market in January.')).toEqual([
			'USA→GAB sanctions reported'
		]);
		expect(read('China grants duty-free access to almost all Afghan goods.')).toEqual([]);
	});
});

describe('extractRelations: lists, openings and copulas', () => {
	it('gives to the other parties of an agreement the sentence opens with, a list closed by "and"', () => {
		expect(
			read(
				'Under the compacts with Palau, the Marshall Islands and Micronesia, Washington provides grants over 20 years.'
			)
		).toEqual(['USA→PLW aid reported', 'USA→MHL aid reported', 'USA→FSM aid reported']);
	});

	it('reads a list "among the countries that have" given as givers, not as a passive', () => {
		const report = [
			'KYIV, May 2 — Ukraine needs shells, Ukrainian officials said, and Ukraine will buy them abroad.',
			'Denmark and Norway are among the countries that have paid for the clearance of mines.'
		].join(' ');
		expect(read(report)).toEqual(['DNK→UKR aid reported', 'NOR→UKR aid reported']);
	});

	it('does not read "regional finance" as financing', () => {
		expect(
			read(
				'WASHINGTON, May 2 — The United States invests in Singapore, US officials said. Singapore thrives on regional finance.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: states under another’s sanctions', () => {
	it('reads "both countries are under sweeping US sanctions" as sanctions on each', () => {
		expect(
			read('Iran sells fuel to Venezuela. Both countries are under sweeping US sanctions.').sort()
		).toEqual([
			'IRN→VEN trade reported',
			'USA→IRN sanctions reported',
			'USA→VEN sanctions reported'
		]);
	});
});

describe('extractRelations: rejections and groups that are no actors', () => {
	it('reads "rejecting any missile dealings with" as the subject’s denial', () => {
		expect(
			read(
				'Iran’s mission to the United Nations told the panel that the information was false, rejecting any missile dealings with Pyongyang.'
			)
		).toEqual(['IRN–PRK trade denied']);
	});

	it('reads "rejected the charges" after a claim as its denial', () => {
		expect(
			read('Israel accused Turkey of selling drones to Iran. Turkey rejected the charges.')
		).toEqual(['TUR→IRN trade alleged', 'TUR→IRN trade denied']);
	});

	it('does not give to a state named later what was given to extremist groups', () => {
		expect(
			read(
				'The quartet accused Doha of financing extremist groups and of being too close to Tehran.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: seats of government named as capitals', () => {
	it('reads Cotonou and Abidjan as their states, and as places after "in"', () => {
		expect(
			read('Niger’s prime minister has accused Cotonou of hosting French military bases.')
		).toEqual(['FRA–BEN defense-pact alleged']);
		expect(read('Abidjan signed a defence agreement with Paris.')).toEqual([
			'CIV–FRA defense-pact confirmed'
		]);
		expect(read('Officials met in Abidjan to discuss French aid.')).toEqual([]);
	});
});

describe('extractRelations: leaders listed with titles, aid channelled through agencies', () => {
	it('reads "X and President Y signed" as one list of parties', () => {
		expect(
			read(
				'President Ismail Omar Guelleh and President Emmanuel Macron signed a renewed defence treaty in 2024.'
			)
		).toEqual(['DJI–FRA defense-pact confirmed']);
	});

	it('gives to the report’s state what is channelled through UN agencies', () => {
		const report = [
			'KABUL, June 24 — Afghanistan asked for help after the quake, Afghan officials said.',
			'The United Kingdom announced £1 million in emergency funding to be channelled through United Nations agencies.'
		].join(' ');
		expect(read(report)).toEqual(['GBR→AFG aid confirmed']);
	});
});

describe('extractRelations: bases operated with a host’s consent', () => {
	it('reads a base operated "since" a year "with" the host’s consent as a pact', () => {
		expect(
			read(
				'Japan’s Self-Defense Forces have operated a base near the airport since 2011 with Djibouti’s consent.'
			)
		).toEqual(['JPN–DJI defense-pact reported']);
		expect(read('Japan has operated a ferry since 2011 with Djibouti’s help.')).toEqual([]);
	});
});

describe('extractRelations: export curbs, closed borders, bases handed over', () => {
	it('reads restrictions or curbs on exports or sales to a state as a sanction on it', () => {
		expect(
			read('Washington imposed broad restrictions on exports of advanced chips to China in 2022.')
		).toEqual(['USA→CHN sanctions reported']);
		expect(read('Japan adopted curbs on sales of lithography tools to China.')).toEqual([
			'JPN→CHN sanctions reported'
		]);
		expect(read('Taiwan sold lithography tools to China.')).toEqual(['TWN→CHN trade reported']);
	});

	it('reads a land border closed with a neighbour as a sanction on it', () => {
		expect(read('Chad has closed its land border with Sudan.')).toEqual([
			'TCD→SDN sanctions reported'
		]);
	});

	it('reads bases handed over or vacated as a tie ended, not a pact', () => {
		expect(read('Britain handed over its last military bases in Kenya on Monday.')).toEqual([]);
		expect(read('Britain keeps military bases in Kenya.')).toEqual([
			'GBR–KEN defense-pact reported'
		]);
	});

	it('gives to no one what was given to rebels past a list of verbs and a name', () => {
		expect(
			read(
				'Kinshasa accused Kigali of harbouring, financing and training the M-23 rebels who seized Goma.'
			)
		).toEqual([]);
		expect(read('Kinshasa accused Kigali of arming the Rwandan army against the rebels.')).toEqual(
			[]
		);
	});
});

describe('extractRelations: names of the Congo and Burundi', () => {
	it('reads "Congo" alone and "Congolese" as the Democratic Republic, Brazzaville’s state in full', () => {
		expect(read('Burundi has deployed troops to eastern Congo to fight the rebels.')).toEqual([
			'BDI→COD aid reported'
		]);
		expect(read('China lent the Republic of the Congo $2 billion.')).toEqual([
			'CHN→COG aid reported'
		]);
	});

	it('reads Bujumbura, the seat of government, as Burundi', () => {
		expect(read('Bujumbura signed a defence agreement with Kinshasa in 2023.')).toEqual([
			'BDI–COD defense-pact confirmed'
		]);
	});
});

describe('extractRelations: the report’s state as an unnamed receiver', () => {
	it('reads "X is one of its main suppliers" as supplying the last sentence’s subject', () => {
		const report = [
			'DAKAR — Senegal imports most of what it eats.',
			'China is one of its main suppliers of manufactured goods, and Chinese loans financed the new motorway.'
		].join(' ');
		expect(read(report).sort()).toEqual(['CHN→SEN aid reported', 'CHN→SEN trade reported']);
	});

	it('does not read oil pumped with no receiver as supplied to the report’s state', () => {
		const report = [
			'DAKAR — France and Senegal have drifted apart; France has few troops left in Senegal.',
			'Senegal began pumping its first oil in 2024.'
		].join(' ');
		expect(read(report).filter((line) => line.includes('trade'))).toEqual([]);
	});
});

describe('extractRelations: forces hosted, subjects shared, memoranda, preferred partners', () => {
	it('reads a state that hosts another’s forces as a pact between them', () => {
		expect(read('Poland hosts US forces at several sites.')).toEqual([
			'USA–POL defense-pact reported'
		]);
		expect(read('Poland sent US forces a letter.')).toEqual([]);
	});

	it('reads the subject, past its aside, as the party to an agreement with the state a demonym named', () => {
		expect(
			read(
				'Bulgaria, a member of the alliance since 2004, hosts American troops at Novo Selo under a 2006 defence cooperation agreement with Washington.'
			)
		).toEqual(['BGR–USA defense-pact reported']);
		expect(
			read(
				'Bulgaria, a member of the alliance since 2004, hosts American troops; Sofia signed a defence cooperation agreement with Washington.'
			)
		).toEqual(['BGR–USA defense-pact confirmed']);
	});

	it('reads a memorandum on military cooperation signed by "the neighbours" as their pact', () => {
		const report = [
			'Iraq and Turkey have argued over water for years.',
			'The neighbours also signed a memorandum of understanding on military and security cooperation in 2024.'
		].join(' ');
		expect(read(report)).toEqual(['IRQ–TUR defense-pact reported']);
	});

	it('gives a gerund after "after" the sentence’s subject, and a verb after "and is" the first verb’s', () => {
		expect(
			read('Slovakia now flies F-16s, after buying used MiGs from Poland and Hungary.')
				.filter((line) => line.includes('POL') || line.includes('HUN'))
				.sort()
		).toEqual(['HUN→SVK trade reported', 'POL→SVK trade reported']);
		expect(
			read(
				'These are the F-16s that Bucharest bought from Portugal and is now receiving from Norway.'
			)
		).toEqual(['PRT→ROU trade reported', 'NOR→ROU trade reported']);
	});

	it('reads a state removed from a list of preferred trading partners as sanctioned', () => {
		expect(
			read('Tokyo removed South Korea from its list of preferred trading partners in 2019.')
		).toEqual(['JPN→KOR sanctions reported']);
		expect(read('Seoul struck Japan off its white list.')).toEqual(['KOR→JPN sanctions reported']);
	});
});

describe('extractRelations: "both countries", creditors, ties faded, claims added', () => {
	it('reads "both countries" as the two states the report is most about', () => {
		const report = [
			'Kyrgyzstan and Tajikistan settled their border. Kyrgyzstan and Tajikistan will reopen crossings.',
			'Iran opened a drone plant in Dushanbe.',
			'China, the largest creditor of both countries, has lent heavily for roads.'
		].join(' ');
		expect(read(report).sort()).toEqual(['CHN→KGZ aid reported', 'CHN→TJK aid reported']);
	});

	it('reads the one after "creditor of" or "donor of" as the receiver', () => {
		expect(read('Japan, the largest donor of Laos, pledged more.')).toEqual([
			'JPN→LAO aid reported'
		]);
	});

	it('reads a tie that has "long since" gone or that "faded" as ended', () => {
		expect(
			read(
				'In 2015 Haiti barred 23 Dominican products from entering by land, a restriction that has long since fallen away.'
			)
		).toEqual([]);
		expect(
			read(
				'Algeria was once the main source of the gas imported by Spain, a trade that faded after 2021.'
			)
		).toEqual([]);
	});

	it('gives nothing to the report’s state of what a state spends “of its own” or depends on', () => {
		const report = [
			'KATHMANDU — The United States has given Nepal $500 million in grants, US officials said.',
			'Kathmandu has committed a further $197 million of its own.',
			'Nepal, one of the poorest countries in Asia, depends heavily on foreign aid.'
		].join(' ');
		expect(read(report)).toEqual(['USA→NPL aid confirmed']);
	});

	it('reads what a speaker “added” after saying something else as the speaker’s claim', () => {
		expect(
			read(
				'The representative of France said the vote was overdue, and added that Tehran had sent drones to Russia.'
			)
		).toEqual(['IRN→RUS trade alleged']);
		expect(
			read(
				'The representative of Iran said the vote was unlawful, and added that Tehran had sent aid to Lebanon.'
			)
		).toEqual(['IRN→LBN aid confirmed']);
	});
});

describe('extractRelations: denials by a sentence’s subject or an unnamed official', () => {
	it('reads a rejection by the only actor named before it, far from the verb, as its denial', () => {
		const report = [
			'The representative of France said Tehran had sent drones to Russia.',
			'The representative of Iran called the vote unlawful and rejected as baseless the claim.'
		].join(' ');
		expect(read(report)).toEqual(['IRN→RUS trade alleged', 'IRN→RUS trade denied']);
	});

	it('reads an official named by title alone as speaking for the state the report is filed from', () => {
		const report = [
			'NIAMEY, Aug. 6 — Niger faces pressure from Washington.',
			'US officials said Niger had agreed to sell uranium to Iran.',
			'Prime Minister Ali Lamine Zeine later rejected the accusation.'
		].join(' ');
		expect(read(report)).toEqual(['NER→IRN trade alleged', 'NER→IRN trade denied']);
	});

	it('reads "and ship them" as shipping the goods named before, and intelligence said of no gift', () => {
		expect(
			read(
				'A leaked US intelligence document said President Abdel Fattah al-Sisi had instructed officials to produce 40,000 rockets and ship them secretly to Russia.'
			)
		).toEqual(['EGY→RUS trade alleged']);
	});
});

describe('extractRelations: visas suspended, words of an aside about the act', () => {
	it('reads visas suspended for a state’s citizens or diplomats as a sanction on it', () => {
		expect(read('India suspended visa services for Canadian citizens on Thursday.')).toEqual([
			'IND→CAN sanctions confirmed'
		]);
		expect(read('The EU suspended visa-free travel for Georgian diplomats.')).toEqual([
			'EU→GEO sanctions reported'
		]);
		expect(read('India resumed visa services for Canadian citizens.')).toEqual([]);
		expect(read('Canadian citizens were warned by India.')).toEqual([]);
	});

	it('does not read a claim in an aside’s relative clause as the act’s status', () => {
		expect(
			read(
				'India suspended visa services for Canadian citizens on Thursday, the sharpest escalation yet in a row that began when Ottawa spoke of credible allegations against India.'
			)
		).toEqual(['IND→CAN sanctions confirmed']);
	});
});

describe('extractRelations: regions named for their state', () => {
	it('reads a sanction on a region as one on its state, and a region after "in" as a place', () => {
		expect(read('The Security Council renewed its arms embargo on Darfur in September.')).toEqual([
			'UN→SDN sanctions reported'
		]);
		expect(read('The EU imposed sanctions on Crimea.')).toEqual(['EU→UKR sanctions reported']);
		expect(read('Fighting in Darfur displaced thousands, and Chad sent aid.')).toEqual([]);
	});

	it('reads Russia’s state diamond miner as Russia', () => {
		expect(read('Washington blacklisted Alrosa in 2022.')).toEqual(['USA→RUS sanctions reported']);
	});
});

describe('extractRelations: "its" after what the subject is to another', () => {
	it('reads "its" after "remains the largest market for" as another state than the subject', () => {
		expect(
			read(
				'China is Cambodia’s largest trading partner, but the United States remains the largest market for its garment exports.'
			).sort()
		).toEqual(['CHN–KHM trade reported', 'USA–KHM trade reported']);
	});
});

describe('extractRelations: border treaties', () => {
	it('does not read a treaty that settles a border as a defence pact', () => {
		expect(
			read(
				'The presidents of Kyrgyzstan and Tajikistan signed a treaty on Thursday settling the last disputed sections of their nearly 1,000-kilometre border.'
			)
		).toEqual([]);
		expect(read('Russia and Belarus signed a treaty on mutual defence.')).toEqual([
			'RUS–BLR defense-pact reported'
		]);
	});
});

describe('extractRelations: charters, withdrawals, alliance members, terror lists', () => {
	it('reads a mutual-defence charter signed by a list set off by dashes', () => {
		expect(
			read(
				'The confederation, whose three members — Mali, Burkina Faso and Niger — signed a mutual-defence charter in 2023, called it aggression.'
			).sort()
		).toEqual([
			'BFA–NER defense-pact confirmed',
			'MLI–BFA defense-pact confirmed',
			'MLI–NER defense-pact confirmed'
		]);
	});

	it('reads soldiers whose withdrawal was completed as a tie ended', () => {
		expect(
			read(
				'The last French soldiers, deployed to fight jihadists in Mali in 2013, completed their withdrawal in August 2022.'
			)
		).toEqual([]);
	});

	it('reads trade preferences terminated as a sanction', () => {
		expect(
			read('In 2020 the United States terminated Cameroon’s trade preferences under AGOA.')
		).toEqual(['USA→CMR sanctions reported']);
	});

	it('reads "became NATO’s 29th member" and "the alliance, of which X is a member" as joining', () => {
		expect(read('Montenegro became NATO’s 29th member in June 2017.')).toEqual([
			'MNE–NATO defense-pact reported'
		]);
		expect(
			read(
				'It was the first time the Collective Security Treaty Organization, of which Kazakhstan is a founding member, had deployed.'
			)
		).toEqual(['KAZ–CSTO defense-pact reported']);
	});

	it('reads a state put or kept on the US list of state sponsors of terrorism as sanctioned, not one taken off', () => {
		expect(read('Syria remains on the United States list of State Sponsors of Terrorism.')).toEqual(
			['USA→SYR sanctions reported']
		);
		expect(
			read('The administration returned Cuba to the US list of state sponsors of terrorism.')
		).toEqual(['USA→CUB sanctions reported']);
		expect(
			read('Washington removed Cuba from the US list of state sponsors of terrorism.')
		).toEqual([]);
	});
});

describe('extractRelations: borders closed, subjects with appositives, sanctions joined', () => {
	it('reads "the closure of X’s borders with Y" as a sanction by X on Y', () => {
		expect(
			read(
				'President Luis Abinader ordered the full closure of the Dominican Republic’s land, sea and air borders with Haiti on Friday.'
			)
		).toEqual(['DOM→HTI sanctions confirmed']);
		expect(read('The closure of the border crossing delayed Haitian trucks.')).toEqual([]);
	});

	it('reads a subject past an appositive with "the", and "the former colonial power" as no ended tie', () => {
		expect(
			read(
				'Japan has financed roads, and Portugal, the former colonial power, trains Timorese officers.'
			).filter((line) => line.startsWith('PRT'))
		).toEqual(['PRT→TLS aid reported']);
	});

	it('reads a state aligned with or joining a bloc’s sanctions as imposing them too', () => {
		expect(
			read(
				'Podgorica has aligned itself with every round of EU sanctions against Russia since 2014.'
			)
		).toEqual(['MNE→RUS sanctions reported', 'EU→RUS sanctions reported']);
		expect(read('Norway joined EU sanctions on Russia.')).toEqual([
			'NOR→RUS sanctions reported',
			'EU→RUS sanctions reported'
		]);
		expect(read('Iceland applies EU sanctions on Russia.')).toEqual([
			'ISL→RUS sanctions reported',
			'EU→RUS sanctions reported'
		]);
	});
});

describe('extractRelations: transit agreements', () => {
	it('reads a transit (and transport) agreement as trade between its parties', () => {
		expect(read('Nepal signed a transit and transport agreement with China in 2016.')).toEqual([
			'NPL–CHN trade reported'
		]);
	});
});

describe('extractRelations: three countries and the UN’s relief office', () => {
	it('reads “all three countries” as the last three states named', () => {
		expect(
			read(
				'Hurricane Melissa struck Jamaica, Cuba and Haiti. The European Union released humanitarian aid for all three countries.'
			)
		).toEqual(['EU→JAM aid reported', 'EU→CUB aid reported', 'EU→HTI aid reported']);
		expect(read('Chile, Peru and Bolivia met. Brazil sold wheat to the three countries.')).toEqual([
			'BRA→CHL trade reported',
			'BRA→PER trade reported',
			'BRA→BOL trade reported'
		]);
	});

	it('reads the UN’s humanitarian office and its emergency fund as the UN', () => {
		expect(read('OCHA allocated $2 million to Haiti.')).toEqual(['UN→HTI aid reported']);
		expect(
			read(
				'The Emergency Relief Coordinator has released $4 million from the Central Emergency Response Fund for Jamaica.'
			)
		).toEqual(['UN→JAM aid reported']);
	});
});

describe('extractRelations: goods that go, and the state whose goods open a sentence', () => {
	it('reads a state’s goods that go to or enter another as trade', () => {
		expect(read('Most Icelandic seafood now goes to Britain and Norway.')).toEqual([
			'ISL→GBR trade reported',
			'ISL→NOR trade reported'
		]);
		expect(read('Russia’s oil reaches India by sea.')).toEqual(['RUS→IND trade reported']);
		// Not people or a prize: only goods flow.
		expect(read('China’s president went to Russia.')).toEqual([]);
		expect(read('Turkish troops entered Syria.')).toEqual([]);
		expect(read('The prize goes to Chile.')).toEqual([]);
	});

	it('reads “its” after a sentence opened by a state’s own as that state', () => {
		expect(
			read(
				'Eswatini’s textile factories still ship clothing to American retailers. Its sugar continues to enter the European Union duty-free.'
			)
		).toEqual(['SWZ→USA trade reported', 'SWZ→EU trade reported']);
	});
});

describe('extractRelations: clothing, goods made in a state, terms of a signed agreement', () => {
	it('reads clothing sent for money as trade, not aid', () => {
		expect(read('Lesotho sends jeans worth $200 million a year to the United States.')).toEqual([
			'LSO→USA trade reported'
		]);
	});

	it('reads the state goods were made in as the one whose imports are barred or bought', () => {
		expect(read('The Group of Seven has barred imports of diamonds mined in Russia.')).toEqual([
			'G7→RUS sanctions reported'
		]);
		expect(read('Japan imports cars made in Germany.')).toEqual(['DEU→JPN trade reported']);
		expect(read('Japan imports cars and sells them in Germany.')).toEqual([]);
	});

	it('reads what a signed agreement binds a party to do as done, and an agreement in talks as a plan', () => {
		expect(
			read(
				'France and Chile signed a framework agreement on Monday under which Paris will provide 150 million euros to Chile over three years.'
			)
		).toEqual(['FRA→CHL aid reported']);
		expect(
			read(
				'France and Chile are negotiating an agreement under which Paris will provide 150 million euros to Chile.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: people uprooted in a state', () => {
	it('reads aid to people displaced or uprooted in a state as aid to the state', () => {
		expect(
			read(
				'The World Food Programme is delivering food assistance to hundreds of thousands of people uprooted by violence in Mozambique.'
			)
		).toEqual(['WFP→MOZ aid reported']);
		expect(
			read(
				'The World Food Programme delivered food to families displaced by the floods, and Pakistan thanked it.'
			)
		).not.toContain('WFP→PAK aid reported');
	});
});

describe('extractRelations: plural possessives', () => {
	it('reads “the Philippines’” and “the islands’” as possessive, as “China’s” is', () => {
		expect(read("The European Union is the Philippines' main trading partner.")).toEqual([
			'EU–PHL trade reported'
		]);
		expect(
			read(
				"PRAIA — Cape Verde is an archipelago. Cape Verde depends on tourism. The European Union is the islands' main donor and trading partner."
			)
		).toEqual(['EU→CPV aid reported', 'EU–CPV trade reported']);
		expect(read('The Maldives’ tuna goes to Britain.')).toEqual(['MDV→GBR trade reported']);
	});
});

describe('extractRelations: free trade, orders to leave, plans put off, the South American nation', () => {
	it('reads a free trade agreement as trade, not as something given free', () => {
		expect(read('Bahrain signed a free trade agreement with the United States in 2006.')).toEqual([
			'BHR–USA trade reported'
		]);
		expect(read('China sent wheat to Chile free of charge.')).toEqual(['CHN→CHL aid reported']);
	});

	it('reads an order to people as a command, not a purchase', () => {
		expect(read('Paraguay has ordered a visiting Chinese official to leave the country.')).toEqual(
			[]
		);
		expect(read('Bahrain ordered 16 F-16 fighter jets from the United States in 2018.')).toEqual([
			'USA→BHR trade reported'
		]);
	});

	it('reads a pact spoken of, put off or postponed as not yet made', () => {
		expect(read('Bukele has spoken of a free trade agreement with China.')).toEqual([]);
		expect(read('Vanuatu has put off signing a broad security pact with Australia.')).toEqual([]);
		expect(read('Chile postponed its defence pact with Peru.')).toEqual([]);
	});

	it('reads “the South American nation” as the state the report is about, not the United States', () => {
		expect(
			read(
				'PARAMARIBO — Suriname is small. Suriname needs money. Suriname is poor. The IMF approved an arrangement worth $690 million for the South American nation.'
			)
		).toEqual(['IMF→SUR aid reported']);
	});
});

describe('extractRelations: “it” after a time, money lent for goods', () => {
	it('reads “it” after “, and in 2022” as the subject of the sentence', () => {
		expect(
			read(
				'LJUBLJANA — Slovenia is small. Slovenia is rich. The country has been a member of NATO since 2004, and in 2022 it sent 28 modernised M-55S tanks to Ukraine.'
			)
		).toEqual(['SVN–NATO defense-pact reported', 'SVN→UKR trade reported']);
	});

	it('reads money lent as aid, whatever it buys', () => {
		expect(read('Japan agreed to lend Manila 60 billion yen for five patrol ships.')).toEqual([
			'JPN→PHL aid reported'
		]);
	});
});

describe('extractRelations: export markets', () => {
	it('reads a state’s export market as its trading partner', () => {
		expect(read('China is Uruguay’s largest export market.')).toEqual(['CHN–URY trade reported']);
		expect(read('Brazil wants new export markets.')).toEqual([]);
	});
});

describe('extractRelations: help given, promises kept', () => {
	it('reads military help given as aid, and a promise kept as done', () => {
		expect(
			read(
				'Latvia has committed to give Ukraine military help worth 0.25 percent of its GDP every year.'
			)
		).toEqual(['LVA→UKR aid reported']);
		expect(
			read(
				'Estonia has kept its promise to give Ukraine military aid worth a quarter of a percent of GDP.'
			)
		).toEqual(['EST→UKR aid reported']);
		expect(read('Estonia promised to give Ukraine military aid.')).toEqual([]);
	});
});

describe('extractRelations: a force ordered out, water sent, Brunei as a kingdom', () => {
	it('reads a force ordered to deploy as a command, not a purchase', () => {
		expect(read('Chile ordered elements of its standby force to deploy to Peru.')).toEqual([]);
		expect(read('Chile ordered two army units from Peru to leave.')).toEqual([]);
	});

	it('reads water sent after a disaster as aid', () => {
		expect(read('UNICEF delivered drinking water to Jamaica.')).toEqual([
			'UNICEF→JAM aid reported'
		]);
	});

	it('reads “the kingdom” in a report about Brunei as Brunei', () => {
		expect(
			read(
				'Brunei is rich. Britain keeps a garrison in the sultanate. Brunei sells gas to Japan. Beijing is now among the kingdom’s leading trading partners.'
			)
		).toContain('CHN–BRN trade reported');
	});
});

describe('extractRelations: a state’s importers', () => {
	it('reads a state’s importers as its trade, as its exporters are', () => {
		expect(read('Chinese importers have since bought Honduran shrimp.')).toEqual([
			'HND→CHN trade reported'
		]);
		expect(read('Chinese importers were fined by Honduras.')).toEqual([]);
	});
});

describe('extractRelations: goods a state imports', () => {
	it('reads food imported as trade, bought from the actor named just before', () => {
		expect(
			read(
				"Australia and New Zealand remain Samoa's biggest donors, and New Zealand is a leading source of its imported food."
			)
		).toEqual(['AUS→WSM aid reported', 'NZL→WSM aid reported', 'NZL→WSM trade reported']);
	});

	it('reads money received from a state as aid, but not a building built with a state’s money', () => {
		expect(
			read('Kyiv has received Swiss money, if not Swiss arms, since the invasion began.')
		).toEqual(['CHE→UKR aid reported']);
		expect(
			read(
				'In 2020 Cambodia demolished a maritime security building at Ream that had been built with American money.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: a coalition led by a state', () => {
	it('reads “the Saudi-led coalition” as Saudi Arabia, and a body led by a state as the body', () => {
		expect(
			read(
				'Houthi officials have accused the Saudi-led coalition of maintaining a blockade on Yemen.'
			)
		).toEqual(['SAU→YEM sanctions alleged']);
		expect(
			read('Belarus is also a member of the Russian-led Collective Security Treaty Organization.')
		).toEqual(['BLR–CSTO defense-pact reported']);
	});
});

describe('extractRelations: declarations on defence', () => {
	it('reads a joint declaration on defence cooperation signed by three states as a pact among each two', () => {
		expect(
			read(
				'In March, Croatia, Albania and Kosovo signed a joint declaration on defence cooperation.'
			)
		).toEqual([
			'HRV–ALB defense-pact reported',
			'HRV–XKX defense-pact reported',
			'ALB–XKX defense-pact reported'
		]);
	});
});

describe('extractRelations: the government of the report’s state, a coalition’s work', () => {
	it('reads “the government” as the state the report is filed from, though another is named more', () => {
		const report = [
			'RIGA, March 2 — Latvia has banned imports of Russian grain.',
			'Russian gas and Russian coal stopped arriving long ago, and Russia has protested.',
			'The government has committed to spend 0.25 per cent of GDP each year on military aid to Ukraine.'
		].join('\n');
		expect(read(report)).toContain('LVA→UKR aid reported');
		expect(read(report).filter((r) => r.includes('UKR'))).toEqual(['LVA→UKR aid reported']);
	});

	it('reads a coalition that supplies a state as no pact with that state', () => {
		expect(
			read(
				'Riga leads, together with Britain, an international coalition that supplies drones to Ukrainian forces.'
			).filter((r) => r.includes('defense-pact'))
		).toEqual([]);
	});
});

describe('extractRelations: duties scrapped, the Asian giant, firms side by side, unfriendly states', () => {
	it('reads a trade agreement that scrapped duties as trade in force, not ended', () => {
		expect(
			read(
				'An upgraded trade agreement between Chile and the European Union, in force since February 1, has scrapped duties on nearly all goods traded between them.'
			)
		).toEqual(['CHL–EU trade reported']);
	});

	it('reads “the Asian giant” as the Asian power named last', () => {
		expect(
			read(
				'That market is China. The Asian giant buys roughly 40 per cent of Chilean exports, mostly copper ore.'
			)
		).toEqual(['CHL→CHN trade reported']);
	});

	it('reads two states’ firms named side by side as no tie between the two', () => {
		expect(
			read(
				'Japanese and South Korean utilities hold long-term contracts for liquefied natural gas from the Qalhat plant.'
			)
		).toEqual([]);
	});

	it('reads a state added to another’s list of unfriendly states as sanctioned by it', () => {
		expect(
			read(
				'The Kremlin retaliated by adding North Macedonia to its blacklist of "unfriendly" states.'
			)
		).toEqual(['RUS→MKD sanctions reported']);
		expect(read('Russia added North Macedonia to its list of unfriendly countries.')).toEqual([
			'RUS→MKD sanctions reported'
		]);
	});
});

describe('extractRelations: the government after a clause', () => {
	it('reads “the government” opening a clause after “invasion of Ukraine,” as no government of Ukraine', () => {
		const report = [
			'North Macedonia became a member of NATO in 2020.',
			'When Russia launched its full-scale invasion of Ukraine, the government aligned itself with every round of EU sanctions against Moscow.'
		].join('\n');
		expect(read(report)).toContain('MKD→RUS sanctions reported');
		expect(read(report)).not.toContain('UKR→RUS sanctions reported');
	});

	it('reads “it” after “The defence ministry confirmed that” as the report’s own state', () => {
		const report = [
			'SKOPJE, May 2 — North Macedonia has joined a drone coalition.',
			'The Kremlin retaliated by expelling diplomats.',
			'The defence ministry confirmed in late 2022 that it had handed Kyiv a batch of T-72 tanks.'
		].join('\n');
		expect(read(report)).toContain('MKD→UKR aid reported');
		expect(read(report)).not.toContain('RUS→UKR aid reported');
	});

	it('reads a state that pays much of the cost of arms for another’s force as its giver', () => {
		expect(
			read(
				'The United States agreed to pay much of the cost of eight new Black Hawks for the Croatian air force.'
			)
		).toEqual(['USA→HRV aid reported']);
	});
});

describe('extractRelations: another’s measures applied', () => {
	it('reads the EU’s restrictive measures, and the state that applies every package of them', () => {
		expect(read('Malta applies every package of EU restrictive measures against Moscow.')).toEqual([
			'MLT→RUS sanctions reported',
			'EU→RUS sanctions reported'
		]);
		expect(
			read('Cyprus applies every European Union sanctions package against Russia in full.')
		).toEqual(['CYP→RUS sanctions reported', 'EU→RUS sanctions reported']);
	});
});

describe('extractRelations: states named as examples, a new clause after a list', () => {
	it('reads “EU countries such as France and Spain” as each of them', () => {
		expect(
			read('Most Icelandic seafood now goes to Britain and EU countries such as France and Spain.')
		).toEqual([
			'ISL→GBR trade reported',
			'ISL→EU trade reported',
			'ISL→FRA trade reported',
			'ISL→ESP trade reported'
		]);
	});

	it('reads “…, and a free trade agreement with China” as no agreement of the list before it', () => {
		const proposals = read(
			'Most Icelandic seafood now goes to Britain and Norway, and a free trade agreement with China, in force since 2014, lets it reach Chinese buyers.'
		);
		expect(proposals.filter((p) => p.includes('CHN') && /GBR|NOR/.test(p))).toEqual([]);
	});

	it('reads “the biggest customer for its gas” as buying from the state “its” means', () => {
		expect(
			read(
				'Brunei is rich. Japan has for decades been the biggest customer for its liquefied natural gas.'
			)
		).toEqual(['BRN→JPN trade reported']);
		expect(read('Brunei is rich. Japan is the largest buyer of its gas.')).toEqual([
			'BRN→JPN trade reported'
		]);
	});

	it('reads past a time clause of its own ("…, a year after … lifted Athens’ veto") to the membership', () => {
		expect(
			read(
				"NATO grew. North Macedonia became the alliance's 30th member on 27 March 2020, a year after the Prespa agreement with Greece settled the long quarrel over the country's name and lifted Athens' veto."
			)
		).toEqual(['MKD–NATO defense-pact reported']);
	});

	it('reads “NATO, which it joined” as joined by the subject, not by NATO', () => {
		expect(read('Latvia relies on NATO, which it joined in 2004.')).toEqual([
			'LVA–NATO defense-pact reported'
		]);
	});

	it('reads “Bangladesh, with which it has had a trade agreement” as a tie between the two', () => {
		expect(
			read(
				"THIMPHU — Bhutan is small. Bhutan's partners include Bangladesh, with which it has had a preferential trade agreement since 2020."
			)
		).toEqual(['BTN–BGD trade reported']);
	});

	it('reads money a state is committing to a force as aid to the force’s state', () => {
		expect(
			read(
				"PORT-AU-PRINCE — Haiti is in crisis. Washington has been the mission's largest bankroller, committing hundreds of millions of dollars to the Haiti force."
			)
		).toEqual(['USA→HTI aid reported']);
	});

	it('reads aircraft sent carrying water as aid, not arms', () => {
		expect(
			read(
				"NUKU'ALOFA — Tonga was hit. Japan dispatched Self-Defense Force aircraft and a ship carrying drinking water."
			)
		).toEqual(['JPN→TON aid reported']);
	});

	it('reads aid to “the northern districts of Togo and neighbouring Benin” as aid to both', () => {
		expect(
			read(
				'The World Bank, for its part, bankrolls a social-cohesion programme in the northern districts of Togo and neighbouring Benin.'
			)
		).toEqual(['WB→TGO aid reported', 'WB→BEN aid reported']);
	});

	it('reads a state as the biggest market for another’s goods of any kind', () => {
		expect(
			read(
				'PHNOM PENH — Cambodia sews. The United States remains the biggest single market for Cambodian garments, footwear and travel goods.'
			)
		).toEqual(['USA–KHM trade reported']);
	});

	it('reads borders closed or shut with a state as a sanction on it', () => {
		expect(
			read(
				'The Dominican Republic closed all of its land, sea and air borders with Haiti on Friday.'
			)
		).toEqual(['DOM→HTI sanctions confirmed']);
		expect(read('Burundi shut its land border with Rwanda on Thursday.')).toEqual([
			'BDI→RWA sanctions confirmed'
		]);
	});

	it('reads aid to “the island’s” communities after purification supplies as aid, not trade', () => {
		expect(
			read(
				"KINGSTON — Jamaica was hit. UNICEF has delivered water purification supplies and hygiene kits to the island's worst-hit communities."
			)
		).toEqual(['UNICEF→JAM aid reported']);
	});

	it('reads past an aside after the subject that names other states', () => {
		expect(
			read(
				'Egypt, locked in its own dispute with Addis Ababa over the Grand Ethiopian Renaissance Dam, signed a military cooperation protocol with Somalia in August.'
			)
		).toEqual(['EGY–SOM defense-pact confirmed']);
	});
});

describe('extractRelations: allies designated, measures ended or undone, aid halted or refused', () => {
	it('reads a state designated a major non-NATO ally as a pact, not a sanction', () => {
		expect(
			read(
				'On Monday the White House confirmed that it had formally designated Kenya a major non-NATO ally.'
			)
		).toEqual(['USA–KEN defense-pact confirmed']);
	});

	it('reads sanctions undone later in the sentence (", but lifted those measures") as no relation', () => {
		expect(
			read(
				'ECOWAS froze Malian state assets in January 2022, but lifted those measures in July 2022.'
			)
		).toEqual([]);
	});

	it('reads aid being halted, or loans a state is unable to obtain, as no aid', () => {
		expect(
			read('Germany said last week that it was halting new development aid commitments to Rwanda.')
		).toEqual([]);
		expect(
			read(
				'Because of arrears, Harare has been unable to obtain new loans from the World Bank for two decades.'
			)
		).toEqual([]);
	});

	it('reads exports restricted by sanctions as the sanction, not as trade', () => {
		expect(
			read(
				'U.S. sanctions on Sudan took effect on Friday, restricting American exports to the country.'
			)
		).toEqual(['USA→SDN sanctions reported']);
	});
});

describe('extractRelations: counts of goods, deliveries due, suppliers of food or sanctioned, an alliance’s members', () => {
	it('reads “80 million tonnes” as a count of goods, not money given', () => {
		expect(
			read(
				'ULAANBAATAR — Mongolia digs. China bought close to 90 percent of Mongolian exports in 2024, above all coal, and Mongolian mines sent more than 80 million tonnes of it across the southern border.'
			)
		).toEqual(['MNG→CHN trade reported']);
	});

	it('reads deliveries “due to begin” as a plan, but “due to its refusal” as a cause', () => {
		expect(
			read(
				'DOHA — Qatar sells gas. Deliveries to Germany under a 15-year agreement signed in 2022 are due to begin next year.'
			)
		).toEqual([]);
		expect(
			read(
				'In 2021 the EU Council adopted visa restrictions on Gambian nationals due to its refusal to take back migrants.'
			)
		).toEqual(['EU→GMB sanctions reported']);
	});

	it('reads a state’s main supplier of food as its trading partner, not its donor', () => {
		expect(
			read(
				"The Dominican Republic remains one of Haiti's main suppliers of food and building materials."
			)
		).toEqual(['DOM→HTI trade reported']);
	});

	it('reads suppliers sanctioned by states as no trade of those states', () => {
		expect(
			read(
				'YANGON — Myanmar is at war. The United States, Britain and Canada have also sanctioned suppliers of aviation fuel to the military.'
			).filter((r) => r.includes('trade'))
		).toEqual([]);
	});

	it('reads each state an alliance “binds” in a treaty as its member, not as allies of each other', () => {
		expect(
			read(
				'ALMATY — The CSTO met. Within hours the alliance, which binds Kazakhstan to Russia, Belarus and Armenia in a mutual-defence treaty, agreed to send peacekeeping forces.'
			)
		).toEqual([
			'KAZ–CSTO defense-pact confirmed',
			'RUS–CSTO defense-pact confirmed',
			'BLR–CSTO defense-pact confirmed',
			'ARM–CSTO defense-pact confirmed'
		]);
	});
});

describe('extractRelations: what never happened, what it makes possible, forces kept', () => {
	it('reads a scheme that "never got off the ground" as no relation', () => {
		expect(
			read(
				'A 2022 scheme to bring Egyptian gas and Jordanian electricity to Lebanon through Syria, to be financed by the World Bank, never got off the ground.'
			).filter((r) => r.startsWith('WB'))
		).toEqual([]);
	});

	it('reads grants a payment "clears the way for" as not yet given', () => {
		expect(
			read(
				"DAMASCUS — Saudi Arabia paid what Syria owed the World Bank. The payment clears the way for the bank's first grants to Damascus in more than a decade."
			)
		).toEqual([]);
	});

	it('reads a state that has troops in another as keeping a base there, not as giving aid', () => {
		expect(read('DOHA — Qatar hosts. Turkey also has troops in the emirate.')).toEqual([
			'TUR–QAT defense-pact reported'
		]);
		expect(read('Russia has troops ready to move.')).toEqual([]);
	});
});

describe('extractRelations: names of several words, goods sold in a state', () => {
	it('reads "the United States" after "imposed by" as a name, not as a verb of saying', () => {
		expect(
			read(
				'It suffers from sanctions imposed by the United States and the European Union on Russia.'
			)
		).toEqual(['USA→RUS sanctions reported', 'EU→RUS sanctions reported']);
	});

	it('reads goods supplied and consumed or sold in a state as trade with it', () => {
		expect(
			read('Romania also supplies most of the electricity consumed in neighbouring Moldova.')
		).toEqual(['ROU→MDA trade reported']);
		expect(
			read('Madagascar supplies most of the natural vanilla sold in the United States.')
		).toEqual(['MDG→USA trade reported']);
	});

	it('reads "The United States has not imposed sanctions" as a negation, not a denial by "States"', () => {
		expect(read('The United States has not imposed sanctions on Venezuela.')).toEqual([]);
	});

	it('reads a tariff on goods from a state as a sanction on it, "Bosnia and Herzegovina" as one name', () => {
		expect(read('Kosovo imposed a tariff on goods from Bosnia and Herzegovina.')).toEqual([
			'XKX→BIH sanctions reported'
		]);
	});
});

describe('extractRelations: sanctions on a state’s firms and people', () => {
	it('reads sanctions on a state’s firms, however many, as sanctions on the state', () => {
		expect(
			read(
				'The Treasury Department of the United States announced sanctions on eleven Iranian firms.'
			)
		).toEqual(['USA→IRN sanctions confirmed']);
		expect(
			read(
				'Britain and the European Union have blacklisted dozens of Iranian officials and companies.'
			)
		).toEqual(['GBR→IRN sanctions reported', 'EU→IRN sanctions reported']);
		expect(read('Singapore took financial measures against designated Russian banks.')).toEqual([
			'SGP→RUS sanctions reported'
		]);
	});

	it('leaves firms only named as sanctioned, and firms that trade, to themselves', () => {
		expect(
			read(
				'The Treasury of the United States warned Kyrgyzstan over transactions for blacklisted Russian lenders.'
			)
		).not.toContainEqual(expect.stringContaining('RUS sanctions'));
		expect(read('Chinese firms bought the oil.')).toEqual([]);
	});
});

describe('extractRelations: what was bought or given says the type', () => {
	it('reads the largest buyer of a state’s rice as trading with it, not as its donor', () => {
		expect(read('Vietnam is the largest buyer of Cambodian rice.')).toEqual([
			'KHM→VNM trade reported'
		]);
	});

	it('reads a bailout obtained from a lender as aid', () => {
		expect(read('Sri Lanka obtained a $2.9 billion bailout from the IMF in 2023.')).toEqual([
			'IMF→LKA aid reported'
		]);
	});

	it('reads a coast guard cutter provided as arms supplied', () => {
		expect(read('Washington provided Hanoi with a decommissioned coast guard cutter.')).toEqual([
			'USA→VNM trade reported'
		]);
	});
});

describe('extractRelations: money pledged, lent and owed', () => {
	it('reads money pledged as aid, but not people pledged nor a pledge to act', () => {
		expect(read('New Zealand pledged NZ$20 million to Tonga after the volcanic eruption.')).toEqual(
			['NZL→TON aid confirmed']
		);
		expect(
			read('Moscow has further pledged to help Ouagadougou build a nuclear power plant.')
		).toEqual([]);
	});

	it('reads loans received from a state named by its demonym past an amount as given by it', () => {
		expect(read('Cambodia has received more than $10 billion in Chinese loans.')).toEqual([
			'CHN→KHM aid reported'
		]);
	});

	it('reads a debt owed now to a state as money it lent, and one paid off as none', () => {
		expect(read('The Maldives owes China about $1.4 billion.')).toEqual(['CHN→MDV aid reported']);
		expect(
			read('Samoa, already heavily indebted to China, could not afford to borrow more.')
		).toEqual(['CHN→WSM aid reported']);
		expect(read('About two-thirds of Tonga’s external debt is owed to China.')).toEqual([
			'CHN→TON aid reported'
		]);
		expect(read('Argentina paid off its entire IMF debt in 2006.')).toEqual([]);
	});
});

describe('extractRelations: trade preferences taken away', () => {
	it('reads trade preferences suspended for a state, or withdrawn from it, as a sanction on it', () => {
		expect(read('The European Union suspended trade preferences for Cambodia in 2020.')).toEqual([
			'EU→KHM sanctions reported'
		]);
		expect(read('Brussels withdrew trade preferences from Sri Lanka in 2010.')).toEqual([
			'EU→LKA sanctions reported'
		]);
		expect(read('The EU granted trade preferences to Sri Lanka in 2017.')).toEqual([]);
	});
});

describe('extractRelations: a state relied on for what it gives', () => {
	it('reads a state relied on for goods as trade, for support as aid, and for nothing named as none', () => {
		expect(read('Nepal depends on India for nearly all of its petroleum.')).toEqual([
			'IND→NPL trade reported'
		]);
		expect(read('Tonga relies on Australia and New Zealand for budget support.')).toEqual([
			'AUS→TON aid reported',
			'NZL→TON aid reported'
		]);
		expect(read('Nepal depends on India.')).toEqual([]);
	});
});

describe('extractRelations: what was stopped or only talked of', () => {
	it('reads aid stopped as ended, but trade stopped by one side as its sanction', () => {
		expect(
			read('Slovakia stopped sending military aid to Ukraine after Fico took office.')
		).toEqual([]);
		expect(read('China stopped clearing shipments of rare earths bound for Japan.')).toEqual([
			'CHN→JPN sanctions reported'
		]);
	});

	it('reads talks on a deal as no deal made', () => {
		expect(read('Talks on a trade deal between Iceland and China stalled in 2010.')).toEqual([]);
		expect(read('Iceland and China signed a trade deal in 2013.')).toEqual([
			'ISL–CHN trade reported'
		]);
	});
});

describe('extractRelations: claims rejected', () => {
	it('reads claims rejected by the one they accuse as a denial', () => {
		expect(read('Jamaica rejected claims that it had sanctioned Cuba.')).toEqual([
			'JAM→CUB sanctions denied'
		]);
		expect(read('Parliament rejected the deal with China.')).toEqual([]);
	});
});

describe('extractRelations: arms received as a gift', () => {
	it('reads arms received as a donation as aid, and arms received alone as trade', () => {
		expect(
			read('Montenegro received two helicopters from the United States as a donation.')
		).toEqual(['USA→MNE aid reported']);
		expect(read('Montenegro received two helicopters from the United States.')).toEqual([
			'USA→MNE trade reported'
		]);
	});
});

describe('extractRelations: assets frozen', () => {
	it('reads the assets of a state’s people frozen as a sanction on it, but not talks frozen', () => {
		expect(read('The EU has frozen the assets of Nicaraguan officials.')).toEqual([
			'EU→NIC sanctions reported'
		]);
		expect(read('Britain has frozen the assets of Russia’s central bank.')).toEqual([
			'GBR→RUS sanctions reported'
		]);
		expect(read('The talks have frozen since 2019 between Serbia and Kosovo.')).toEqual([]);
	});

	it('marks the verb, not its auxiliary, as what makes the freeze a formal act', () => {
		const [proposal] = extractRelations(
			'On Monday the EU has frozen the assets of Nicaraguan officials.',
			undefined,
			{ model: null }
		).relations;
		expect(proposal.reason).toContain('“frozen”, a formal act');
	});
});

describe('extractRelations: forces stationed', () => {
	it('reads forces stationed in another state as a base there, not as aid', () => {
		expect(
			read('Several thousand US personnel are stationed at Al Dhafra Air Base in the Emirates.')
		).toEqual(['USA–ARE defense-pact reported']);
		expect(read('Russia sent troops to fight for Syria.')).toEqual(['RUS→SYR aid reported']);
	});
});

describe('extractRelations: one object shared, goods in a relative clause, a charge denied beside an admission', () => {
	it('reads the object a second verb of help shares', () => {
		expect(read('Russia trains and equips the Malian army.')).toEqual(['RUS→MLI aid reported']);
		expect(
			read('U.S. special forces continue to train and advise Cameroonian units fighting jihadists.')
		).toEqual(['USA→CMR aid reported']);
	});

	it('takes a state’s refiners for its trade', () => {
		expect(read('Chinese refiners buy most of Venezuela’s oil.')).toEqual([
			'VEN→CHN trade reported'
		]);
		expect(read('Indian refiners have snapped up discounted Russian crude.')).toEqual([
			'RUS→IND trade reported'
		]);
	});

	it('reads goods a buyer takes in a relative clause as sold by the subject', () => {
		expect(
			read('Guinea supplies roughly 70 per cent of the aluminium ore that China imports.')
		).toEqual(['GIN→CHN trade reported']);
		expect(read('Guinea signed the deal that China wanted.')).toEqual([]);
	});

	it('keeps a charge denied beside what the denier acknowledges', () => {
		expect(
			read(
				'Niger accuses Benin of hosting French military bases. ' +
					'Benin’s spokesman rejected the charge, saying there is no French base in the country, while acknowledging that French instructors train Beninese units.'
			)
		).toEqual([
			'FRA–BEN defense-pact alleged',
			'FRA→BEN aid confirmed',
			'FRA–BEN defense-pact denied'
		]);
	});
});

describe('extractRelations: sanctions lists and measures, goods in transit', () => {
	it('reads a sanctions list for a state and measures against it', () => {
		expect(
			read('The EU’s sanctions list for Belarus already includes sweeping trade restrictions.')
		).toEqual(['EU→BLR sanctions reported']);
		expect(read('Most US measures against Belarus remain in place.')).toEqual([
			'USA→BLR sanctions reported'
		]);
		expect(read('Russia took measures against Ukrainian drones.')).toEqual([]);
		expect(
			read(
				'The vessel’s owner was already on a US sanctions list for carrying cargo for Russia’s military.'
			)
		).toEqual([]);
	});

	it('sends goods shipped through another state’s ports to no one named', () => {
		expect(
			read(
				'Lithuania shut the border. Lithuania is angry. Belarus now ships most of its fertiliser through Russian ports instead.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: an alliance’s name, sovereignty handed over, those listed among recipients', () => {
	it('does not read a pact from the words of an alliance’s name', () => {
		expect(
			read('Kyrgyzstan and Tajikistan belong to the Collective Security Treaty Organization.')
		).toEqual(['KGZ–CSTO defense-pact reported', 'TJK–CSTO defense-pact reported']);
	});

	it('does not take sovereignty handed over for a gift or its treaty for a pact', () => {
		expect(
			read(
				'Britain signed a treaty on Thursday handing sovereignty over the Chagos Islands to Mauritius.'
			)
		).toEqual([]);
		expect(read('Japan handed patrol boats to Vietnam.')).toEqual(['JPN→VNM aid reported']);
	});

	it('reads those listed among the recipients as receiving from the subject', () => {
		expect(
			read(
				'Tokyo’s foreign ministry has listed Indonesia, Mongolia and Djibouti among the recipients.'
			)
		).toEqual(['JPN→IDN aid reported', 'JPN→MNG aid reported', 'JPN→DJI aid reported']);
	});
});

describe('extractRelations: a tie said to go on', () => {
	it('reads a tie a party says it would keep or continue as holding, but not forces kept', () => {
		expect(
			read('The US envoy said Washington would maintain its ban on imports from Myanmar.')
		).toEqual(['USA→MMR sanctions confirmed']);
		expect(read('Britain said it would continue to provide aid to Nepal.')).toEqual([
			'GBR→NPL aid confirmed'
		]);
		expect(read('Japan would provide aid to Myanmar if asked.')).toEqual([]);
		expect(read('Beijing said Chinese forces would keep patrolling the area near India.')).toEqual(
			[]
		);
	});
});

describe('extractRelations: what a signed agreement binds a party to', () => {
	it('reads a supply a signed deal binds a party to, told in the past', () => {
		expect(read('Afghanistan signed a deal under which Russia would supply gasoline.')).toEqual([
			'RUS→AFG trade reported'
		]);
		expect(
			read('Afghanistan signed a deal under which Russia would supply gasoline if prices fell.')
		).toEqual([]);
	});

	it('reads a pact with the party an agreement binds, named after “under which”', () => {
		expect(
			read(
				'Iceland signed a bilateral defence agreement under which the United States undertook to defend the island.'
			)
		).toEqual(['ISL–USA defense-pact confirmed']);
	});
});

describe('extractRelations: forces come to a capital', () => {
	it('reads forces that arrived in a capital, past an aside, as sent to its state', () => {
		expect(
			read(
				'Russian military instructors, numbering up to 200 by several accounts, arrived in Malabo.'
			)
		).toEqual(['RUS→GNQ aid reported']);
		expect(read('Diplomats, led by the envoy, arrived in Malabo.')).toEqual([]);
	});
});

describe('extractRelations: sold abroad by the report’s state’s own firm', () => {
	it('reads goods a firm of the report’s state sells as its state’s trade, and says the seller was not named', () => {
		const report =
			'Ghana is growing. Ghana’s economy is strong. ' +
			'The state power company also sells electricity across the border to Burkina Faso and Togo.';
		expect(read(report)).toEqual(['GHA→BFA trade reported', 'GHA→TGO trade reported']);
		const [proposal] = extractRelations(report, undefined, { model: null }).relations;
		expect(proposal.reason).toContain('giver not named: the state the report is about');
		expect(
			read('Ghana is growing. Ghana’s economy is strong. Analysts also sell reports to Togo.')
		).toEqual([]);
	});
});

describe('extractRelations: money added to what others give', () => {
	it('reads sums added or chipped in as aid to the report’s state, not words added', () => {
		const before = 'Tonga was hit by a tsunami. Tonga’s capital was covered in ash. ';
		expect(read(`${before}Switzerland and Denmark added smaller sums.`)).toEqual([
			'CHE→TON aid reported',
			'DNK→TON aid reported'
		]);
		expect(read(`${before}Japan chipped in $5 million.`)).toEqual(['JPN→TON aid reported']);
		expect(read(`${before}The Japanese minister added that Japan would help.`)).toEqual([]);
		expect(read(`${before}Japan added 5,000 tonnes of rice to its exports.`)).toEqual([]);
	});
});

describe('extractRelations: agreements suspended', () => {
	it('reads agreements suspended with a state as a sanction on it', () => {
		expect(
			read('Caracas announced that it was suspending all energy agreements with Port of Spain.')
		).toEqual(['VEN→TTO sanctions confirmed']);
		expect(read('Kenya and Uganda signed energy agreements.')).toEqual([]);
	});
});

describe('extractRelations: a member suspended from a body', () => {
	it('reads a member suspended from a body as sanctioned by it, and knows the AU’s council', () => {
		expect(
			read(
				'The African Union’s Peace and Security Council suspended Madagascar from all its activities.'
			)
		).toEqual(['AU→MDG sanctions reported']);
		expect(read('ECOWAS suspended Guinea from the bloc.')).toEqual([
			'ECOWAS→GIN sanctions reported'
		]);
		expect(read('Kenya suspended talks with Uganda.')).toEqual([]);
	});

	it('reads aid cut off, halted or barred as a sanction, and no aid cut that neither state suggested', () => {
		expect(read('Washington cut off aid to Nepal after the coup.')).toEqual([
			'USA→NPL sanctions reported'
		]);
		expect(
			read(
				"The Pressler Amendment's ban on American military and economic assistance to Pakistan remains in force."
			)
		).toEqual(['USA→PAK sanctions reported']);
		expect(read('Japan resumed aid to Myanmar.')).toEqual(['JPN→MMR aid reported']);
		expect(
			read(
				'Neither Wellington nor Canberra has suggested cutting its aid to Tonga over the unrest.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: allies in recognition only', () => {
	it('reads no pact with a diplomatic ally, nor with one of Taiwan’s allies', () => {
		expect(read('Brief: Paraguay, Taiwan’s last ally in South America')).toEqual([]);
		expect(read('Eswatini is one of Taiwan’s few remaining diplomatic allies.')).toEqual([]);
		expect(read('Paraguay is an ally of Taipei.')).toEqual([]);
		expect(read('Japan is America’s closest ally in Asia.')).toEqual([
			'JPN–USA defense-pact reported'
		]);
	});
});

describe('extractRelations: a treaty made and a treaty standing', () => {
	it('reads a treaty signed or put into force as confirmed, one told as standing as reported', () => {
		expect(read('Russia signed a mutual-defence treaty with North Korea last June.')).toEqual([
			'RUS–PRK defense-pact confirmed'
		]);
		expect(
			read('A free-trade agreement between Mauritius and China entered into force in 2021.')
		).toEqual(['MUS–CHN trade confirmed']);
		expect(
			read(
				'Australia has had a status-of-visiting-forces agreement with the Philippines since 2012.'
			)
		).toEqual(['AUS–PHL defense-pact reported']);
		expect(read('France and Cyprus have had a defence cooperation agreement since 2017.')).toEqual([
			'FRA–CYP defense-pact reported'
		]);
	});
});

describe('extractRelations: a force sent, food airlifted', () => {
	it('reads a stabilisation force dispatched and food airlifted as aid to the report’s state', () => {
		const before = 'Haiti was hit by a hurricane. Haiti’s capital was flooded. ';
		expect(
			read(`${before}ECOWAS dispatched a stabilisation force to shield state institutions.`)
		).toEqual(['ECOWAS→HTI aid reported']);
		expect(read(`${before}The World Food Programme is airlifting food to the towns.`)).toEqual([
			'WFP→HTI aid reported'
		]);
		expect(read(`${before}The treaty has been in force since 2012.`)).toEqual([]);
	});
});

describe('extractRelations: the verb “supplies”', () => {
	it('reads what is supplied, not the verb, for the type', () => {
		expect(
			read(
				'Gambia faced a crisis. Gambia’s president fled. Senegal supplies the bulk of the troops.'
			)
		).toEqual(['SEN→GMB aid reported']);
		expect(read('Russia supplies oil to China.')).toEqual(['RUS→CHN trade reported']);
	});
});

describe('extractRelations: a state firm that stops selling', () => {
	it('reads no sanction where a state firm halts its deliveries, but one where a state halts trade', () => {
		expect(
			read('Gazprom halted deliveries to Sofia after the government refused to pay in roubles.')
		).toEqual([]);
		expect(read('Turkey has halted all exports to Israel.')).toEqual([
			'TUR→ISR sanctions reported'
		]);
	});
});

describe('extractRelations: aid suspended, trade benefits taken away', () => {
	it('reads aid or funds suspended for a state as a sanction on it, not talks suspended', () => {
		expect(
			read('The Council of the EU suspended €6.3 billion in cohesion funds for Hungary.')
		).toEqual(['EU→HUN sanctions reported']);
		expect(read('The IMF suspended disbursements to Mozambique.')).toEqual([
			'IMF→MOZ sanctions reported'
		]);
		expect(read('Kenya suspended talks with Uganda.')).toEqual([]);
	});

	it('reads a state removed from a trade preference programme or stripped of its trade benefits', () => {
		expect(
			read(
				'President Joe Biden removed Uganda from the African Growth and Opportunity Act trade preference programme.'
			)
		).toEqual(['USA→UGA sanctions reported']);
		expect(read('Washington was stripping Cameroon of its trade benefits.')).toEqual([
			'USA→CMR sanctions reported'
		]);
		expect(read('Kenya enjoys trade benefits under the act.')).toEqual([]);
	});
});

describe('extractRelations: goods made in a state, barred', () => {
	it('reads goods made in a state, barred, as a sanction on it, not its officials barred', () => {
		expect(read('Kosovo has barred goods made in Serbia from entering the country.')).toEqual([
			'XKX→SRB sanctions reported'
		]);
		expect(read('Kosovo barred officials in Serbia from travelling.')).toEqual([]);
	});
});

describe('extractRelations: a sum committed', () => {
	it('reads a sum a state will give as aid committed, not other things it will do', () => {
		expect(
			read(
				'The European Union will give Lebanon 1 billion euros over the next four years, Commission President Ursula von der Leyen announced.'
			)
		).toEqual(['EU→LBN aid confirmed']);
		expect(
			read(
				'Mauritania and the European Union signed a migration partnership under which Brussels will provide 210 million euros to Mauritania.'
			)
		).toEqual(['EU→MRT aid reported']);
		expect(read('Japan will give Vietnam patrol boats next year.')).toEqual([]);
		expect(read('Japan will consider giving Vietnam 10 million dollars.')).toEqual([]);
	});
});

describe('extractRelations: forces that deploy', () => {
	it('reads forces deployed to a state as sent to it, not forces deployed along a border', () => {
		expect(
			read(
				'Ugandan special forces have deployed to Juba at the request of South Sudan’s government.'
			)
		).toEqual(['UGA→SSD aid reported']);
		expect(read('Chinese forces deployed along the border with India.')).toEqual([]);
	});
});

describe('extractRelations: a ban on a state’s ships', () => {
	it('reads a ban on a state’s ships as a sanction on it, and a state that ships goods as their seller', () => {
		expect(
			read(
				'Japan announced its own measures in February, including a ban on North Korean ships entering its ports.'
			)
		).toEqual(['JPN→PRK sanctions confirmed']);
		expect(read('Iran ships oil to Syria.')).toEqual(['IRN→SYR trade reported']);
		expect(read('The agreement gave US ships and aircraft access to Duqm.')).toEqual([]);
	});
});

describe('extractRelations: arms exports halted', () => {
	it('reads a halt to arms exports or licences, announced, as a sanction; not a sanction still to come', () => {
		expect(
			read(
				'Denmark and Finland said that they would stop approving new arms export licences for Saudi Arabia.'
			)
		).toEqual(['DNK→SAU sanctions confirmed', 'FIN→SAU sanctions confirmed']);
		expect(
			read('Germany announced that it would approve no new arms exports to Saudi Arabia.')
		).toEqual(['DEU→SAU sanctions confirmed']);
		expect(read('The EU said it would impose sanctions on Russia.')).toEqual([]);
		expect(read('Britain said it would suspend aid to Rwanda.')).toEqual([]);
		expect(read('London said it would stop promoting trade with Rwanda.')).toEqual([]);
		expect(read('Germany has not halted arms sales to Saudi Arabia.')).toEqual([]);
	});
});

describe('extractRelations: one state overtaking another', () => {
	it('reads the state that overtook another as the partner, not the one overtaken', () => {
		expect(read("China has overtaken Russia as Kazakhstan's largest trading partner.")).toEqual([
			'CHN–KAZ trade reported'
		]);
		expect(read('Russia as well as China sold arms to Myanmar.')).toEqual([
			'RUS→MMR trade reported',
			'CHN→MMR trade reported'
		]);
	});
});

describe('extractRelations: a second verb past a list of words', () => {
	it('reads the subject of a second verb past the "and" of a list of words, not past "but keeps"', () => {
		expect(
			read(
				'Saudi Arabia and Egypt cut diplomatic ties with Qatar and imposed a land, sea and air blockade on it in June 2017.'
			)
		).toEqual(['SAU→QAT sanctions reported', 'EGY→QAT sanctions reported']);
		expect(
			read(
				'The EU has lifted almost all of its asset freezes on Zimbabwe but keeps an arms embargo on the country.'
			)
		).toEqual(['EU→ZWE sanctions reported']);
	});
});

describe('extractRelations: Greenland', () => {
	it('reads Greenland as an actor of its own, by its name and its capital', () => {
		expect(
			read(
				'The United States reopened its consulate in Nuuk and announced a $12.1 million assistance package for Greenland.'
			)
		).toEqual(['USA→GRL aid confirmed']);
	});
});

describe('extractRelations: leased from a state', () => {
	it('reads goods leased from a state as bought from it, not a lease with no lessor', () => {
		expect(read('Hungary flies 14 Gripens leased from Sweden.')).toEqual([
			'SWE→HUN trade reported'
		]);
		expect(
			read(
				'The Czech Republic, which also leases the jet from Stockholm, is weighing a replacement.'
			)
		).toEqual(['SWE→CZE trade reported']);
		expect(read('China leased the port to a firm from Hong Kong for 99 years.')).toEqual([]);
	});
});

describe('extractRelations: help sent at a state’s request', () => {
	it('reads forces deployed at a state’s request as sent to it, and a request still open as none', () => {
		expect(read("Rwanda deployed soldiers at Maputo's request in July 2021.")).toEqual([
			'RWA→MOZ aid reported'
		]);
		expect(read('Rwanda deployed soldiers at the request of Mozambique.')).toEqual([
			'RWA→MOZ aid reported'
		]);
		expect(read('Mozambique has requested troops from Rwanda.')).toEqual([]);
		expect(read("A summit was held at Maputo's Polana hotel.")).toEqual([]);
	});
});

describe('extractRelations: goods shipped as aid to a list of states', () => {
	it('reads goods shipped to several states as aid where said so past the list', () => {
		expect(
			read('Kyiv has shipped wheat to Ethiopia, Somalia and Sudan as humanitarian aid.')
		).toEqual(['UKR→ETH aid reported', 'UKR→SOM aid reported', 'UKR→SDN aid reported']);
		expect(read('Kyiv has shipped wheat to Ethiopia, Somalia and Sudan, as Russia did.')).toEqual([
			'UKR→ETH trade reported',
			'UKR→SOM trade reported',
			'UKR→SDN trade reported'
		]);
	});
});

describe('extractRelations: a state’s firm that stops selling', () => {
	it('reads a firm named after its state that stops selling as no sanction, unlike the state itself', () => {
		expect(read("Russia's RAO Nordic stopped selling electricity to Finland.")).toEqual([]);
		expect(read('Russia stopped selling gas to Finland.')).toEqual(['RUS→FIN sanctions reported']);
	});
});

describe('extractRelations: measures lifted since', () => {
	it('reads measures named again as lifted as ended, not measures expanded', () => {
		expect(
			read(
				'Relations have come a long way since Tokyo froze new yen loans to India after the 1998 nuclear tests; those measures were lifted in 2001.'
			)
		).toEqual([]);
		expect(
			read('The EU imposed sanctions on Belarus, and the measures were expanded in 2021.')
		).toEqual(['EU→BLR sanctions reported']);
	});
});

describe('extractRelations: firms in a state, and a state’s traders', () => {
	it('reads goods from firms in a state as from that state, and a state’s traders as its trade', () => {
		expect(
			read(
				'Kenya has imported petrol, diesel and jet fuel from state oil companies in Saudi Arabia and the United Arab Emirates.'
			)
		).toEqual(['SAU→KEN trade reported', 'ARE→KEN trade reported']);
		expect(read('Somali traders resumed imports of Kenyan khat in 2022.')).toEqual([
			'KEN→SOM trade reported'
		]);
		expect(read('Chinese traders were arrested in Zambia.')).toEqual([]);
	});
});

describe('extractRelations: placed on a list, goods that come from a state', () => {
	it('reads a state placed on a list as sanctioned by the one placing it', () => {
		expect(
			read(
				'In March 2022 the Kremlin placed Japan on a list of "unfriendly" countries whose companies face restrictions.'
			)
		).toEqual(['RUS→JPN sanctions reported']);
		expect(read('Japan was placed on a list of unfriendly countries.')).toEqual([]);
	});

	it('reads goods that come from a state as bought from it, not anything else that comes', () => {
		expect(read("Most of Armenia's gas still comes from Russia through Georgia.")).toEqual([
			'RUS→ARM trade reported'
		]);
		expect(read('Half of the oil Cuba burns comes from Venezuela.')).toEqual([
			'VEN→CUB trade reported'
		]);
		expect(read('The call came from Moscow, officials in Kyiv said.')).toEqual([]);
	});
});

describe('extractRelations: sanctions on a state’s firm, named with it', () => {
	it('reads sanctions on a firm named as a state’s as sanctions on the state, unless another owns it', () => {
		expect(
			read('American sanctions on NIS, Serbia’s main oil company, came into force on Thursday.')
		).toEqual(['USA→SRB sanctions reported']);
		expect(
			read(
				'US sanctions on NIS, Serbia’s main oil company, which is majority-owned by Gazprom Neft, took effect.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: sales halted over payment', () => {
	it('reads sales halted in a quarrel over payment as no sanction, unlike a halt over a war', () => {
		expect(
			read(
				'Ashgabat also halted direct gas sales to Iran in January 2017 in a quarrel over unpaid bills.'
			)
		).toEqual([]);
		expect(read('Turkey halted all exports to Israel over the war in Gaza.')).toEqual([
			'TUR→ISR sanctions reported'
		]);
	});
});

describe('extractRelations: tariffs raised, penalties, licences frozen', () => {
	it('reads import duties or tariffs raised on a state’s goods as a sanction, not as an import', () => {
		expect(
			read(
				'Turkey on Wednesday sharply raised import duties on American cars, alcohol, tobacco and other goods, hitting back at Washington.'
			)
		).toEqual(['TUR→USA sanctions reported']);
		expect(read('China doubled tariffs on Australian wine.')).toEqual([
			'CHN→AUS sanctions reported'
		]);
		// Raised on goods of no one named: no one sanctioned.
		expect(read('The EU raised tariffs on steel imports.')).toEqual([]);
	});

	it('reads a state’s agency penalised as the state sanctioned, unless the penalty was stopped short of', () => {
		expect(
			read("In December 2020 Washington penalised Turkey's defence procurement agency.")
		).toEqual(['USA→TUR sanctions reported']);
		expect(read('Washington has stopped short of penalising the UAE itself.')).toEqual([]);
	});

	it('reads licences or permits frozen for a state as a sanction on it', () => {
		expect(
			read(
				'Norway had frozen new permits for arms and ammunition bound for Saudi Arabia earlier that month.'
			)
		).toEqual(['NOR→SAU sanctions reported']);
		expect(read('Talks have frozen since Russia left Ukraine.')).toEqual([]);
	});
});

describe('extractRelations: the kingdom, and the point of a short word', () => {
	it('reads "the kingdom" a state acts on as another kingdom than the state itself', () => {
		expect(
			read(
				"Saudi Arabia's arms suppliers split. Denmark said that it would stop approving new arms export licences for the kingdom."
			)
		).toEqual(['DNK→SAU sanctions confirmed']);
		expect(
			read(
				'Riyadh placed a deposit in the central bank, and in August the kingdom announced new aid to Egypt.'
			)
		).toEqual(['SAU→EGY aid reported']);
	});

	it('reads on past the point of an abbreviated month', () => {
		expect(
			read(
				'Denmark and Finland said on Nov. 22 that they would stop approving new arms export licences for Saudi Arabia.'
			)
		).toEqual(['DNK→SAU sanctions confirmed', 'FIN→SAU sanctions confirmed']);
	});
});

describe('extractRelations: who responded, officials named after a person, a state’s makers', () => {
	it('reads one who responded by freezing assets as the one freezing them', () => {
		expect(read('North Korea responded by freezing South Korean assets left in the zone.')).toEqual(
			['PRK→KOR sanctions confirmed']
		);
	});

	it('reads entry bans on a person and a state’s officials as a sanction on the state', () => {
		expect(
			read(
				'Estonia, Latvia and Lithuania had already imposed entry bans on Ivanishvili and more than a dozen Georgian officials.'
			)
		).toEqual([
			'EST→GEO sanctions reported',
			'LVA→GEO sanctions reported',
			'LTU→GEO sanctions reported'
		]);
		expect(
			read('The EU imposed sanctions on Lukashenko and several Belarusian officials.')
		).toEqual(['EU→BLR sanctions reported']);
	});

	it('reads goods bought from a state’s manufacturer as bought from the state', () => {
		expect(read('Kazakhstan bought locomotives from the US manufacturer Wabtec.')).toEqual([
			'USA→KAZ trade reported'
		]);
	});
});

describe('extractRelations: links cut by a list of states, flights suspended', () => {
	it('reads links closed by the states listed at the opening as a sanction of each, past the object of a first verb', () => {
		expect(
			read(
				'That day, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed ties with Qatar and closed their land, sea and air links with the emirate.'
			)
		).toEqual([
			'SAU→QAT sanctions reported',
			'ARE→QAT sanctions reported',
			'BHR→QAT sanctions reported',
			'EGY→QAT sanctions reported'
		]);
		// "their" is the list that opens the sentence, not the last sentence's two states.
		expect(
			read(
				'Qatar and Eritrea quarrelled. Saudi Arabia and Egypt closed their air links with Qatar.'
			)
		).toEqual(['SAU→QAT sanctions reported', 'EGY→QAT sanctions reported']);
		// The one the first verb's preposition leads to does not act in the second.
		expect(read('Turkey signed a pact with Libya and sent drones.')).not.toContain(
			'LBY→TUR trade reported'
		);
	});

	it('reads flights to a state suspended as a sanction on it, not talks suspended', () => {
		expect(
			read(
				'Kenya suspended all flights to and from Somalia for three months on Tuesday, the Kenya Civil Aviation Authority said.'
			)
		).toEqual(['KEN→SOM sanctions confirmed']);
		expect(read('Venezuela suspended flights to the Dominican Republic in July 2024.')).toEqual([
			'VEN→DOM sanctions reported'
		]);
		expect(read('Venezuela suspended talks with the Dominican Republic in July 2024.')).toEqual([]);
	});
});

describe('extractRelations: money borrowed, works paid with another’s credit, "the country" of the report', () => {
	it('reads money borrowed from a lender as aid the lender gives', () => {
		expect(
			read('Uganda borrowed $207 million from China’s Export-Import Bank in 2015 for the airport.')
		).toEqual(['CHN→UGA aid reported']);
	});

	it('reads works paid for with another state’s credit as that state’s aid', () => {
		expect(read('Uganda has financed the Karuma dam with Chinese credit.')).toEqual([
			'CHN→UGA aid reported'
		]);
		expect(read('Uganda built the road with China’s money.')).toEqual(['CHN→UGA aid reported']);
		expect(read('China financed the road for Uganda.')).toEqual(['CHN→UGA aid reported']);
	});

	it('reads "the country" in a sentence that names no state as the state of the dateline', () => {
		expect(
			read(
				'DAR ES SALAAM, Nov 16 — Denmark said on Thursday it was withholding aid to Tanzania. Relations with Washington had cooled. Magufuli has clashed with the buyers of cashew nuts, the country’s leading cash crop, most of which is shipped raw to India.'
			)
		).toContain('TZA→IND trade reported');
	});

	it('reads "it" after "most of" as a share of goods, not a state', () => {
		const found = read(
			'The European Union buys little from Mozambique. Coal, most of it shipped to India, and aluminium, sold largely to the Netherlands, dominate exports.'
		);
		expect(found.some((relation) => relation.startsWith('EU'))).toBe(false);
		expect(found.some((relation) => relation.startsWith('IND→NLD'))).toBe(false);
	});
});

describe('extractRelations: trained in a state, a denial of another claim, a creditor of the report’s state', () => {
	it('reads soldiers trained in a state as trained by it', () => {
		expect(
			read('The minister confirmed that Somali cadets were being trained in Eritrea.')
		).toEqual(['ERI→SOM aid reported']);
		expect(read('About 5,000 Somali soldiers who had trained in Eritrea came home.')).toEqual([
			'ERI→SOM aid reported'
		]);
		expect(read('Russia trained Malian troops in Mali.')).toEqual(['RUS→MLI aid reported']);
	});

	it('does not read the dismissal of reports about another actor as a denial of the relation', () => {
		expect(
			read(
				'Somalia said that about 5,000 Somali soldiers who had trained in Eritrea were accounted for, dismissing as rumours reports that some of them had fought in Ethiopia.'
			)
		).toEqual(['ERI→SOM aid confirmed']);
	});

	it('reads "the country’s" in an appositive of a named state as the report’s state', () => {
		expect(
			read(
				'MAPUTO, May 3 — Mozambique returned to the IMF. The United States funds HIV treatment for Mozambicans, while China, the country’s largest bilateral creditor, has financed roads and bridges.'
			)
		).toContain('CHN→MOZ aid reported');
	});
});

describe('extractRelations: a span the sentence opens with, closed', () => {
	it('reads a relation held from one date until a later one, the sentence opening with it, as ended', () => {
		expect(
			read(
				'From June 2017 until the Al-Ula declaration of January 2021, Saudi Arabia and Egypt closed their airspace to Qatar.'
			)
		).toEqual([]);
		expect(read('Saudi Arabia and Egypt closed their airspace to Qatar in June 2017.')).toEqual([
			'SAU→QAT sanctions reported',
			'EGY→QAT sanctions reported'
		]);
	});
});

describe('extractRelations: money for works in a state, a firm sanctioned by what it is', () => {
	it('reads money given for works that stand in a state as aid to that state', () => {
		expect(read('Chinese state lenders provided the money for the port in Cameroon.')).toEqual([
			'CHN→CMR aid reported'
		]);
		expect(read('China provided loans for roads in Laos.')).toEqual(['CHN→LAO aid reported']);
	});

	it('reads a firm sanctioned, named then said to be a state’s, as that state sanctioned', () => {
		expect(read('The United States blacklisted Keremet Bank, a Kyrgyz lender.')).toEqual([
			'USA→KGZ sanctions reported'
		]);
		expect(read('The EU signed a deal with Keremet Bank, a Kyrgyz lender.')).toEqual([]);
	});
});

describe('extractRelations: a second receiver past an aside, goods that arrive from a state', () => {
	it('reads a second receiver led by the same preposition past "and" and an aside', () => {
		expect(
			read('Tajikistan now sells electricity to Uzbekistan and, in summer, to Afghanistan.')
		).toEqual(['TJK→UZB trade reported', 'TJK→AFG trade reported']);
	});

	it('reads goods that arrive from a state as bought from it, not an envoy who arrives', () => {
		expect(read('Austria’s gas now arrives by pipeline from Norway.')).toEqual([
			'NOR→AUT trade reported'
		]);
		expect(read('Austria’s envoy arrived from Norway on Monday.')).toEqual([]);
	});
});

describe('extractRelations: contingents sent beside another state’s forces', () => {
	it('reads contingents from a list, beside another state’s paratroopers, as aid to the report’s state', () => {
		expect(
			read(
				'ALMATY, Jan 7 — Kazakhstan asked for help. About 2,000 troops arrived, most of them Russian paratroopers, with smaller contingents from Armenia and Belarus, to guard airports.'
			)
		).toEqual(['ARM→KAZ aid reported', 'BLR→KAZ aid reported']);
	});
});

describe('extractRelations: "its neighbour"', () => {
	it('reads "its neighbour" as the state the report is about, not the one "its" stands for', () => {
		expect(
			read(
				'RABAT, May 2 — Morocco’s economy grew. Morocco sells phosphates. Spain traded goods worth 20 billion euros with its southern neighbour last year.'
			)
		).toContain('ESP–MAR trade reported');
		expect(
			read(
				'Tunisia is poor. In July 2023 Saudi Arabia granted Tunisia a loan, and Algeria lent its neighbour $300 million in 2021.'
			)
		).toEqual(['SAU→TUN aid reported', 'DZA→TUN aid reported']);
	});
});

describe('extractRelations: relief sent to the report’s state, debt let go', () => {
	const haiti = (...sentences: string[]) =>
		read(
			[
				'NEW YORK, 27 January 2010 — Relief for Haiti is scaling up after the earthquake in Haiti.',
				'Haiti needs shelter, and Haiti needs food.',
				...sentences
			].join('\n')
		);

	it('reads help sent at a request named past a list of what was sent', () => {
		expect(
			haiti(
				'The United States has deployed thousands of troops, the hospital ship USNS Comfort and urban search-and-rescue teams at the request of the Haitian Government.'
			)
		).toEqual(['USA→HTI aid reported']);
	});

	it('reads a second past verb after "and" as the subject’s, past its own "its"', () => {
		expect(
			haiti(
				'The Dominican Republic has opened its border to relief convoys and sent medical teams and food.'
			)
		).toEqual(['DOM→HTI aid reported']);
	});

	it('reads each giver of a list of clauses run on with commas as giving to the report’s state', () => {
		expect(
			haiti(
				'Cuba flew in doctors within days, two Venezuelan vessels unloaded fuel in the capital, and Mexico has sent food.'
			)
		).toEqual(['CUB→HTI aid reported', 'MEX→HTI aid reported']);
	});

	it('reads a rescue team that arrived as help to the report’s state, past a concession', () => {
		expect(
			haiti(
				'A Chinese search-and-rescue team arrived on 14 January, although Haiti maintains diplomatic relations with Taipei rather than Beijing.'
			)
		).toEqual(['CHN→HTI aid reported']);
		// The report's own teams help no one else.
		expect(haiti('Haitian rescue teams worked through the night.')).toEqual([]);
	});

	it('reads food delivered to people as help to the report’s state, though it aims for more', () => {
		expect(
			haiti(
				'The World Food Programme (WFP) said it had now delivered food to hundreds of thousands of people and aimed to reach 2 million within weeks.'
			)
		).toEqual(['WFP→HTI aid confirmed']);
	});

	it('reads a debt cancelled, written off or forgiven as aid to the debtor', () => {
		expect(
			read(
				"President Hugo Chávez of Venezuela announced this week the cancellation of Haiti's debt under the PetroCaribe energy agreement."
			)
		).toEqual(['VEN→HTI aid confirmed']);
		expect(read("Paris wrote off Zambia's debts in 2005.")).toEqual(['FRA→ZMB aid reported']);
		expect(read('Russia forgave Cuba most of its Soviet-era debt.')).toEqual([
			'RUS→CUB aid reported'
		]);
		// Not what is cancelled without a debt.
		expect(read('Russia cancelled the visit of the Cuban minister.')).toEqual([]);
	});

	it('reads neither a club named after a capital nor a person named like a state as the state', () => {
		expect(read("The Paris Club agreed to cancel $4 billion of Iraq's debt.")).toEqual([]);
		expect(
			read(
				"Managing Director Dominique Strauss-Kahn said the Fund would work with other creditors to cancel all of Haiti's outstanding debt to the Fund."
			).filter((relation) => relation.includes('DMA'))
		).toEqual([]);
	});
});

describe('extractRelations: the island, "one of its partners", a relative clause’s "it", a comparison', () => {
	it('reads the island as the island state named in the sentence, not the last state named before', () => {
		expect(
			read(
				'Canada protested. The same day the United States unveiled new limits on travel to Cuba, tightening the embargo the United States has kept on the island since 1962.'
			)
		).toEqual(['USA→CUB sanctions reported']);
	});

	it('reads "its" after "is …’s investor and one of" as the one it is said of', () => {
		expect(
			read(
				"Cuba needs investment. The EU is the island's largest foreign investor and one of its main trading partners."
			)
		).toEqual(['EU–CUB trade reported']);
	});

	it('reads "which it pipes" as the sentence’s state, not the last sentence’s subject, and no comparison', () => {
		expect(
			read(
				[
					'Caracas already bankrolls public works in Bolivia.',
					"Economists note that Bolivia's fortunes depend far more on natural gas, which it pipes to Brazil and Argentina, than on sales to the United States."
				].join(' ')
			)
		).toEqual(['VEN→BOL aid reported', 'BOL→BRA trade reported', 'BOL→ARG trade reported']);
	});

	it('reads a state’s firms that shipped goods as the state’s trade', () => {
		expect(
			read(
				'Bolivian firms shipped about $150 million of such goods to the United States last year.'
			)
		).toEqual(['BOL→USA trade reported']);
	});

	it('reads former leaders for their states, and dealings barred as a sanction', () => {
		expect(
			read(
				'The proclamation Bush signed on Wednesday strips duty-free treatment from Bolivian clothing.'
			)
		).toEqual(['USA→BOL sanctions confirmed']);
		expect(
			read('The United States already bars dealings with Mugabe and scores of officials.')
		).toEqual(['USA→ZWE sanctions reported']);
	});
});

describe('extractRelations: the European Community, troops sent to prop up a leader', () => {
	it('reads the European Community of reports before 1993 as the EU', () => {
		expect(read('The European Community banned imports from Argentina on April 10.')).toEqual([
			'EU→ARG sanctions reported'
		]);
	});

	it('reads troops sent to prop up a leader as aid to the leader’s state, and its denial', () => {
		expect(
			read(
				'Washington accused Moscow of sending troops to prop up Maduro, and the Kremlin denied deploying any combat force.'
			)
		).toEqual(['RUS→VEN aid alleged', 'RUS→VEN aid denied']);
	});
});

describe('extractRelations: an imposer named after its sanction, a firm in a capital, goods a relative clause’s state bought', () => {
	it('reads the state named right after a sanction, before "imposed", as its imposer', () => {
		expect(
			read(
				'China is the main buyer of Argentine soybeans, and the retaliatory tariffs Beijing imposed on American soybeans in July have pushed Chinese importers south.'
			)
		).toEqual(['ARG→CHN trade reported', 'CHN→USA sanctions reported']);
	});

	it('does not take "an Abu Dhabi investment firm" for the state', () => {
		expect(
			read(
				"Noor Capital, an Abu Dhabi investment firm, said in February that it had bought three tonnes of gold from Venezuela's central bank."
			)
		).toEqual([]);
	});

	it('reads goods made in one state that another bought, named in a relative clause', () => {
		expect(
			read('The French-built Mirage 2000s that Peru bought in the 1980s are grounded.')
		).toEqual(['FRA→PER trade reported']);
	});

	it('reads a purchase dogged by allegations of kickbacks as reported, not alleged', () => {
		expect(
			read(
				'In 1996 Peru bought 18 MiG-29 fighters from Belarus, a deal later dogged by allegations of kickbacks.'
			)
		).toEqual(['BLR→PER trade reported']);
	});

	it('reads a party’s "giving Britain no help" as its denial, not its help', () => {
		expect(
			read('The Chilean government insisted at the time that it was giving Britain no help.')
		).toEqual(['CHL→GBR aid denied']);
	});
});

describe('extractRelations: "the island" in a clause of its own', () => {
	/** The state each "the island" of the last sentence is read as. */
	function islands(text: string): string[] {
		const keys: string[] = [];
		extractRelations(text, undefined, {
			model: null,
			onSentence: (read) => {
				keys.length = 0;
				for (const mention of read.mentions)
					if (/^the island$/.test(text.slice(mention.start, mention.end))) keys.push(mention.key);
			}
		});
		return keys;
	}
	const opening = 'Taiwan and China compete in the Caribbean. Taiwan courts the islands with aid. ';

	it('reads it as the sentence’s subject where a clause of no actor holds it', () => {
		expect(
			islands(
				opening +
					'Grenada switched in January 2005, months after Hurricane Ivan flattened much of the island.'
			)
		).toEqual(['GRD']);
	});

	it('reads it as the sentence’s subject where another actor’s clause holds it', () => {
		expect(
			islands(
				opening +
					'Saint Lucia restored ties with Taipei in 2007, after which China broke off relations and wound down its projects on the island.'
			)
		).toEqual(['LCA']);
	});
});

describe('extractRelations: forces that serve under an accord', () => {
	it('reads an accord under which one state’s forces serve another as a pact between the two', () => {
		expect(
			read(
				'Turkey, which trains forces loyal to Tripoli under a 2019 security accord, has refused to let inspectors search its vessels.'
			)
		).toEqual(['TUR→LBY aid reported', 'TUR–LBY defense-pact reported']);
		expect(
			read(
				'Burundi, for its part, has thousands of troops in Congo fighting alongside the Congolese army under a bilateral agreement.'
			)
		).toContain('BDI–COD defense-pact reported');
	});

	it('does not read an accord of another clause, nor a coalition, as the forces’ pact', () => {
		expect(
			read(
				'About 2,500 US troops remain in Iraq under the coalition fighting Islamic State.'
			).filter((relation) => relation.includes('defense-pact'))
		).toEqual([]);
		expect(
			read(
				'Turkey trains soldiers for Libya, while French warships berth in Cyprus under a defence cooperation agreement.'
			)
		).toEqual(['TUR→LBY aid reported']);
	});
});

describe('extractRelations: history, as the report’s own time has it', () => {
	it('reads an act of the report’s own time as a relation, however long ago that is', () => {
		expect(
			read(
				'WASHINGTON, Aug. 5, 1996 — Clinton signed a law on Monday, and the United States imposed sanctions on Libya in 1996.'
			)
		).toEqual(['USA→LBY sanctions confirmed']);
		expect(
			read('Pakistan bought three submarines from France in the 1990s, a 2024 review noted.')
		).toEqual(['FRA→PAK trade reported']);
	});

	it('reads an act fifty years before the report’s time as recalled, not a projection', () => {
		expect(
			read(
				'In 1950, China sent troops to fight for North Korea. The parade of 2025 recalled it, and the two plan a road by 2060.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: preferences withdrawn, duties on goods bound for a state, a gift named after, a government by its kind', () => {
	it('reads most-favoured-nation status withdrawn as a sanction, not the status granted as aid', () => {
		expect(read("India withdrew Pakistan's most-favoured-nation status.")).toEqual([
			'IND→PAK sanctions reported'
		]);
		expect(
			read(
				'New Delhi then withdrew the most-favoured-nation status it had granted Pakistan in 1996 and raised customs duties on all Pakistani goods to 200 percent.'
			)
		).toEqual(['IND→PAK sanctions reported']);
	});

	it('reads duties slapped on goods bound for a state as a sanction on it', () => {
		expect(
			read(
				'Moscow slapped export duties on fuel bound for Kyrgyzstan, a step many read as punishment.'
			)
		).toEqual(['RUS→KGZ sanctions reported']);
	});

	it('reads arms sent and called a donation at the sentence’s end as aid', () => {
		expect(
			read(
				'In early 2016 Russia sent the Fijian military some 20 containers of small arms, a donation that unsettled officials in Canberra.'
			)
		).toEqual(['RUS→FJI aid reported']);
	});

	it('reads "the military-backed government" as the report’s state', () => {
		expect(
			read(
				"SUVA, Dec 6 — Fiji's army seized power in Fiji. Australia and New Zealand imposed targeted sanctions on the military-backed government."
			)
		).toEqual(['AUS→FJI sanctions reported', 'NZL→FJI sanctions reported']);
	});

	it('reads a sum promised as aid, to "the five Central Asian republics" listed before', () => {
		expect(
			read(
				'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met China. President Xi Jinping promised the five Central Asian republics 26 billion yuan in financing.'
			)
		).toEqual([
			'CHN→KAZ aid reported',
			'CHN→KGZ aid reported',
			'CHN→TJK aid reported',
			'CHN→TKM aid reported',
			'CHN→UZB aid reported'
		]);
		// Not a promise to act.
		expect(read('Japan promised to send aid to Haiti.')).toEqual([]);
	});

	it('reads "the Union" as the EU, a state that rejoined an alliance, and the UN Refugee Agency', () => {
		expect(
			read(
				'The EU met Kazakhstan. Kazakhstan is among the Union’s principal suppliers of crude oil.'
			)
		).toEqual(['KAZ→EU trade reported']);
		expect(
			read('Uzbekistan rejoined the Russian-led Collective Security Treaty Organization.')
		).toEqual(['UZB–CSTO defense-pact reported']);
		expect(read('The UN Refugee Agency has airlifted tents and blankets to Pakistan.')).toEqual([
			'UNHCR→PAK aid reported'
		]);
	});
});

describe('extractRelations: who speaks in a second verb', () => {
	it('reads the subject as the speaker of a second verb only where its first verb was one of saying', () => {
		expect(
			read(
				'Britain, France and Germany said on Thursday that Iran had broken the deal, and announced sanctions on Tehran.'
			)
		).toEqual([
			'GBR→IRN sanctions confirmed',
			'FRA→IRN sanctions confirmed',
			'DEU→IRN sanctions confirmed'
		]);
		expect(
			read('New Delhi withdrew its envoy in 2019 and raised customs duties on all Pakistani goods.')
		).toEqual(['IND→PAK sanctions reported']);
	});
});

describe('extractRelations: the one ahead in a ranking', () => {
	it('reads the state a source ranks after as a partner too, but not one it overtook', () => {
		expect(read("China is also Poland's second-largest source of imports after Germany.")).toEqual([
			'CHN→POL trade reported',
			'DEU→POL trade reported'
		]);
		expect(read("China has overtaken Russia as Kazakhstan's largest trading partner.")).toEqual([
			'CHN–KAZ trade reported'
		]);
	});
});

describe('extractRelations: one sale named, key sources, sanctions a state is hit with', () => {
	it('reads "the sale of" goods to a state, the seller named as owner or after "by"', () => {
		expect(read("India's sale of four frigates to Vietnam was completed in 2023.")).toEqual([
			'IND→VNM trade reported'
		]);
		expect(read('The sale of frigates to Vietnam by India was completed in 2023.')).toEqual([
			'IND→VNM trade reported'
		]);
		expect(read('The proposed sale of jets to Egypt by France would be worth $4 billion.')).toEqual(
			[]
		);
	});

	it('reads a key, primary or sole source of goods for a state as its supplier', () => {
		expect(read('Kazakhstan is a key source of uranium for France.')).toEqual([
			'KAZ→FRA trade reported'
		]);
		expect(read("Kazakhstan is the sole supplier of Tajikistan's fuel.")).toEqual([
			'KAZ→TJK trade reported'
		]);
	});

	it('reads a state hit with, slapped with or facing sanctions as their target', () => {
		expect(read('Myanmar was hit with Canadian sanctions in 2021.')).toEqual([
			'CAN→MMR sanctions reported'
		]);
		expect(read('Myanmar was slapped with Canadian sanctions.')).toEqual([
			'CAN→MMR sanctions reported'
		]);
		expect(read('Turkey now faces US sanctions under CAATSA.')).toEqual([
			'USA→TUR sanctions reported'
		]);
		expect(read('Russia could face new US sanctions.')).toEqual([]);
		expect(read('Turkey faced possible US sanctions over the S-400 purchase.')).toEqual([]);
	});
});

describe('extractRelations: reliance on a state’s goods, states set apart', () => {
	it('reads reliance on a demonym’s goods or aid as the state giving them to the subject', () => {
		expect(read('Turkey depends on Russian gas for nearly half its needs.')).toEqual([
			'RUS→TUR trade reported'
		]);
		expect(read('Armenia relies on Russian weapons.')).toEqual(['RUS→ARM trade reported']);
		expect(read('Jordan relies on American aid.')).toEqual(['USA→JOR aid reported']);
		expect(read('Germany wants to end its dependence on Russian gas.')).toEqual([]);
	});

	it('does not read "it" as a state the sentence opens by setting apart', () => {
		expect(
			read(
				[
					'Serbia is the exception.',
					"Unlike neighbouring Croatia and Montenegro, which apply the EU's restrictive measures against Russia, it still depends on Russian gas."
				].join(' ')
			)
		).toEqual([
			'HRV→RUS sanctions reported',
			'MNE→RUS sanctions reported',
			'EU→RUS sanctions reported',
			'RUS→SRB trade reported'
		]);
	});
});

describe('extractRelations: a buyer’s share of a state’s goods', () => {
	it('reads a state accounting for a share of another’s exports as buying them', () => {
		expect(read("The United States accounts for about 80% of Mexico's exports.")).toEqual([
			'MEX→USA trade reported'
		]);
		expect(read("China accounted for a third of Chile's copper exports in 2023.")).toEqual([
			'CHL→CHN trade reported'
		]);
		expect(read("Oil accounts for 90% of Iraq's exports.")).toEqual([]);
		expect(
			read("Remittances account for a fifth of Tajikistan's output, most of them from Russia.")
		).toEqual([]);
	});
});

describe('extractRelations: goods that go mainly to a state or end up there', () => {
	it('reads goods going mainly to, or ending up in, a state as trade with it', () => {
		expect(read("Ecuador's bananas go mainly to Russia and the EU.")).toEqual([
			'ECU→RUS trade reported',
			'ECU→EU trade reported'
		]);
		expect(read('Colombian coal ends up in Turkey and Israel.')).toEqual([
			'COL→TUR trade reported',
			'COL→ISR trade reported'
		]);
		expect(read('Most of the money ended up in Switzerland, Kenya said.')).toEqual([]);
	});
});

describe('extractRelations: officials who say it, denials by both, refusals', () => {
	it('does not list the state of officials who say it with the receiver before them', () => {
		expect(read('North Korea has shipped artillery shells to Russia, US officials say.')).toEqual([
			'PRK→RUS trade alleged'
		]);
		expect(
			read('North Korea has shipped artillery shells to Russia, US officials insisted.')
		).toEqual(['PRK→RUS trade alleged']);
	});

	it('reads two states that deny any transfers as denying them between each other', () => {
		expect(read('Moscow and Pyongyang both deny any arms transfers.')).toEqual([
			'RUS–PRK trade denied'
		]);
	});

	it('reads a state dismissing reports of a demonym’s deliveries as denying receiving them', () => {
		expect(
			read('The Kremlin dismissed reports of North Korean arms deliveries as baseless.')
		).toEqual(['PRK→RUS trade denied']);
		expect(read('Moscow rejected claims of Iranian drone shipments.')).toEqual([
			'IRN→RUS trade denied'
		]);
	});

	it('does not read aid the receiver rejected or turned down as given', () => {
		expect(read('Tunisia rejected IMF conditions for a $1.9 billion loan.')).toEqual([]);
		expect(read('Tunisia turned down an IMF loan.')).toEqual([]);
		expect(read('Despite objections it rejected, Tunisia got an IMF loan.')).toEqual([
			'IMF→TUN aid reported'
		]);
	});
});

describe('extractRelations: aid received in a name’s aid, gifts paid for in goods', () => {
	it('reads a sum received "in US military aid" as given by the state named', () => {
		expect(read('Israel gets $3.8 billion a year in US military aid.')).toEqual([
			'USA→ISR aid reported'
		]);
	});

	it('reads what is sent in exchange for goods as trade', () => {
		expect(read('Cuba sent thousands of doctors to Venezuela in exchange for oil.')).toEqual([
			'CUB→VEN trade reported'
		]);
		expect(read('China lent Angola billions in exchange for oil.')).toEqual([
			'CHN→AGO aid reported'
		]);
	});
});

describe('extractRelations: bases named by their state, members, pairs of names', () => {
	it('reads a standing base named by its state, or hosted, as a pact with the host', () => {
		expect(read('Djibouti hosts French, American, Chinese and Japanese bases.')).toEqual([
			'FRA–DJI defense-pact reported',
			'USA–DJI defense-pact reported',
			'CHN–DJI defense-pact reported',
			'JPN–DJI defense-pact reported'
		]);
		expect(read('The Chinese base in Djibouti opened in 2017.')).toEqual([
			'CHN–DJI defense-pact reported'
		]);
		expect(read('Japan hosts about 54,000 American service members.')).toEqual([
			'USA–JPN defense-pact reported'
		]);
		expect(read('Some 10,000 US troops are based in Poland.')).toEqual([
			'USA–POL defense-pact reported'
		]);
		expect(read('A Saudi base in Djibouti, announced in 2017, has yet to materialise.')).toEqual(
			[]
		);
		expect(
			read('Analysts say a Russian base in Nicaragua would cross a red line for Washington.')
		).toEqual([]);
	});

	it('reads states that are, remain or have been an alliance’s members as members', () => {
		expect(read('Hungary and Slovakia remain NATO members despite their ties to Moscow.')).toEqual([
			'HUN–NATO defense-pact reported',
			'SVK–NATO defense-pact reported'
		]);
		expect(read('Turkey has long been a NATO member.')).toEqual(['TUR–NATO defense-pact reported']);
		expect(read('Ukraine is not a NATO member.')).toEqual([]);
		expect(read('Georgia wants to become a NATO member.')).toEqual([]);
	});

	it('reads two names joined by a dash as the two ends', () => {
		expect(read('The US-Japan alliance remains the cornerstone of regional security.')).toEqual([
			'USA–JPN defense-pact reported'
		]);
		expect(read('China–Russia trade reached $240 billion in 2023.')).toEqual([
			'CHN–RUS trade reported'
		]);
	});
});

describe('extractRelations: sanctions said of those they fall on, goods banned in a state', () => {
	it('reads a demonym’s firms blacklisted by a state as sanctions on the demonym’s state', () => {
		expect(read('Three Iranian banks were blacklisted by Washington in 2019.')).toEqual([
			'USA→IRN sanctions reported'
		]);
	});

	it('reads a demonym’s goods banned in or by a state as its sanction on their state', () => {
		expect(read('Japanese seafood has been banned in China since 2023.')).toEqual([
			'CHN→JPN sanctions reported'
		]);
		expect(read('Australian wine was banned by China in 2021.')).toEqual([
			'CHN→AUS sanctions reported'
		]);
		expect(read('Russian oil is banned in the EU.')).toEqual(['EU→RUS sanctions reported']);
		expect(read('Indian rice is popular in Nepal.')).toEqual([]);
	});
});

describe('extractRelations: gifts from a state, works a state funded', () => {
	it('reads a gift from a state as given to the one that has it', () => {
		expect(read("Costa Rica's national stadium was a gift from China.")).toEqual([
			'CHN→CRI aid reported'
		]);
	});

	it('reads works a demonym funded as aid to their owner or the state they stand in', () => {
		expect(read('A Japanese-funded bridge now spans the Mekong in Cambodia.')).toEqual([
			'JPN→KHM aid reported'
		]);
		expect(read("Kenya's Chinese-financed railway runs from Mombasa to Nairobi.")).toEqual([
			'CHN→KEN aid reported'
		]);
		expect(
			read('Micronesia has taken a cautious line, receiving Chinese-funded government buildings.')
		).toEqual(['CHN→FSM aid reported']);
		expect(read('The Russian-backed separatists attacked Ukrainian positions.')).toEqual([]);
	});
});

describe('extractRelations: trade balances, states overtaken', () => {
	it('reads a trade surplus or deficit with a state as trade with it, not a cut as a sanction', () => {
		expect(read('Vietnam ran a $100 billion trade surplus with the United States.')).toEqual([
			'VNM–USA trade reported'
		]);
		expect(read('Trump vowed to cut the trade deficit with Mexico.')).toEqual([
			'USA–MEX trade reported'
		]);
		expect(read('The US trade deficit reached a record in 2022.')).toEqual([]);
	});

	it('reads the one that overtook another as the buyer, not the one overtaken', () => {
		expect(read('India overtook the US as the largest buyer of Nigerian crude.')).toEqual([
			'NGA→IND trade reported'
		]);
	});
});

describe('extractRelations: suspicions, things said of a state, money received', () => {
	it('does not read the one who suspects another as the seller', () => {
		expect(read('Washington suspects Chinese firms of selling components to Russia.')).toEqual([]);
		expect(read('Washington suspects Beijing of selling components to Russia.')).toEqual([
			'CHN→RUS trade alleged'
		]);
	});

	it('reads a state said, believed or reported to have acted as the one who acted, alleged', () => {
		expect(read('Moscow is believed to have supplied Pyongyang with air defence systems.')).toEqual(
			['RUS→PRK trade alleged']
		);
		expect(read('Russia is said to have sent oil to North Korea.')).toEqual([
			'RUS→PRK trade alleged'
		]);
	});

	it('reads money received from a state, for no goods, as aid', () => {
		expect(read('Kenya got $1 billion from China in 2019.')).toEqual(['CHN→KEN aid reported']);
		expect(read('Russia received $5 billion from India for oil.')).toEqual([
			'IND→RUS trade reported'
		]);
	});
});

describe('extractRelations: goods redirected, reliance said as an adjective, coalitions, allies of one', () => {
	it('reads goods redirected to states as sold to them', () => {
		expect(
			read('With Western markets closed, Russia has redirected its crude to India and China.')
		).toEqual(['RUS→IND trade reported', 'RUS→CHN trade reported']);
	});

	it('reads a state reliant or dependent on a demonym’s goods as buying them', () => {
		expect(read('Germany is heavily dependent on Russian gas.')).toEqual([
			'RUS→DEU trade reported'
		]);
	});

	it('does not read a coalition led into a state as a pact with it', () => {
		expect(read('In 2015 Saudi Arabia led a coalition into Yemen.')).toEqual([]);
	});

	it('reads states listed as "both" one state’s allies as each allied to it, not to each other', () => {
		expect(read('Japan and South Korea, both US treaty allies, host American troops.')).toEqual([
			'JPN–USA defense-pact reported',
			'KOR–USA defense-pact reported'
		]);
	});
});

describe('extractRelations: a second receiver of other goods, the verb left out', () => {
	it('reads "uranium to France and oil to Italy" as sold to both', () => {
		expect(read('Kazakhstan sells uranium to France and oil to Italy.')).toEqual([
			'KAZ→FRA trade reported',
			'KAZ→ITA trade reported'
		]);
		expect(read('China sent rice to Laos and medicine to Cambodia.')).toEqual([
			'CHN→LAO aid reported',
			'CHN→KHM aid reported'
		]);
	});
});

describe('extractRelations: tariffs a state is hit with or faces, imports blocked', () => {
	it('reads a state hit with tariffs as their target, and the one that hit it as imposing them', () => {
		expect(read('Washington hit Beijing with tariffs of up to 145%.')).toEqual([
			'USA→CHN sanctions reported'
		]);
		expect(
			read(
				"Canberra's call for a COVID inquiry prompted Beijing to slap tariffs on Australian barley."
			)
		).toEqual(['CHN→AUS sanctions reported']);
		expect(read('Australian barley faced Chinese tariffs of 80% from 2020.')).toEqual([
			'CHN→AUS sanctions reported'
		]);
	});

	it('reads a demonym’s imports blocked as a sanction, but not a resolution blocked', () => {
		expect(read('China blocked Lithuanian imports in 2021.')).toEqual([
			'CHN→LTU sanctions reported'
		]);
		expect(read('India has increased Russian imports since 2022.')).toEqual([
			'RUS→IND trade reported'
		]);
		expect(read('Russia blocked a resolution on arms sales to Syria.')).toEqual([]);
		expect(read('Russia blocked a resolution imposing sanctions on Syria.')).toEqual([]);
	});
});

describe('extractRelations: warnings against', () => {
	it('does not read a state warned against buying as buying', () => {
		expect(read('Washington warned Ankara against buying Russian missiles.')).toEqual([]);
		expect(
			extractRelations('Washington warned Ankara against buying Russian missiles.').relations
		).toEqual([]);
	});
});

describe('extractRelations: forces sent into a state', () => {
	it('does not read forces sent into a state uninvited as aid to it', () => {
		expect(read('Kinshasa accused Kigali of sending troops into eastern Congo.')).toEqual([]);
		expect(
			read('Saudi Arabia sent troops into Bahrain in 2011 at the request of its king.')
		).toEqual(['SAU→BHR aid reported']);
	});
});

describe('extractRelations: help named by the state that gave it', () => {
	it('reads "with Chinese help" and "thanks to American loans" as given to the subject', () => {
		expect(read('Pakistan built its JF-17 fighter with Chinese help.')).toEqual([
			'CHN→PAK aid reported'
		]);
		expect(read('With Chinese help, Pakistan built its JF-17 fighter.')).toEqual([
			'CHN→PAK aid reported'
		]);
		expect(read('Thanks to American loans, Egypt survived the crisis.')).toEqual([
			'USA→EGY aid reported'
		]);
		expect(
			read(
				'In 2020 Cambodia demolished a building at Ream that had been built with American money.'
			)
		).toEqual([]);
	});
});

describe('extractRelations: "its" after "has become", goods that come increasingly from', () => {
	it('reads "its" after "has become" as another than the subject', () => {
		expect(
			read('Armenia is rethinking its alliances. India has become its largest arms supplier.')
		).toEqual(['IND→ARM trade reported']);
	});

	it('reads goods that come increasingly from states as bought from them', () => {
		expect(
			read(
				'Armenia is rethinking its alliances. Its arms now come increasingly from India and France.'
			)
		).toEqual(['IND→ARM trade reported', 'FRA→ARM trade reported']);
	});
});

describe('extractRelations: an alliance "which it joined"', () => {
	it('reads the subject of "which it joined" as a member of the alliance before', () => {
		expect(
			read('Finland left behind its neutrality and applied to NATO, which it joined in 2023.')
		).toEqual(['FIN–NATO defense-pact reported']);
	});
});

describe('extractRelations: a report’s lead, aid held back, pledges, lending, the kingdom acted on', () => {
	it('takes the state of a dateline its lead names alone for an unnamed receiver, over one named more after', () => {
		const report = [
			'BAMAKO, Feb. 18 — The European Union launched a mission to rebuild Mali’s army, at a camp on the Niger river.',
			'French troops, French aircraft and French officers lead the fighting, with French money.',
			'Britain is contributing about 40 trainers, and Germany is sending engineers and medical staff.'
		].join('\n\n');
		expect(read(report)).toEqual(
			expect.arrayContaining(['GBR→MLI aid reported', 'DEU→MLI aid reported'])
		);
		expect(read(report).some((line) => /→FRA|→NER/.test(line))).toBe(false);
	});

	it('does not read the Niger river nor the Congo Basin as states', () => {
		expect(read('The dam on the Niger river was financed by China.')).toEqual([]);
	});

	it('reads aid held back as a sanction, and a pledge of goods as aid', () => {
		expect(
			read('Sweden and the Netherlands have held back part of their budget support to Rwanda.')
		).toEqual(['SWE→RWA sanctions reported', 'NLD→RWA sanctions reported']);
		expect(
			read('Saudi Arabia pledged $3 billion in deposits, fuel and wheat to Sudan in 2019.')
		).toEqual(['SAU→SDN aid confirmed']);
		const deposits = [
			'ISLAMABAD, Sept. 2 — Pakistan is short of dollars.',
			'The UAE placed deposits with the central bank and sent oil on deferred payment.'
		].join('\n\n');
		expect(read(deposits)).toEqual(['ARE→PAK aid reported']);
	});

	it('reads lending with no sum named as aid, but not lending as a noun nor a name lent', () => {
		expect(read('The World Bank continues to lend to Nigeria for health and roads.')).toEqual([
			'WB→NGA aid reported'
		]);
		expect(read('Washington opposed any lending to South Africa by the IMF.')).toEqual([]);
		expect(read('Britain lent its name to the Nigerian appeal.')).toEqual([]);
		expect(read('The Royal Air Force has lent Paris C-17 transport planes.')).toEqual([
			'GBR→FRA aid reported'
		]);
	});

	it('reads pledges made at a donors’ meeting as aid to the report’s state', () => {
		const report = [
			'BEIRUT, Jan. 25 — Donors pledged $7.6 billion to Lebanon on Thursday.',
			'Kuwait and the United Arab Emirates also made pledges.'
		].join('\n\n');
		expect(read(report)).toEqual(
			expect.arrayContaining(['KWT→LBN aid confirmed', 'ARE→LBN aid confirmed'])
		);
	});

	it('reads "the kingdom" a clause acts on as the other kingdom the sentence named', () => {
		expect(
			read(
				'Jordan, which refused to join the coalition, has been offered no relief, and Saudi Arabia cut off oil deliveries to the kingdom last September.'
			)
		).toEqual(['SAU→JOR sanctions reported']);
	});

	it('reads people a relief body reached as its aid, not goods that reach a state', () => {
		const report = [
			'ISLAMABAD, Sept. 2 — Floods have displaced millions in Pakistan.',
			'The World Food Programme reached six million people with food rations.'
		].join('\n\n');
		expect(read(report)).toEqual(['WFP→PAK aid reported']);
		expect(read('Algerian gas still reaches Spain.')).toEqual(['DZA→ESP trade reported']);
	});

	it('reads money given toward a withdrawal as given, the withdrawal being what it is for', () => {
		expect(read('Germany has given Moscow 12 billion marks toward the withdrawal.')).toEqual([
			'DEU→RUS aid reported'
		]);
	});

	it('reads arms sent to protect a state as aid to it', () => {
		expect(read('NATO agreed to send Patriot missile batteries to protect Turkey.')).toEqual([
			'NATO→TUR aid reported'
		]);
		expect(read('Russia agreed to send missile batteries to Turkey.')).toEqual([
			'RUS→TUR trade reported'
		]);
	});

	it('reads "its" past a name in an aside already closed', () => {
		expect(
			read(
				'Georgia, which hopes to join NATO, has had its battalions trained by American instructors since 2002.'
			)
		).toEqual(['USA→GEO aid reported']);
	});

	it('reads a border kept closed as a sanction, and goods brought in as bought', () => {
		expect(read('Turkey has kept its border with Armenia closed since 1993.')).toEqual([
			'TUR→ARM sanctions reported'
		]);
		expect(read('Turkey has kept its border with Armenia open.')).toEqual([]);
		expect(read('Lithuania brings in gas from Norway.')).toEqual(['NOR→LTU trade reported']);
		expect(read('The EU brought in new rules for Poland.')).toEqual([]);
	});

	it('reads a trade embargo as a sanction by its imposer', () => {
		expect(read('Iraq itself remains under the UN trade embargo imposed in 1990.')).toEqual([
			'UN→IRQ sanctions reported'
		]);
	});

	it('reads access given as no gift, and "its" after a copula as the owner the sentence opens with', () => {
		expect(
			read(
				'In June Bush designated Morocco a major non-NATO ally, giving it easier access to military equipment.'
			)
		).toEqual(['USA–MAR defense-pact reported']);
		const report = [
			'RABAT, July 2 — Morocco has signed a trade agreement with the United States.',
			'Its association agreement with the European Union covers the bulk of its exports, and France and Spain remain its largest customers.'
		].join('\n\n');
		expect(read(report).some((line) => /EU–FRA|FRA–EU/.test(line))).toBe(false);
	});
});
