import JSZip from 'jszip';

/** The PNG to show, on slide `slide` (from 1), wherever a viewer cannot draw its SVG picture. */
export interface PngFallback {
	slide: number;
	png: Uint8Array;
}

/**
 * The deck with each SVG picture's stand-in replaced by the PNG given for its
 * slide. A deck writer pairs every SVG with a PNG of its own making (blank
 * outside a browser, and only as sharp as the SVG's nominal size); this puts
 * the picture's own PNG in its place.
 */
export async function withPngFallbacks(
	deck: Uint8Array,
	fallbacks: readonly PngFallback[]
): Promise<Uint8Array> {
	if (fallbacks.length === 0) return deck;
	const zip = await JSZip.loadAsync(deck);
	for (const { slide, png } of fallbacks) {
		const relsPath = `ppt/slides/_rels/slide${slide}.xml.rels`;
		const rels = await zip.file(relsPath)?.async('string');
		if (rels === undefined) throw new Error(`the deck has no slide ${slide}`);
		for (const stand of standInsOf(rels)) zip.file(`ppt/media/${stand}`, png);
	}
	return zip.generateAsync({
		type: 'uint8array',
		compression: 'DEFLATE',
		mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	});
}

/**
 * The PNG files standing in for the SVG pictures of a slide: each SVG's
 * relationship comes right after its PNG's (`rId5` for the SVG, `rId4` for
 * its PNG), as the slide's picture refers to both.
 */
export function standInsOf(rels: string): string[] {
	const targets = new Map<number, string>();
	for (const [relationship] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
		const id = /\bId="rId(\d+)"/.exec(relationship)?.[1];
		const target = /\bTarget="\.\.\/media\/([^"]+)"/.exec(relationship)?.[1];
		if (id !== undefined && target !== undefined) targets.set(Number(id), target);
	}
	return [...targets]
		.filter(([, target]) => target.endsWith('.svg'))
		.flatMap(([id]) => {
			const png = targets.get(id - 1);
			return png?.endsWith('.png') ? [png] : [];
		});
}
