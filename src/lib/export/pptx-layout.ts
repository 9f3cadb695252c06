/**
 * Where things stand on a slide of the deck, in points on a 16:9 slide of
 * 960 × 540 (13.33 × 7.5 inches, PowerPoint's widescreen).
 */

/** A box on a slide, in points from its top left corner. */
export interface SlideBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

export const SLIDE = { width: 960, height: 540 } as const;
export const MARGIN = 36;
const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN;

/** The handling line, at the top and at the bottom of every slide. */
export const MARKING = {
	top: { x: MARGIN, y: 8, width: CONTENT_WIDTH, height: 18 },
	bottom: { x: MARGIN, y: SLIDE.height - 26, width: CONTENT_WIDTH, height: 18 },
	sizes: [11, 10, 9]
} as const;

/** A story step's slide: the graph and date above the title, the picture left, the words right. */
export const STEP = {
	kicker: { x: MARGIN, y: 32, width: CONTENT_WIDTH, height: 16 },
	kickerSize: 11,
	title: { x: MARGIN, y: 52, width: CONTENT_WIDTH, height: 64 },
	titleSizes: [28, 24, 20],
	picture: { x: MARGIN, y: 128, width: 500, height: 352 },
	words: { x: 560, y: 128, width: SLIDE.width - MARGIN - 560, height: 352 },
	/** Captions shrink down to 16 pt (a 28 px caption on a 1920 px screen is 14 pt); past that they run on. */
	captionSizes: [24, 22, 20, 18, 16],
	/** Citations shrink to 10 pt before they are given as numbers only. */
	citationSizes: [12, 11, 10],
	/** The most of the words' column the citations may take before they are given as numbers only. */
	citationShare: 0.45,
	gap: 14,
	progress: { x: MARGIN, y: 488, width: CONTENT_WIDTH, height: 14 },
	progressSize: 10
} as const;

/** The title slide: the graph's title, subtitle, date and, if short, its description. */
export const TITLE = {
	x: 84,
	width: SLIDE.width - 2 * 84,
	top: 60,
	bottom: SLIDE.height - 60,
	titleSizes: [40, 36, 32, 28],
	titleHeight: 3 * 48,
	subtitleSizes: [22, 20, 18],
	subtitleHeight: 3 * 26.4,
	dateSize: 16,
	descriptionSizes: [14, 13, 12],
	descriptionHeight: 130,
	/** The bar beside the title block. */
	bar: { x: 60, width: 6 }
} as const;

/** The numbered list of sources, over as many slides as it takes. */
export const SOURCES = {
	heading: { x: MARGIN, y: 34, width: CONTENT_WIDTH, height: 40 },
	headingSize: 28,
	list: { x: MARGIN, y: 88, width: CONTENT_WIDTH, height: 392 },
	size: 13,
	/** Room between two sources. */
	spaceAfter: 6
} as const;

/**
 * Where a picture of `size` stands in `box`: as large as the box allows,
 * never stretched, centred.
 */
export function containIn(box: SlideBox, size: { width: number; height: number }): SlideBox {
	if (!(size.width > 0 && size.height > 0)) {
		throw new TypeError(
			`a picture needs a width and a height (got ${size.width} × ${size.height})`
		);
	}
	const scale = Math.min(box.width / size.width, box.height / size.height);
	const width = size.width * scale;
	const height = size.height * scale;
	return {
		x: box.x + (box.width - width) / 2,
		y: box.y + (box.height - height) / 2,
		width,
		height
	};
}
