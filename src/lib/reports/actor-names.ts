import type { ActorKind, GraphFile } from '$lib/model/schema';
import { BODIES, SEATS_OF_GOVERNMENT, STATE_COMPANIES } from './bodies';
import { KNOWN_PEOPLE } from './known-people';
import { REGIONS } from './regions';
import STATES from './state-names.json';
import { tokenize } from './tokens';

/** How a report named an actor: a demonym and a capital say the state, but less surely than its name. */
/** How a report names an actor; `topic`: not named in the sentence, the state the report is about. */
export type NameForm = 'name' | 'demonym' | 'capital' | 'seat' | 'person' | 'reference' | 'topic';

/** An actor a report can name, by its key (see ProposedActor). */
export interface KnownActor {
	key: string;
	name: string;
	kind: ActorKind;
	iso3166?: string;
	graphId?: string;
}

export interface ActorName {
	key: string;
	form: NameForm;
	/** States that share the name ("Congolese"): the one the report has named decides. */
	shared?: string[];
}

/** Every name a report may use for an actor, by its words joined with single spaces. */
export interface ActorNames {
	actors: Map<string, KnownActor>;
	names: Map<string, ActorName>;
	/** The most words in any name. */
	longest: number;
	/** The words names begin with ("North", "Kim"): a run of tokens is looked up only from one. */
	firstWords: Set<string>;
}

/** A name's words as the tokenizer reads them, so that lookups match token runs. */
export const nameKey = (name: string) =>
	tokenize(name)
		.map((token) => token.text)
		.join(' ');

/** A name without its diacritics: "Chișinău" → "Chisinau". */
export const withoutMarks = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A demonym and, where English makes one by adding "s", its people: "rations to millions of
 * Yemenis", "delivery to Palestinians in Gaza". Not "Chinese", "Swiss" or "British".
 */
const withPeople = (demonym: string) =>
	/(?:an|i|o|ar)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];

/** The key an actor of the graph goes by: its state code, the body it is, or its own id. */
function keyOfGraphActor(
	actor: GraphFile['actors'][number],
	names: Map<string, ActorName>
): string {
	if (actor.iso3166) {
		const code = actor.iso3166.toUpperCase();
		const state = STATES.find((entry) => entry.code === code || entry.iso2 === code);
		if (state) return state.code;
	}
	for (const name of [actor.name, actor.fullName, actor.code, ...(actor.aliases ?? [])]) {
		const known = name && names.get(nameKey(name));
		if (known && known.form === 'name') return known.key;
	}
	return actor.id;
}

/**
 * The names of every UN member and observer state, the main international
 * bodies and the graph's own actors (which come first: an analyst's alias
 * wins over the reader's own lists).
 */
export function actorNames(graph?: GraphFile): ActorNames {
	const actors = new Map<string, KnownActor>();
	const names = new Map<string, ActorName>();
	const add = (name: string, entry: ActorName, replace = false) => {
		// "Chisinau" as well as "Chișinău": reports often drop the marks. "Sanaa" and "Sana’a" as
		// well as "Sana'a": and the apostrophe, or curl it.
		const forms = [name, withoutMarks(name)].flatMap((form) =>
			/\p{L}'\p{L}/u.test(form) ? [form, form.replace(/'/g, ''), form.replace(/'/g, '’')] : [form]
		);
		for (const form of new Set(forms)) {
			const key = nameKey(form);
			if (key && (replace || !names.has(key))) names.set(key, entry);
		}
	};
	for (const state of STATES) {
		actors.set(state.code, {
			key: state.code,
			name: state.name,
			kind: 'state',
			iso3166: state.code
		});
		for (const name of state.names) add(name, { key: state.code, form: 'name' });
	}
	for (const body of BODIES) {
		actors.set(body.key, { key: body.key, name: body.name, kind: 'organization' });
		for (const name of body.names) add(name, { key: body.key, form: 'name' });
	}
	for (const state of STATES) {
		for (const name of state.demonyms.flatMap(withPeople)) {
			const other = names.get(nameKey(name));
			if (other?.form === 'demonym' && other.key !== state.code) {
				other.shared = [...(other.shared ?? [other.key]), state.code];
			} else add(name, { key: state.code, form: 'demonym' });
		}
		for (const name of state.capitals) add(name, { key: state.code, form: 'capital' });
	}
	for (const [key, regions] of Object.entries(REGIONS)) {
		for (const name of regions) add(name, { key, form: 'capital' });
	}
	// "Korea", "Korean": whichever of the two the report has named.
	add('Korea', { key: 'KOR', form: 'name', shared: ['KOR', 'PRK'] });
	add('Korean', { key: 'KOR', form: 'demonym', shared: ['KOR', 'PRK'] });
	for (const seats of [SEATS_OF_GOVERNMENT, STATE_COMPANIES]) {
		for (const [key, names_] of Object.entries(seats)) {
			for (const name of names_) add(name, { key, form: 'seat' });
		}
	}
	for (const [key, people] of Object.entries(KNOWN_PEOPLE)) {
		for (const name of people) add(name, { key, form: 'person' });
	}
	for (const actor of graph?.actors ?? []) {
		const key = keyOfGraphActor(actor, names);
		const known = actors.get(key);
		actors.set(key, {
			key,
			name: actor.name,
			kind: actor.kind,
			iso3166: known?.iso3166 ?? actor.iso3166,
			graphId: actor.id
		});
		for (const name of [actor.name, actor.fullName, ...(actor.aliases ?? [])]) {
			if (name) add(name, { key, form: names.get(nameKey(name))?.form ?? 'name' }, true);
		}
	}
	let longest = 1;
	const firstWords = new Set<string>();
	for (const key of names.keys()) {
		const words = key.split(' ');
		longest = Math.max(longest, words.length);
		firstWords.add(words[0]);
		firstWords.add(words[0].replace(/\.$/, ''));
	}
	return { actors, names, longest, firstWords };
}
