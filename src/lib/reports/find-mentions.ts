import {
	nameKey,
	withoutMarks,
	type ActorName,
	type ActorNames,
	type NameForm
} from './actor-names';
import { DATELINE_CITIES } from './dateline-cities';
import { asideOpening, COUNT_WORDS, REQUESTED, TITLE, TROOPS } from './reader-words';
import { possessiveAt, type Token } from './tokens';

/** An actor named in a sentence: tokens `from` to `to` (exclusive) of the sentence. */
export interface Mention {
	key: string;
	form: NameForm;
	from: number;
	to: number;
	start: number;
	end: number;
	/** Named with a possessive: "China’s". */
	possessive: boolean;
}

/** Words after a demonym that make it a people or a firm, not the state: "Chinese companies". */
const NOT_THE_STATE =
	/^(?:compan(?:y|ies)|firms?|banks?|businesses|businessm[ae]n|traders?|brokers?|nationals?|citizens?|people|peoples?|workers?|labou?rers?|hackers?|vessels?|ships?|tankers?|entit(?:y|ies)|individuals?|scientists?|students?|tourists?|media|language|press|newspapers?|outlets?|analysts?|scholars?|experts?|academics?|banks?|shipping|exporters?|importers?|suppliers?|manufacturers?|makers?|smugglers?|brokers?|middlemen|fishing|fishermen|migrants?|refugees?|dissidents?|defectors?|rebels?|insurgents?|militants?|guerrillas?|separatists?|militias?|refiners?|refineries|producers?|insurers?|shippers?|lenders?|investors?|operators?|-flagged|-registered|-based|-owned|-backed|-linked)$/;

/** A state's sellers, named by the demonym: "Russian exporters". */
const SELLERS =
	/^(?:exporters?|suppliers?|producers?|manufacturers?|makers?|traders|firms?|compan(?:y|ies)|shipyards?)$/;

/** A state's traders as a whole, who speak for its trade wherever they are named: "Turkish exporters", "Chinese refiners". */
const TRADERS = /^(?:exporters|importers|ports|shippers|refiners|refineries|traders|merchants)$/;

/**
 * What a state's firms do when they make its trade: "Bolivian firms shipped", "exported". (Not
 * "Chinese companies supplied components to Russia": firms' own sales, not the state's trade.)
 */
const SHIPPED = /^(?:shipped|exported|ship|export)$/;

/** A state's firms and people that sanctions fall on, named by the demonym: "Iranian firms". */
const SANCTIONED =
	/^(?:firms?|compan(?:y|ies)|banks?|lenders?|entit(?:y|ies)|individuals|businesses|businessmen|refiners?|refiner(?:y|ies)|exporters?|suppliers?|producers?|manufacturers?|makers?|traders?|shippers?|tankers?|vessels?|ships?|insurers?|oligarchs)$/;
/** Words that may stand between the sanctions and the demonym: "on eleven", "dozens of". */
const COUNTED = new RegExp(
	String.raw`^(?:\d[\d,]*|${COUNT_WORDS}|several|more|further|other|some|many|of|a|the|major|leading|large|top|state-owned)$`
);
/** The act of sanctioning, said of those it falls on: "has blacklisted dozens of …". */
const SANCTIONED_BY = /^(?:sanctioned|blacklisted|designated|penali[sz]ed|banned|barred)$/;

/**
 * Whether the demonym at `from` names those sanctions fall on: after "sanctions
 * on" ("penalties against designated …", "a ban on North Korean ships"), or
 * after the act itself ("has blacklisted dozens of …"), not where the sanctioned are only named so
 * ("transactions for blacklisted Russian lenders").
 */
