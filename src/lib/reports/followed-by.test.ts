import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';

/** Each proposal of the rules as "LBY→ITA trade reported". */
function read(text: string): string[] {
	return extractRelations(text, undefined, { model: null }).relations.map(
		(r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type} ${r.status}`
	);
}

describe('followedBy: those named after "followed by" in a ranking', () => {
	it('gives each the relation of the clause’s subject, whichever end it is', () => {
		expect(
			read(
				'Europe is Libya’s main market: Italy buys more Libyan crude than any other country, followed by Germany and Spain.'
			)
		).toEqual(['LBY→ITA trade reported', 'LBY→DEU trade reported', 'LBY→ESP trade reported']);
		expect(
			read(
				'Australia is Fiji’s largest aid donor, followed by New Zealand, which has provided budget support.'
			)
		).toEqual(['AUS→FJI aid reported', 'NZL→FJI aid reported']);
	});

	it('marks the one named after "followed by", less sure than the first', () => {
		const text = 'Australia is Fiji’s largest aid donor, followed by New Zealand.';
		const [first, follower] = extractRelations(text, undefined, { model: null }).relations;
		const marked = follower.marks.find((mark) => mark.role === 'source')!;
		expect(text.slice(marked.start, marked.end)).toBe('New Zealand');
		expect(follower.confidence).toBeLessThan(first.confidence);
		expect(follower.reason).toMatch(/named after “followed by”/);
	});

	it('reads nothing more where "followed by" names no one, or what is not a party', () => {
		expect(read('The invasion was followed by EU sanctions on Russia.')).toEqual([
			'EU→RUS sanctions reported'
		]);
		expect(read('Japan gave aid to Laos, followed by a visit from Thailand’s king.')).toEqual([
			'JPN→LAO aid reported'
		]);
	});
});
