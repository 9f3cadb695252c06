import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { storyOf } from '$lib/present/story-steps';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { buildDeck, type PictureOf } from './pptx-deck';

/** A picture of each step: an SVG naming the step, and a PNG of a colour of its own. */
const pictureOf: PictureOf = async (step) => {
	const png = new PNG({ width: 4, height: 3 });
	png.data.fill(step.index * 20);
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text>Step ${step.index + 1}</text></svg>`,
		png: new Uint8Array(PNG.sync.write(png)),
		width: 800,
		height: 600
	};
};

async function deckOf(graph: GraphFile) {
	const steps = storyOf(graph, indexGraph(graph));
	const zip = await JSZip.loadAsync(await buildDeck(graph, steps, pictureOf));
	const read = (path: string) => zip.file(path)!.async('string');
	const files = Object.keys(zip.files);
	const count = (pattern: RegExp) => files.filter((path) => pattern.test(path)).length;
	return { zip, steps, files, read, count };
}

/** The words of a slide's XML, run by run. */
const wordsOf = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
		m[1].replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&apos;', "'")
	);

describe('buildDeck', () => {
	const graph = exampleGraph();

	it('writes a slide for the title, each step and the sources, with each step’s notes', async () => {
		const { steps, read, count } = await deckOf(graph);
		expect(count(/^ppt\/slides\/slide\d+\.xml$/)).toBe(1 + steps.length + 2);
		const presentation = await read('ppt/presentation.xml');
		// 16:9: 13.33 × 7.5 inches.
		expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
		for (const [i, step] of steps.entries()) {
			const slide = wordsOf(await read(`ppt/slides/slide${i + 2}.xml`)).join(' ');
			expect(slide).toContain(step.title);
			expect(slide).toContain(step.caption);
			const notes = wordsOf(await read(`ppt/notesSlides/notesSlide${i + 2}.xml`)).join('\n');
			expect(notes).toContain(step.notes!);
		}
	});

	it('places each step’s picture as SVG with its own PNG beside it, once per slide', async () => {
		const { zip, steps, read, count } = await deckOf(graph);
		expect(count(/^ppt\/media\/.*\.svg$/)).toBe(steps.length);
		expect(count(/^ppt\/media\/.*\.png$/)).toBe(steps.length);
		for (const i of steps.keys()) {
			const slide = i + 2;
			const rels = await read(`ppt/slides/_rels/slide${slide}.xml.rels`);
			const svgPath = /Target="\.\.\/media\/([^"]+\.svg)"/.exec(rels)![1];
			const pngPath = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)![1];
			expect(await read(`ppt/media/${svgPath}`)).toContain(`Step ${i + 1}</text>`);
			const png = PNG.sync.read(
				Buffer.from(await zip.file(`ppt/media/${pngPath}`)!.async('uint8array'))
			);
			expect([png.width, png.height, png.data[0]]).toEqual([4, 3, i * 20]);
			const xml = await read(`ppt/slides/slide${slide}.xml`);
			expect(xml).toContain('<asvg:svgBlip');
		}
	});

	it('makes each source’s address a link on the Sources slides', async () => {
		const { read } = await deckOf(graph);
		const rels =
			(await read('ppt/slides/_rels/slide8.xml.rels')) +
			(await read('ppt/slides/_rels/slide9.xml.rels'));
		const links = [...rels.matchAll(/Target="(https?:[^"]+)"/g)].map((m) => m[1]);
		const used = new Set(graph.relations.flatMap((r) => r.evidence.map((e) => e.source)));
		const cited = graph.sources.filter((source) => used.has(source.id));
		expect(new Set(links)).toEqual(
			new Set(cited.map((source) => source.url!.replaceAll('&', '&amp;')))
		);
	});

	it('writes the marking at the top and the bottom of every slide', async () => {
		const { read, count } = await deckOf({ ...graph, marking: 'OFFICIAL-SENSITIVE' });
		const slides = count(/^ppt\/slides\/slide\d+\.xml$/);
		for (let n = 1; n <= slides; n++) {
			const words = wordsOf(await read(`ppt/slides/slide${n}.xml`));
			expect(words.filter((word) => word === 'OFFICIAL-SENSITIVE')).toHaveLength(2);
		}
	});
});
