import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relationTypesOf } from './builtin-types';
import { describeProblem } from './graph-problem';
import { findQuote } from './find-quote';
import { parseGraph } from './parse-graph';
import { forceAsOf } from './relations-as-of';
import type { GraphFile, RelationStatus } from './schema';

const EXAMPLE = new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url);
// CI checks out ../shared beside the clone; elsewhere the comparison is skipped.
const KSAT_TEXT = new URL('../../../../shared/sources/ksat-dprk-prc-75-years.txt', import.meta.url);

function loadExample(): GraphFile {
	const parsed = parseGraph(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
	if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
	return parsed.graph;
}

interface ExpectedRelation {
	id: string;
	type: string;
	source: string;
	target: string;
	directed: boolean;
	status: RelationStatus;
	signed?: string;
	since?: string;
}

const REQUIRED_RELATIONS: ExpectedRelation[] = [
	{
		id: 'chn-prk-diplomatic',
		type: 'diplomatic',
		source: 'chn',
		target: 'prk',
		directed: false,
		status: 'confirmed',
		since: '1949-10-06'
	},
	{
		id: 'chn-prk-trade',
		type: 'trade',
		source: 'chn',
		target: 'prk',
		directed: false,
		status: 'confirmed'
	},
	{
		id: 'chn-prk-aid',
		type: 'aid',
		source: 'chn',
		target: 'prk',
		directed: true,
		status: 'reported'
	},
	{
		id: 'chn-prk-treaty-1961',
		type: 'defense-pact',
		source: 'chn',
		target: 'prk',
		directed: false,
		status: 'confirmed',
		since: '1961-07-11'
	},
	{
		id: 'rus-prk-treaty-2024',
		type: 'defense-pact',
		source: 'rus',
		target: 'prk',
		directed: false,
		status: 'confirmed',
		signed: '2024-06-19',
		since: '2024-12-04'
	},
	{
		id: 'un-prk-sanctions',
		type: 'sanctions',
		source: 'un',
		target: 'prk',
		directed: true,
		status: 'confirmed',
		since: '2006-10-14'
	},
	{
		id: 'prk-rus-arms',
		type: 'arms-transfer',
		source: 'prk',
		target: 'rus',
		directed: true,
		status: 'alleged',
		since: '2023'
	},
	{
		id: 'prk-rus-alignment',
		type: 'alignment',
		source: 'prk',
		target: 'rus',
		directed: false,
		status: 'reported'
	}
];

describe('the example graph (DPRK, PRC, Russia and the UN)', () => {
	it('is a valid graph file', () => {
		const parsed = parseGraph(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
		const problems = parsed.ok ? [] : parsed.problems.map(describeProblem);
		expect(problems).toEqual([]);
	});

	it('has the four actors', () => {
		const graph = loadExample();
		expect(graph.actors.map((actor) => actor.id).sort()).toEqual(['chn', 'prk', 'rus', 'un']);
	});

	it.each(REQUIRED_RELATIONS)('has the relation $id', (expected) => {
		const graph = loadExample();
		const types = relationTypesOf(graph);
		const relation = graph.relations.find((candidate) => candidate.id === expected.id);
		expect(relation, `relation ${expected.id} is missing`).toBeDefined();
		const type = types.get(relation!.type);
		expect({
			type: relation!.type,
			source: relation!.source,
			target: relation!.target,
			directed: relation!.directed ?? type?.directed,
			status: relation!.status,
			signed: relation!.signed,
			since: relation!.since
		}).toEqual({
			type: expected.type,
			source: expected.source,
			target: expected.target,
			directed: expected.directed,
			status: expected.status,
			signed: expected.signed,
			since: expected.since
		});
	});

	it('does not date the 1961 treaty from a "renewal"', () => {
		const graph = loadExample();
		const treaty = graph.relations.find((relation) => relation.id === 'chn-prk-treaty-1961')!;
		const words = [treaty.summary, ...treaty.evidence.map((item) => item.note ?? '')].join(' ');
		expect(words).not.toMatch(/renewed/i);
	});

	it('has the June 2024 pact signed but not yet in force as of the graph’s date', () => {
		const graph = loadExample();
		const pact = graph.relations.find((relation) => relation.id === 'rus-prk-treaty-2024')!;
		expect(forceAsOf(pact, graph.asOf)).toBe('signed');
	});

	it('sums up the UN sanctions as the cited resolutions, not as a complete list', () => {
		const graph = loadExample();
		const sanctions = graph.relations.find((relation) => relation.id === 'un-prk-sanctions')!;
		const cited = sanctions.evidence.map((item) => item.note ?? item.quote).join(' ');
		for (const year of sanctions.summary.match(/\b(19|20)\d\d\b/g) ?? []) {
			expect(cited, `the summary names ${year}`).toContain(year);
		}
		expect(sanctions.summary).toMatch(/among them|including/);
		const step = graph.story!.find((s) => s.relations?.includes('un-prk-sanctions'))!;
		expect(step.caption).toMatch(/among them|including/);
		expect(step.caption).not.toMatch(/widened in \d{4}, \d{4} and \d{4}/);
		// Every resolution the evidence cites is named in both, the 2013 ones too.
		const resolutions = [...cited.matchAll(/Resolution (\d{4})/g)].map((match) => match[1]);
		expect(resolutions).toEqual(expect.arrayContaining(['2087', '2094']));
		for (const text of [sanctions.summary, step.caption]) {
			for (const resolution of resolutions) expect(text).toContain(resolution);
		}
	});

	it('quotes the four sentences in which KSAT tells of North Korea’s alignment with Russia', () => {
		const graph = loadExample();
		const alignment = graph.relations.find((relation) => relation.id === 'prk-rus-alignment')!;
		expect(alignment.evidence.map((item) => [item.source, item.quote])).toEqual(
			[
				'This comes at a time when North Korea is increasingly aligning with Russia, raising questions about the future of its ties with China.',
				'The congratulatory messages came amid growing scrutiny regarding the dynamics of their relationship, particularly in the context of North Korea’s deepening ties with Russia.',
				'In recent months, North Korea and Russia have displayed increasing solidarity, with allegations suggesting that North Korea has supplied military equipment to Russia amid its ongoing conflict in Ukraine.',
				'This alliance has, however, faced complexities, particularly in light of North Korea’s increasing cooperation with Russia amid the latter’s conflicts.'
			].map((quote) => ['ksat-2024-10-06', quote])
		);
	});

	it('quotes KSAT on the messages Kim and Xi exchanged, as evidence of their diplomatic ties', () => {
		const graph = loadExample();
		const diplomatic = graph.relations.find((relation) => relation.id === 'chn-prk-diplomatic')!;
		expect(diplomatic.evidence.map((item) => item.quote)).toContain(
			'In this exchange, North Korean leader Kim Jong Un expressed a commitment to strengthen the partnership, while Chinese President Xi Jinping reciprocated by emphasizing their joint efforts to advance socialist causes in both nations.'
		);
	});

	it('draws each type in use with its own line and ending, so that grayscale keeps them apart', () => {
		const graph = loadExample();
		const types = relationTypesOf(graph);
		const looks = new Map<string, string>();
		for (const relation of graph.relations) {
			const type = types.get(relation.type)!;
			const ending = (relation.directed ?? type.directed) ? type.end : 'none';
			looks.set(relation.type, `${type.dash} ${ending}`);
		}
		expect(new Set(looks.values()).size, JSON.stringify([...looks])).toBe(looks.size);
	});

	it('dates a source whose address carries its date by that date', () => {
		const graph = loadExample();
		for (const source of graph.sources) {
			const dated = /\D((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/.exec(source.url!);
			if (dated) expect(source.published, source.id).toBe(dated.slice(1).join('-'));
		}
	});

	it('finds every quote word for word in the archived text of its source', () => {
		const graph = loadExample();
		const sources = new Map(graph.sources.map((source) => [source.id, source]));
		const missing: string[] = [];
		for (const relation of graph.relations) {
			relation.evidence.forEach((item, index) => {
				if (item.quote === undefined) return;
				const text = sources.get(item.source)?.archivedText;
				if (text === undefined) return;
				if (!findQuote(text, item.quote)) {
					missing.push(`${relation.id} evidence[${index}] (${item.source}): "${item.quote}"`);
				}
			});
		}
		expect(missing, `quotes not found in their source:\n${missing.join('\n')}`).toEqual([]);
	});

	it('quotes only sources whose text is archived, so every quote can be checked', () => {
		const graph = loadExample();
		const archived = new Set(
			graph.sources.filter((source) => source.archivedText !== undefined).map((source) => source.id)
		);
		const unchecked = graph.relations.flatMap((relation) =>
			relation.evidence
				.map((item, index) => ({ item, index }))
				.filter(({ item }) => item.quote !== undefined && !archived.has(item.source))
				.map(({ item, index }) => `${relation.id} evidence[${index}] (${item.source})`)
		);
		expect(unchecked).toEqual([]);
	});

	it('gives every relation at least one piece of evidence and cites every source', () => {
		const graph = loadExample();
		for (const relation of graph.relations) {
			expect(relation.evidence.length, `${relation.id} has no evidence`).toBeGreaterThan(0);
		}
		const cited = new Set(
			graph.relations.flatMap((relation) => relation.evidence.map((item) => item.source))
		);
		const uncited = graph.sources.map((source) => source.id).filter((id) => !cited.has(id));
		expect(uncited, 'sources no evidence cites').toEqual([]);
	});

	it.skipIf(!existsSync(KSAT_TEXT))('keeps the KSAT article exactly as read', () => {
		const graph = loadExample();
		const ksat = graph.sources.find((source) => source.id === 'ksat-2024-10-06');
		expect(ksat?.archivedText).toBe(readFileSync(KSAT_TEXT, 'utf8'));
	});

	it('links every source to the web over http or https', () => {
		const graph = loadExample();
		for (const source of graph.sources) {
			expect(['https:', 'http:'], `${source.id}: ${source.url}`).toContain(
				new URL(source.url!).protocol
			);
		}
	});
});
