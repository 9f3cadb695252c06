import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { xmlTools } from '../../../tests/fixtures/xml-tools';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { exportCsv } from '$lib/csv/csv-export';
import { exportJson } from '$lib/export/json-export';
import { exportActorsCsv } from '$lib/csv/actors-csv';
import { MAX_FILE_BYTES } from './import-limits';
import { describeProblem } from '$lib/model/graph-problem';
import type { OpenedGraph } from './opened-graph';
import { openGraphFiles, type FileToOpen } from './open-graph-files';
import { openGraphText } from './read-graph-text';

const TODAY = '2026-11-28';
const file = (name: string, text: string | Uint8Array) =>
	new File([typeof text === 'string' ? text : new Uint8Array(text)], name);

function problemsOf(opened: OpenedGraph): string[] {
	if (opened.ok) throw new Error('expected problems, the files opened');
	return opened.problems.map(describeProblem);
}

describe('openGraphFiles', () => {
	const example = exampleGraph();

	it('opens a graph file', async () => {
		const opened = await openGraphFiles([file('dprk.json', exportJson(example))], TODAY);
		expect(opened).toEqual({ ok: true, graph: example, name: 'dprk.json', notes: [] });
	});

	it('opens a relations CSV with its actors CSV, in either order', async () => {
		const opened = await openGraphFiles(
			[file('actors.csv', exportActorsCsv(example)), file('dprk.csv', exportCsv(example))],
			TODAY
		);
		expect(opened.ok && opened.name).toBe('dprk.csv');
		expect(opened.ok && opened.graph.actors).toEqual(example.actors);
	});

	it('refuses a file too large without reading it', async () => {
		const huge: FileToOpen = {
			name: 'huge.json',
			size: MAX_FILE_BYTES + 1,
			arrayBuffer: () => Promise.reject(new Error('read a file it should not have'))
		};
		expect(problemsOf(await openGraphFiles([huge], TODAY))).toEqual([
			'huge.json: is 20.1 MB: Ties opens files of up to 20 MB'
		]);
	});

	it('refuses files of other kinds, and mixes that make no one graph', async () => {
		expect(problemsOf(await openGraphFiles([file('photo.png', 'x')], TODAY))).toEqual([
			'photo.png: is neither a graph file (.json, .gexf, .graphml) nor a CSV file (.csv)'
		]);
		const mixed = [file('a.json', '{}'), file('b.csv', 'relation')];
		expect(problemsOf(await openGraphFiles(mixed, TODAY))).toEqual([
			'a.json, b.csv: are 2 files: open one graph file (.json, .gexf, .graphml), or one relations CSV with or without its actors CSV'
		]);
		expect(problemsOf(await openGraphFiles([], TODAY))).toEqual(['No file was chosen.']);
	});

	it('says when a file cannot be read, or is not text', async () => {
		const unreadable: FileToOpen = {
			name: 'gone.json',
			size: 10,
			arrayBuffer: () => Promise.reject(new Error('the file was moved'))
		};
		expect(problemsOf(await openGraphFiles([unreadable], TODAY))).toEqual([
			'gone.json: could not be read (the file was moved)'
		]);
		const binary = file('g.json', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]));
		expect(problemsOf(await openGraphFiles([binary], TODAY))).toEqual([
			'g.json: is not UTF-8 text: a graph file is JSON, saved as UTF-8'
		]);
	});

	it('reads a CSV Excel saved in the Windows code page, and notes it', async () => {
		const text = [
			'relation,summary,type,source actor,target actor,status,quote,source title,publisher,URL',
			'r1,Aide à la Côte d’Ivoire,Aid,Chína,Côte d’Ivoire,reported,«Oui»,Le Monde,Le Monde,https://lemonde.fr/a'
		]
			.join('\r\n')
			.replaceAll('’', "'");
		const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
		const opened = await openGraphFiles([file('excel.csv', bytes)], TODAY);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.graph.actors.map((a) => a.name)).toContain('Chína');
		expect(opened.notes[0]).toMatch(/^excel\.csv was not saved as UTF-8/);
	});
});

describe('openGraphFiles, of GEXF and GraphML', () => {
	// The page reads XML with the browser's parser; Node has none.
	beforeAll(() => {
		vi.stubGlobal('DOMParser', xmlTools.DOMParser);
		vi.stubGlobal('Document', xmlTools.Document);
	});
	afterAll(() => {
		vi.unstubAllGlobals();
	});
	const fixture = (name: string) =>
		file(
			name,
			readFileSync(new URL(`../../../tests/fixtures/interchange/${name}`, import.meta.url))
		);

	it('opens a yEd GraphML and a Gephi GEXF, telling them by their content', async () => {
		const yed = await openGraphFiles([fixture('yed-alliances.graphml')], TODAY);
		expect(yed.ok && yed.graph.actors.map((actor) => actor.name)).toEqual([
			'North Korea',
			'China',
			'Russia',
			'UN Security Council'
		]);
		expect(yed.ok && yed.notes[0]).toBe(
			'yed-alliances.graphml is a yEd GraphML file: it gives no evidence, so each of its 5 relations cites the file itself, dated 2026-11-28, the day it was opened, with a note saying so, and stands as reported: add sources before briefing from it.'
		);
		const gephi = await openGraphFiles([fixture('gephi-sanctions.gexf')], TODAY);
		expect(gephi.ok && gephi.graph.relations).toHaveLength(7);
	});

	it('opens a GEXF from an address as from a file, and refuses XML that is not well-formed', async () => {
		const text = readFileSync(
			new URL('../../../tests/fixtures/interchange/gephi-sanctions.gexf', import.meta.url),
			'utf8'
		);
		const opened = await openGraphText(text, 'https://example.org/ties.gexf', TODAY);
		expect(opened.ok && opened.graph.title).toBe('Korean Peninsula ties');
		const broken = await openGraphText('<gexf><graph>', 'https://example.org/b.gexf', TODAY);
		expect(broken.ok || broken.problems[0].message).toMatch(/^is not well-formed XML/);
	});

	it('opens a GraphML saved with an .xml name', async () => {
		const text = readFileSync(
			new URL('../../../tests/fixtures/interchange/karate-club.graphml', import.meta.url)
		);
		const opened = await openGraphFiles([file('karate.xml', text)], TODAY);
		expect(opened.ok && opened.graph.actors).toHaveLength(34);
	});
});