function sanctionedAt(tokens: Token[], from: number): boolean {
	// "has blacklisted Keremet Bank, a Kyrgyz lender": the firm named, then what it is.
	let named = from - 1;
	if (/^(?:a|an)$/.test(tokens[named]?.lower ?? '')) named--;
	if (tokens[named]?.text === ',' && /^\p{Lu}/u.test(tokens[named - 1]?.text ?? '')) {
		named--;
		while (named > 0 && from - named <= 8 && /^\p{Lu}/u.test(tokens[named].text)) named--;
		if (SANCTIONED_BY.test(tokens[named]?.lower ?? '')) return true;
	}
	let k = from - 1;
	while (k >= 0 && from - k <= 5 && COUNTED.test(tokens[k].lower)) k--;
	if (SANCTIONED_BY.test(tokens[k]?.lower ?? '')) {
		const before = tokens[k - 1];
		if (
			before &&
			(/^(?:has|have|had|also|and|then|later)$/.test(before.lower) || /^\p{Lu}/u.test(before.text))
		)
			return true;
		k--;
	}
	return (
		/^(?:on|against)$/.test(tokens[k]?.lower ?? '') &&
		/^(?:sanctions|penalties|freezes|embargoes|measures|bans?)$/.test(tokens[k - 1]?.lower ?? '')
	);
}

/** "Three Iranian banks were blacklisted by Washington": the act said after those it falls on. */
function sanctionedAfter(tokens: Token[], at: number): boolean {
	let k = at;
	while (
		k < at + 3 &&
		/^(?:were|was|are|is|have|has|had|been|being|also|later|then)$/.test(tokens[k]?.lower ?? '')
	)
		k++;
	return k > at && SANCTIONED_BY.test(tokens[k]?.lower ?? '');
}

/** Words before a capital that make it a place, not its government: "a summit in Moscow". */
const PLACE_BEFORE = /^(?:in|at|near|outside|around|across|visited|visiting|visit|via|toured)$/;
const TRAVEL_TO =
	/^(?:visit|visits|trip|trips|flew|flies|travell?ed|traveled|went|arrived|returned|came|journey|visited|flight|flights|route|routes|road|rail|railway|bridge)$/;

/** Words before "in <capital>" that make it the government there: "the foreign ministry in Seoul". */
const GOVERNMENT =
	/^(?:ministry|government|officials|authorities|leadership|regime|junta|administration)$/;

/**
 * "Russian military instructors arrived in Niamey", "Russian instructors, up to 200 by several
 * accounts, arrived in Malabo": forces come to a capital come to its state.
 */
function forcesArrived(tokens: Token[], at: number): boolean {
	const verb = at - 2;
	if (tokens[at - 1]?.lower !== 'in') return false;
	if (!/^(?:arrived|landed|deployed|stationed|based)$/.test(tokens[verb]?.lower ?? ''))
		return false;
	// Past an aside between the forces and their verb.
	const open = asideOpening(tokens, verb);
	const forces = tokens[(open > 0 ? open : verb) - 1]?.lower ?? '';
	return TROOPS.test(forces) || SENT_AS_FORCES.test(forces);
}
/** Others sent as forces, besides TROOPS: "a rescue team landed in …". */
const SENT_AS_FORCES = /^(?:contingent|units|specialists|teams?|peacekeepers)$/;

/** Waters named after a state, which name a place, not the state: "the Gulf of Thailand", "the Sea of Japan". */
const WATERS = /^(?:Gulf|Sea|Bay|Strait|Straits|Bight|Gulfs)$/;
/** A river or its lands named after a state: "the Niger river", "the Congo Basin", "the Niger Delta". */
const RIVER_AFTER = /^(?:river|basin|delta|valley)$/i;

/** Things named after a capital, which name neither the state nor its government: "the Paris Club". */
const NAMED_AFTER_CAPITAL =
	/^(?:Club|Consensus|Post|Times|Olympics|Games|Convention|Conventions|Protocol|Principles|Process|Format|Marathon|University|Stock|Exchange)$/;

/** Firms a capital may be said of: "an Abu Dhabi investment firm", "a Moscow bank". */
const CAPITAL_FIRM =
	/^(?:firm|company|bank|lender|fund|trader|group|broker|refinery|insurer|conglomerate|developer|contractor)$/;

