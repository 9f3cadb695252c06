import { grouped } from '$lib/model/count-words';
/**
 * The attributes a file gave that the graph file has no place for, counted
 * by name, so that the analyst is told what was left behind instead of
 * finding it missing later.
 */
export class UnkeptAttributes {
	readonly #counts = new Map<string, number>();

	/** Counts each attribute of `attributes` not in `kept`, and not empty. */
	add(attributes: Readonly<Record<string, unknown>>, kept: ReadonlySet<string>): void {
		for (const name in attributes) {
			const value = attributes[name];
			if (value === undefined || value === null || value === '' || !Object.hasOwn(attributes, name))
				continue;
			if (kept.has(name) || kept.has(name.toLowerCase())) continue;
			this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
		}
	}

	get size(): number {
		return this.#counts.size;
	}

	/** `group (77 nodes), value (254 links)`, in the order first met. */
	describe(word: string): string {
		return [...this.#counts]
			.map(([name, count]) => `${name} (${grouped(count)} ${count === 1 ? word : `${word}s`})`)
			.join(', ');
	}
}
