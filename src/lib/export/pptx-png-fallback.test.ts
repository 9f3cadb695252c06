import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { standInsOf, withPngFallbacks } from './pptx-png-fallback';

const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const rels = (...targets: string[]) =>
	`<Relationships>${targets
		.map((target, i) => `<Relationship Id="rId${i + 1}" Type="${IMAGE}" Target="${target}"/>`)
		.join('')}</Relationships>`;

describe('standInsOf', () => {
	it('finds the PNG just before each SVG, and no other picture', () => {
		const xml = rels(
			'../media/logo.png',
			'../media/a.png',
			'../media/a.svg',
			'../slideLayouts/slideLayout1.xml',
			'../media/b.png',
			'../media/b.svg'
		);
		expect(standInsOf(xml)).toEqual(['a.png', 'b.png']);
		expect(standInsOf(rels('../media/photo.png'))).toEqual([]);
	});
});

describe('withPngFallbacks', () => {
	it('puts the given PNG in place of the stand-in and leaves the rest as it was', async () => {
		const zip = new JSZip();
		zip.file('ppt/slides/_rels/slide2.xml.rels', rels('../media/p.png', '../media/p.svg'));
		zip.file('ppt/media/p.png', 'blank');
		zip.file('ppt/media/p.svg', '<svg/>');
		const deck = await zip.generateAsync({ type: 'uint8array' });
		const png = new Uint8Array([137, 80, 78, 71]);
		const out = await JSZip.loadAsync(await withPngFallbacks(deck, [{ slide: 2, png }]));
		expect(await out.file('ppt/media/p.png')!.async('uint8array')).toEqual(png);
		expect(await out.file('ppt/media/p.svg')!.async('string')).toBe('<svg/>');
	});

	it('says which slide is missing', async () => {
		const deck = await new JSZip().generateAsync({ type: 'uint8array' });
		await expect(withPngFallbacks(deck, [{ slide: 3, png: new Uint8Array() }])).rejects.toThrow(
			'the deck has no slide 3'
		);
	});
});