/** A capitalised word that may be part of a person's name. */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]+$/u;

/**
 * The actors a sentence names, longest name first, with people learnt from
 * earlier sentences: a report that writes "North Korean leader Kim Jong Un"
 * speaks for North Korea when it later writes "Kim". `people` holds what was
 * learnt and grows as sentences are read in order.
 */
export function findMentions(
	tokens: Token[],
	index: ActorNames,
	people: Map<string, string>,
	named: readonly string[] = []
): Mention[] {
	const mentions: Mention[] = [];
	// The words the people learnt so far begin with, kept as more are learnt.
	const peopleFirstWords = new Set([...people.keys()].map((name) => name.split(' ')[0]));
	for (let from = 0; from < tokens.length; from++) {
		const found = longestName(tokens, from, index, people, peopleFirstWords);
		if (!found) continue;
		const { form, to } = found;
		const key = found.shared ? named.findLast((k) => found.shared!.includes(k)) : found.key;
		if (!key) {
			from = to - 1;
			continue;
		}
		const next = tokens[to];
		const before = tokens[from - 1]?.lower ?? '';
		// "the first EU member state to ban": one of its members, not the bloc.
		const memberState =
			/^members?$/.test(next?.lower ?? '') &&
			/^(?:states?|countr(?:y|ies)|governments?)$/.test(tokens[to + 1]?.lower ?? '');
		// "the Haitian National Police", "the Afghan National Army": its institution, not a person.
		const institution = next?.text === 'National' && /^\p{Lu}/u.test(tokens[to + 1]?.text ?? '');
		// "buys most of its grain from Russian exporters": a state's sellers, where goods come from.
		// "Turkish exporters rushed food to Doha", "Iranian ports shipped fruit": a state's trade.
		// "bought locomotives from the US manufacturer Wabtec": a seller of the state named too.
		const fromFirst = before === 'from' || (before === 'the' && tokens[from - 2]?.lower === 'from');
		// "Bolivian firms shipped about $150 million of such goods to the United States".
		const firmsShipped =
			form === 'demonym' &&
			/^(?:firms|companies|producers|growers|mills|factories)$/.test(next?.lower ?? '') &&
			SHIPPED.test(tokens[to + 1]?.lower ?? '');
		const sellers =
			firmsShipped ||
			((form === 'demonym' || form === 'name') && fromFirst && SELLERS.test(next?.lower ?? '')) ||
			(form === 'demonym' &&
				before !== 'from' &&
				TRADERS.test(next?.lower ?? '') &&
				!/^(?:on|against|to)$/.test(before));
		// "suspended visa services for Canadian citizens": the state whose people lose their visas.
		const visas =
			form === 'demonym' &&
			/^(?:citizens|nationals)$/.test(next?.lower ?? '') &&
			tokens.slice(Math.max(0, from - 5), from).some((t) => /^visa/.test(t.lower));
		// "Iran ships oil to Syria": a state's name before "ships" is the one shipping.
		// (But "gave US ships and aircraft access": the vessels.)
		const shipsGoods =
			form === 'name' &&
			next?.lower === 'ships' &&
			!/^(?:and|or|,|were|are|was|is|had|have|to|in|at|from|that|which)$/.test(
				tokens[to + 1]?.lower ?? ''
			);
		// "announced sanctions on eleven Iranian firms": the state whose firms the sanctions fall on.
		const sanctioned =
			form === 'demonym' &&
			SANCTIONED.test(next?.lower ?? '') &&
			(sanctionedAt(tokens, from) || sanctionedAfter(tokens, to + 1));
		if (
			(form === 'demonym' || form === 'name') &&
			next &&
			((NOT_THE_STATE.test(next.lower) &&
				!institution &&
				!sellers &&
				!visas &&
				!sanctioned &&
				!shipsGoods) ||
				memberState)
		) {
			from = to - 1;
			continue;
		}
		if (
			form === 'capital' &&
			((PLACE_BEFORE.test(before) &&
				!GOVERNMENT.test(tokens[from - 2]?.lower ?? '') &&
				!forcesArrived(tokens, from) &&
				// "at Maputo's request": the government's, not the place's.
				!REQUESTED.test(tokens[to + 1]?.lower ?? '')) ||
				(before === 'to' && TRAVEL_TO.test(tokens[from - 2]?.lower ?? '')))
		) {
			from = to - 1;
			continue;
		}
		// "the Paris Club", "the Washington Consensus": a thing named after a capital; "an Abu Dhabi
		// investment firm": a firm said to be there (but "Keremet Bank, a Bishkek lender" blacklisted:
		// the state whose firm is sanctioned).
		const firmThere =
			/^(?:a|an)$/.test(before) &&
			!sanctionedAt(tokens, from) &&
			[next, tokens[to + 1]].some((token) => CAPITAL_FIRM.test(token?.lower ?? ''));
		if (form === 'capital' && (NAMED_AFTER_CAPITAL.test(next?.text ?? '') || firmThere)) {
			from = to - 1;
			continue;
		}
		// "US$187 million", "NZ$1.5 million": a currency, not the state.
		if (next?.text === '$' && next.start === tokens[to - 1].end) {
			from = to - 1;
			continue;
		}
		// "the Gulf of Thailand"; "around Lake Chad", "Lake Malawi's shores": a lake named after a state.
		const waters =
			(before === 'of' && WATERS.test(tokens[from - 2]?.text ?? '')) ||
			tokens[from - 1]?.text === 'Lake' ||
			(form === 'name' && RIVER_AFTER.test(next?.text ?? ''));
		if (
			waters ||
			(/^America(?:ns?)?$/.test(tokens[from].text) &&
				/^(?:latin|south|north|central|middle)$/.test(before))
		) {
			from = to - 1;
			continue;
		}
		const possessive = possessiveAt(tokens, to);
		mentions.push({
			key,
			form,
			from,
			to,
			start: tokens[from].start,
			end: tokens[to - 1].end,
			possessive
		});
		// "President Irfaan Ali … Ali has rejected": a known person's surname speaks for them after.
		if (form === 'person' && to - from >= 2) {
			const surname = tokens[to - 1].text;
			if (!people.has(surname)) people.set(surname, key);
			peopleFirstWords.add(surname);
		}
		if (form === 'demonym' || possessive) {
			learnPerson(tokens, to + (possessive ? 1 : 0), key, people);
			for (const name of people.keys()) peopleFirstWords.add(name.split(' ')[0]);
		}
		from = to - 1;
	}
	return mentions;
}

