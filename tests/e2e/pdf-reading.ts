import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of a PDF page's text as a reader extracts it, with its height from the page's bottom. */
export interface PdfLine {
	text: string;
	y: number;
}

/** One page of a PDF as pdf.js reads it: its size in points and its text, line by line. */
export interface PdfPage {
	width: number;
	height: number;
	lines: PdfLine[];
	/** The page's text as copied out: lines joined by line ends. */
	text: string;
}

interface TextItem {
	str: string;
	hasEOL: boolean;
	transform: number[];
}

/** Reads every page of `pdf` with pdf.js, a reader independent of the browser that printed it. */
export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
	const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const pages: PdfPage[] = [];
	for (let n = 1; n <= document.numPages; n++) {
		const page = await document.getPage(n);
		const { width, height } = page.getViewport({ scale: 1 });
		const items = (await page.getTextContent()).items as TextItem[];
		const lines: PdfLine[] = [];
		let line: PdfLine | undefined;
		for (const item of items) {
			line ??= { text: '', y: item.transform[5] };
			line.text += item.str;
			if (item.hasEOL) {
				lines.push(line);
				line = undefined;
			}
		}
		if (line) lines.push(line);
		pages.push({ width, height, lines, text: lines.map((l) => l.text).join('\n') });
	}
	await document.destroy();
	return pages;
}

/** Draws the first `count` pages of `pdf` side by side, two to a row, and saves them as a PNG. */
export async function savePages(pdf: Buffer, count: number, path: string): Promise<void> {
	const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const scale = 1.25;
	const gap = 16;
	const drawn = [];
	for (let n = 1; n <= Math.min(count, document.numPages); n++) {
		const page = await document.getPage(n);
		const viewport = page.getViewport({ scale });
		const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
		// pdf.js takes the canvas it draws on; its types expect the browser's.
		const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
		await page.render({
			canvas: canvas as unknown as HTMLCanvasElement,
			canvasContext: context,
			viewport
		}).promise;
		drawn.push(canvas);
	}
	const columns = Math.min(2, drawn.length);
	const rows = Math.ceil(drawn.length / columns);
	const cell = { width: drawn[0].width, height: drawn[0].height };
	const sheet = createCanvas(
		columns * cell.width + (columns + 1) * gap,
		rows * cell.height + (rows + 1) * gap
	);
	const context = sheet.getContext('2d');
	context.fillStyle = '#8a8a8a';
	context.fillRect(0, 0, sheet.width, sheet.height);
	drawn.forEach((canvas, i) => {
		const x = gap + (i % columns) * (cell.width + gap);
		const y = gap + Math.floor(i / columns) * (cell.height + gap);
		context.drawImage(canvas, x, y);
	});
	writeFileSync(path, sheet.toBuffer('image/png'));
	await document.destroy();
}

/**
 * Where the lines of `text` break `address`: its positions at which a line
 * ends inside it, or none if it is not found whole in the text.
 */
export function addressBreaks(text: string, address: string): number[] | undefined {
	const pattern = [...address].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(\\s*)');
	const match = new RegExp(pattern).exec(text);
	if (!match) return undefined;
	return match.slice(1).flatMap((space, i) => (space.length > 0 ? [i + 1] : []));
}
