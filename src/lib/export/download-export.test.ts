import { FILE_FORMAT } from '$lib/model/file-format';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { parseXml } from '../../../tests/fixtures/xml-document';
import { downloadExport, type ExportFormat } from './download-export';

// Saving needs a browser; what would be saved is caught here instead.
const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('./save-file', () => ({
	saveFile: (blob: Blob, name: string) => saved.push({ blob, name })
}));

const view = wholeView(exampleGraph());

async function download(format: ExportFormat, asOf = view.asOf) {
	await downloadExport(format, { ...view, asOf });
	expect(saved).toHaveLength(1);
	const [{ blob, name }] = saved;
	return { name, type: blob.type, text: await blob.text() };
}

// The PNG is drawn on a browser's canvas: the end-to-end tests download it.
describe('downloadExport', () => {
	beforeEach(() => {
		saved.length = 0;
	});

	it('saves the picture as an SVG document named after the graph and its as-of date', async () => {
		const file = await download('svg');
		expect(file.name).toBe('dprk-prc-russia-un-2024-10-06.svg');
		expect(file.type).toBe('image/svg+xml');
		expect(parseXml(file.text).documentElement!.localName).toBe('svg');
	});

	it('saves the graph file as JSON that holds the same graph', async () => {
		const file = await download('json');
		expect(file.name).toBe('dprk-prc-russia-un-2024-10-06.json');
		expect(file.type).toBe('application/json');
		expect(JSON.parse(file.text)).toEqual({ format: FILE_FORMAT, ...view.graph });
	});

	it('saves the relations as a UTF-8 CSV table for spreadsheets', async () => {
		const file = await download('csv');
		expect(file.name).toBe('dprk-prc-russia-un-2024-10-06.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		expect(file.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^relation,summary,type,/);
	});

	it('saves the actors as a CSV named after the relations CSV it opens with', async () => {
		const file = await download('actors-csv');
		expect(file.name).toBe('dprk-prc-russia-un-2024-10-06-actors.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toMatch(/^actor,name,full name,kind,/);
		expect(lines.filter(Boolean)).toHaveLength(1 + view.graph.actors.length);
	});

	it('saves the network for Gephi and for GraphML tools as XML', async () => {
		const gexf = await download('gexf');
		expect(gexf.name).toBe('dprk-prc-russia-un-2024-10-06.gexf');
		expect(gexf.type).toBe('application/xml');
		expect(parseXml(gexf.text).documentElement!.localName).toBe('gexf');
		saved.length = 0;
		const graphml = await download('graphml');
		expect(graphml.name).toBe('dprk-prc-russia-un-2024-10-06.graphml');
		expect(graphml.type).toBe('application/xml');
		expect(parseXml(graphml.text).documentElement!.localName).toBe('graphml');
	});

	it('names the file after the as-of date the view is drawn at, not the file’s own', async () => {
		const file = await download('svg', '2023-01');
		expect(file.name).toBe('dprk-prc-russia-un-2023-01.svg');
		expect(file.text).toContain('As of Jan 2023');
	});
});

describe('downloadExport of a slide', () => {
	beforeEach(() => {
		saved.length = 0;
	});

	it('saves a 16:9 slide as an SVG of 1920 × 1080, named as a slide', async () => {
		await downloadExport('svg', view, undefined, { format: 'slide-16:9', highlight: false });
		const [{ blob, name }] = saved;
		expect(name).toBe('dprk-prc-russia-un-2024-10-06-slide-16x9.svg');
		const root = parseXml(await blob.text()).documentElement!;
		expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1920', '1080']);
	});

	it('saves a 4:3 slide as an SVG of 1440 × 1080', async () => {
		await downloadExport('svg', view, undefined, { format: 'slide-4:3', highlight: false });
		const [{ blob, name }] = saved;
		expect(name).toBe('dprk-prc-russia-un-2024-10-06-slide-4x3.svg');
		expect(parseXml(await blob.text()).documentElement!.getAttribute('width')).toBe('1440');
	});

	it('leaves the data files as they are, whatever picture is chosen', async () => {
		await downloadExport('json', view, undefined, { format: 'slide-4:3', highlight: false });
		expect(saved[0].name).toBe('dprk-prc-russia-un-2024-10-06.json');
	});
});