/** DATELINE_CITIES by name, in lower case as a dateline's capitals are read, built on first use. */
let citiesByName: Map<string, string> | undefined;
const datelineCities = () =>
	new Map(
		Object.entries(DATELINE_CITIES).flatMap(([key, cities]) =>
			cities.map((name) => [nameKey(name).toLowerCase(), key] as const)
		)
	);

/** The small words of a place's name: "Port of Spain", "Dar es Salaam". */
const SMALL_WORDS = /^(?:OF|THE|AND|ES|DE|DEL|LA|EL|AL|DU|DES)$/;

/**
 * "MOSCOW, July 25 —": the state whose capital a dateline's place in capitals
 * is, where the sentence opens with one. Not a mention: the report was written
 * there, which says what it is about, not who acts.
 */
export function datelineState(tokens: Token[], index: ActorNames): string | undefined {
	const end = tokens.findIndex((token) => !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(token.text));
	if (end < 1 || end > 4 || !/^(?:,|—|–|\()$/.test(tokens[end].text)) return undefined;
	const place = tokens
		.slice(0, end)
		// "PORT OF SPAIN", "DAR ES SALAAM": the small words of a name in lower case.
		.map((token, k) =>
			k > 0 && SMALL_WORDS.test(token.text)
				? token.text.toLowerCase()
				: token.text.charAt(0) + token.text.slice(1).toLowerCase()
		)
		.join(' ');
	const named = index.names.get(place);
	if (named?.form === 'capital') return named.key;
	const city = (citiesByName ??= datelineCities()).get(nameKey(place).toLowerCase());
	if (city) return city;
	// "PEMBA, Mozambique, July 9 —", "KOROR, Palau —": a town, then its state.
	if (tokens[end].text !== ',') return undefined;
	for (let length = 1; length <= 3; length++) {
		const after = tokens[end + 1 + length];
		if (!after || !/^(?:,|—|–)$/.test(after.text)) continue;
		const state = index.names.get(
			tokens
				.slice(end + 1, end + 1 + length)
				.map((token) => token.text)
				.join(' ')
		);
		if (state?.form === 'name' && index.actors.get(state.key)?.kind === 'state') return state.key;
	}
	return undefined;
}

/** "Côte d'Ivoire" as "Cote d'Ivoire": names are known with and without their marks. */
function unmarked(text: string): string {
	return /[^\p{ASCII}]/u.test(text) ? withoutMarks(text) : text;
}

function longestName(
	tokens: Token[],
	from: number,
	index: ActorNames,
	people: Map<string, string>,
	peopleFirstWords: Set<string>
): (ActorName & { to: number }) | undefined {
	const first = tokens[from].text;
	const starts =
		index.firstWords.has(first) ||
		index.firstWords.has(first.replace(/\.$/, '')) ||
		index.firstWords.has(unmarked(first)) ||
		(CAPITALS.test(first) && index.firstWords.has(titled(first, 0))) ||
		peopleFirstWords.has(first);
	if (!starts) return undefined;
	for (let length = Math.min(index.longest, tokens.length - from); length >= 1; length--) {
		const words = tokens.slice(from, from + length).map((token) => token.text);
		const joined = words.join(' ');
		// "PAPUA NEW GUINEA: UN AND PARTNERS SUPPORT…": a headline in capitals names as in words.
		// (Not a dateline, "SINGAPORE, Sept 18 —", which says where the report is filed from.)
		const dateline = from === 0 && /^(?:,|—|–)$/.test(tokens[from + length]?.text ?? '');
		const inCapitals = words.every((word) => CAPITALS.test(word))
			? index.names.get(words.map(titled).join(' '))
			: undefined;
		// A city in capitals is a place, and no state in it: "MEXICO CITY".
		if (inCapitals?.form === 'capital') return undefined;
		const named =
			index.names.get(joined) ??
			index.names.get(joined.replace(/\.$/, '')) ??
			index.names.get(unmarked(joined)) ??
			(inCapitals?.form === 'name' && !dateline ? inCapitals : undefined);
		if (named) return { ...named, to: from + length };
		const person = people.get(joined);
		if (person) return { key: person, form: 'person', to: from + length };
	}
	return undefined;
}

/** A word in capitals: "MYANMAR", "NEW". */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/** A word in capitals as a name writes it: "GUINEA" as "Guinea", a small word after the first in lower case ("Trinidad and Tobago"). */
const titled = (word: string, k: number) =>
	k > 0 && SMALL_WORDS.test(word)
		? word.toLowerCase()
		: word.charAt(0) + word.slice(1).toLowerCase();

/** After "North Korean leader" or "Russia’s President": the person's name, and each of its words, speak for the state. */
function learnPerson(tokens: Token[], at: number, key: string, people: Map<string, string>) {
	let cursor = at;
	let titles = 0;
	while (cursor < tokens.length && TITLE.test(tokens[cursor].text) && titles < 5) {
		cursor++;
		titles++;
	}
	if (titles === 0) return;
	const words: string[] = [];
	while (cursor < tokens.length && NAME_WORD.test(tokens[cursor].text) && words.length < 3) {
		words.push(tokens[cursor].text);
		cursor++;
	}
	if (words.length === 0) return;
	people.set(words.join(' '), key);
	for (const word of words) if (word.length >= 2 && !people.has(word)) people.set(word, key);
}
