import type { Relation, Source } from '$lib/model/schema';

/** The sources cited by the drawn relations, numbered as a printed copy cites them. */
export interface SourceNumbers {
	/** The cited sources in the order of their numbers: the first is [1]. */
	sources: Source[];
	/** Each relation's source numbers, ascending and without repeats. */
	byRelation: Map<string, number[]>;
}

/**
 * Numbers the sources in order of first citation: through the relations in
 * order, and through each relation's evidence in order. A source no relation
 * cites gets no number.
 */
export function numberSources(
	relations: readonly Relation[],
	sources: ReadonlyMap<string, Source>
): SourceNumbers {
	const numbers = new Map<string, number>();
	const cited: Source[] = [];
	const byRelation = new Map<string, number[]>();
	for (const relation of relations) {
		const own = new Set<number>();
		for (const evidence of relation.evidence) {
			const source = sources.get(evidence.source);
			if (!source) continue;
			let number = numbers.get(source.id);
			if (number === undefined) {
				cited.push(source);
				number = cited.length;
				numbers.set(source.id, number);
			}
			own.add(number);
		}
		byRelation.set(
			relation.id,
			[...own].sort((a, b) => a - b)
		);
	}
	return { sources: cited, byRelation };
}

/** "[1, 3, 4]": a relation's citation as the footer prints it, with no-break spaces so it stays on one line. */
export function citation(numbers: readonly number[]): string {
	return `[${numbers.join(',\u00A0')}]`;
}
