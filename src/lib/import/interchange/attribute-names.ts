/**
 * The names of the attributes a file's nodes (or its edges) use, in lower
 * case. Each node or edge is then asked only for the names the file uses,
 * not for every name a tool might give: thousands of records are read with
 * one lookup each where most tools write one or two attributes.
 */
export class AttributeNames {
	readonly #used = new Set<string>();
	/** Every name is written in lower case already, as most files write them. */
	readonly lowerCase: boolean;

	constructor(records: readonly Readonly<Record<string, unknown>>[]) {
		const written = new Set<string>();
		for (const record of records) {
			for (const name in record) if (Object.hasOwn(record, name)) written.add(name);
		}
		let lowerCase = true;
		for (const name of written) {
			const lower = name.toLowerCase();
			if (lower !== name) lowerCase = false;
			this.#used.add(lower);
		}
		this.lowerCase = lowerCase;
	}

	/** Those of `names` (in lower case) that some record uses, in their order. */
	used(names: readonly string[]): readonly string[] {
		return names.filter((name) => this.#used.has(name));
	}

	/** Each of `lists` of names, as used gives it: found once, then asked of every record. */
	usedOf<K extends string>(lists: Record<K, readonly string[]>): Record<K, readonly string[]> {
		const used = {} as Record<K, readonly string[]>;
		for (const key in lists) used[key] = this.used(lists[key]);
		return used;
	}

	/** One record's attributes by their names in lower case (see lowerCased), with no check where all are. */
	of(record: Readonly<Record<string, unknown>>): LowerCased {
		return this.lowerCase ? record : lowerCased(record);
	}

	/** Whether some record uses a name that is not in `kept`. */
	usesOtherThan(kept: ReadonlySet<string>): boolean {
		for (const name of this.#used) if (!kept.has(name)) return true;
		return false;
	}
}

/** Attributes by their names in lower case (see lowerCased). */
export type LowerCased = Readonly<Record<string, unknown>>;

/**
 * The attributes by their names in lower case, the first of each name kept:
 * the record itself when its names already are (as most files write them),
 * so that thousands of nodes and edges are read without a copy of each.
 */
export function lowerCased(attributes: Readonly<Record<string, unknown>>): LowerCased {
	let lower = true;
	for (const name in attributes) {
		if (Object.hasOwn(attributes, name) && name !== name.toLowerCase()) {
			lower = false;
			break;
		}
	}
	if (lower) return attributes;
	// No prototype: a name such as "__proto__" is a name like any other.
	const found: Record<string, unknown> = Object.create(null);
	for (const name in attributes) {
		if (!Object.hasOwn(attributes, name)) continue;
		const key = name.toLowerCase();
		if (!Object.hasOwn(found, key)) found[key] = attributes[name];
	}
	return found;
}

/** The first of `names` that holds a text (or a number), trimmed; undefined when none does. */
export function textOf(attributes: LowerCased, names: readonly string[]): string | undefined {
	// Counted, not iterated: each of thousands of calls, in code run once, would make an iterator.
	for (let i = 0; i < names.length; i++) {
		const name = names[i];
		// Most names are missing: looked up first, their owner checked only when found.
		const value = attributes[name];
		if (value === undefined || !Object.hasOwn(attributes, name)) continue;
		if (typeof value === 'number' && Number.isFinite(value)) return String(value);
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return undefined;
}
