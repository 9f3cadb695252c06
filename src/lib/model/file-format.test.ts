import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '$lib/export/json-export';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { FILE_FORMAT } from './file-format';
import { describeProblem } from './graph-problem';
import { parseGraph } from './parse-graph';

const FOLDER = new URL('../../../tests/fixtures/formats/', import.meta.url);
const fixtures = readdirSync(FOLDER).filter((name) => name.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(new URL(name, FOLDER), 'utf8')) as unknown;

describe('graph file formats', () => {
	it('has a fixture of every format up to the current one', () => {
		const formats = fixtures.map((name) => Number(/^format-(\d+)-/.exec(name)?.[1]));
		for (let format = 1; format <= FILE_FORMAT; format++) expect(formats).toContain(format);
	});

	it.each(fixtures)('opens %s, a file of an older or the current format', (name) => {
		const parsed = parseGraph(read(name));
		if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
		expect(parsed.graph.actors.length).toBeGreaterThan(0);
		// The graph is the same whatever format its file was: the format stays with the file.
		expect('format' in parsed.graph).toBe(false);
	});

	it('writes the current format, and reads it back as the same graph', () => {
		const graph = exampleGraph();
		const written = JSON.parse(exportJson(graph)) as Record<string, unknown>;
		expect(written.format).toBe(FILE_FORMAT);
		expect(parseGraph(written)).toEqual({ ok: true, graph });
	});

	it('refuses a file of a newer format before reading it, saying so', () => {
		const newer = { ...exampleGraph(), format: FILE_FORMAT + 1, somethingNew: [{ id: 'x' }] };
		const parsed = parseGraph(newer);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		// One problem, about the format: none about fields this Ties does not know.
		expect(parsed.problems.map(describeProblem)).toEqual([
			`format: is ${FILE_FORMAT + 1}: the file was written by a newer version of Ties, and this one reads formats 1 to ${FILE_FORMAT}. Open it with the newer Ties (or update this one); it is not read here, so that nothing in it is misread.`
		]);
	});

	it('refuses a format that is not one', () => {
		for (const format of ['2', 0, 1.5, null]) {
			const parsed = parseGraph({ ...exampleGraph(), format });
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.problems[0].place).toBe('format');
		}
	});
});
