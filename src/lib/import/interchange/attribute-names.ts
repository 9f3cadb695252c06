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

	constructor(records: readonly Record<string, unknown>[]) {
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

	/** Whether some record uses a name that is not in `kept`. */
	usesOtherThan(kept: ReadonlySet<string>): boolean {
		for (const name of this.#used) if (!kept.has(name)) return true;
		return false;
	}
}
