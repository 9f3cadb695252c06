import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../../tests/fixtures/graph-builders';
import { GraphFileSchema, WebLinkSchema } from './schema';

/** A small graph file that is valid: two actors, one source, one relation with evidence. */
const file = smallGraph('Two states');

/** The file with one part replaced. */
const withSource = (change: object) => ({ ...file, sources: [{ ...file.sources[0], ...change }] });
const withRelation = (change: object) => ({
	...file,
	relations: [{ ...file.relations[0], ...change }]
});

/** Where each problem is and what it says, as zod reports them. */
function problems(input: unknown) {
	const result = GraphFileSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('GraphFileSchema', () => {
	it('accepts a small valid file, and an empty one to start from', () => {
		expect(problems(file)).toEqual([]);
		expect(
			problems({ title: 'New graph', asOf: '2024', actors: [], sources: [], relations: [] })
		).toEqual([]);
	});

	it('rejects a link that does not lead to the web', () => {
		for (const url of ['javascript:alert(1)', 'ftp://example.org/a', 'www.ksat.com']) {
			expect(problems(withSource({ url }))).toEqual([
				{ path: 'sources.0.url', message: 'must be an http:// or https:// link' }
			]);
		}
		expect(problems(withSource({ url: 'HTTP://example.org/' }))).toEqual([]);
	});

	it('rejects a relation without evidence', () => {
		expect(problems(withRelation({ evidence: [] }))).toEqual([
			{ path: 'relations.0.evidence', message: 'needs at least one evidence item' }
		]);
	});

	it('rejects evidence with neither a quote nor a note', () => {
		expect(problems(withRelation({ evidence: [{ source: 'ksat', locator: 'para 3' }] }))).toEqual([
			{ path: 'relations.0.evidence.0', message: 'needs a verbatim quote or a note' }
		]);
	});

	it('rejects an impossible date, once, and a malformed one as not a date', () => {
		const impossible = problems(withSource({ published: '2023-02-29' }));
		expect(impossible).toHaveLength(1);
		expect(impossible[0].path).toBe('sources.0.published');
		expect(problems({ ...file, asOf: '6 Oct 2024' })).toEqual([
			{ path: 'asOf', message: 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)' }
		]);
		expect(problems(withRelation({ since: '2024-13' }))[0].path).toBe('relations.0.since');
		expect(problems(withRelation({ signed: '19 June 2024' }))[0].path).toBe('relations.0.signed');
	});

	it('takes the date a relation was signed besides the date it took effect', () => {
		const result = GraphFileSchema.safeParse(
			withRelation({ signed: '2024-06-19', since: '2024-12-04' })
		);
		expect(result.success && result.data.relations[0]).toMatchObject({
			signed: '2024-06-19',
			since: '2024-12-04'
		});
	});

	it('rejects an id that is not lower-case letters, digits and - . _', () => {
		expect(
			problems({ ...file, actors: [{ ...file.actors[0], id: 'China' }, file.actors[1]] })
		).toEqual([
			{
				path: 'actors.0.id',
				message: 'actor id must be lower-case letters, digits, ".", "_" or "-"'
			}
		]);
	});

	it('trims names and summaries, and refuses one that is only spaces', () => {
		const result = GraphFileSchema.safeParse(withRelation({ summary: '  Trade  ' }));
		expect(result.success && result.data.relations[0].summary).toBe('Trade');
		expect(problems({ ...file, title: '   ' })).toEqual([{ path: 'title', message: 'is empty' }]);
	});

	it('rejects a field it does not know, and a story without steps', () => {
		expect(problems({ ...file, colour: 'red' }).map((p) => p.path)).toEqual(['']);
		expect(problems({ ...file, story: [] })).toEqual([
			{ path: 'story', message: 'needs at least one step' }
		]);
	});
});

describe('WebLinkSchema', () => {
	it('refuses an address that starts like a web link but cannot be one', () => {
		expect(WebLinkSchema.safeParse('https://').success).toBe(false);
		expect(WebLinkSchema.safeParse('https://press.un.org/en/2024/sc15648.doc.htm').success).toBe(
			true
		);
	});
});
