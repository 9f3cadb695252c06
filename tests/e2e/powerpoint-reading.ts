import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A .pptx file as its package holds it: the XML of each slide and of its notes, and its media. */
export interface DeckPackage {
	/** Each slide's XML, the first slide first. */
	slides: string[];
	/** Each slide's speaker notes as text, by slide. */
	notes: string[];
	/** The relationships of each slide. */
	rels: string[];
	media: Map<string, Uint8Array>;
}

/** The words of a DrawingML part, run by run (`<a:t>`), entities read. */
export function wordsOf(xml: string): string[] {
	return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
		m[1]
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&apos;', "'")
			.replaceAll('&amp;', '&')
	);
}

/** Opens the package of a .pptx file, as any zip reader would. */
export async function readDeckPackage(file: string): Promise<DeckPackage> {
	const zip = await JSZip.loadAsync(readFileSync(file));
	const numbered = (pattern: RegExp) =>
		Object.keys(zip.files)
			.map((path) => ({ path, n: Number(pattern.exec(path)?.[1]) }))
			.filter(({ n }) => n > 0)
			.sort((a, b) => a.n - b.n)
			.map(({ path }) => path);
	const read = (path: string) => zip.file(path)!.async('string');
	const slidePaths = numbered(/^ppt\/slides\/slide(\d+)\.xml$/);
	const slides = await Promise.all(slidePaths.map(read));
	const rels = await Promise.all(
		slidePaths.map((path) => read(path.replace('slides/', 'slides/_rels/') + '.rels'))
	);
	const notes = await Promise.all(
		rels.map(async (xml) => {
			const target = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(xml)?.[1];
			return target ? wordsOf(await read(`ppt/notesSlides/${target}`)).join('\n') : '';
		})
	);
	const media = new Map<string, Uint8Array>();
	for (const path of Object.keys(zip.files).filter(
		(p) => p.startsWith('ppt/media/') && !zip.files[p].dir
	)) {
		media.set(basename(path), await zip.file(path)!.async('uint8array'));
	}
	return { slides, notes, rels, media };
}

/**
 * Has LibreOffice Impress convert `file` (headless, with a profile of its
 * own) to `format`, and gives back the path of what it wrote.
 */
export function convertWithLibreOffice(file: string, format: 'pdf' | 'png'): string {
	const out = mkdtempSync(join(tmpdir(), 'ties-deck-'));
	const profile = mkdtempSync(join(tmpdir(), 'ties-lo-profile-'));
	try {
		execFileSync(
			'soffice',
			[
				'--headless',
				`-env:UserInstallation=file://${profile}`,
				'--convert-to',
				format,
				'--outdir',
				out,
				file
			],
			{ timeout: 120_000, stdio: 'pipe' }
		);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	const written = readdirSync(out).find((name) => name.endsWith(`.${format}`));
	if (!written) throw new Error(`LibreOffice wrote no ${format} for ${file}`);
	return join(out, written);
}

/** A page of a PDF as pdf.js reads it: its size, its text and how many pictures it paints. */
export interface PdfPage {
	width: number;
	height: number;
	text: string;
	pictures: number;
}

/** Reads every page of a PDF with pdf.js. */
export async function readPdf(file: string): Promise<PdfPage[]> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
	const pages: PdfPage[] = [];
	for (let n = 1; n <= document.numPages; n++) {
		const page = await document.getPage(n);
		const { width, height } = page.getViewport({ scale: 1 });
		const items = (await page.getTextContent()).items as { str?: string }[];
		const operators = await page.getOperatorList();
		pages.push({
			width,
			height,
			text: items.map((item) => item.str ?? '').join(' '),
			pictures: operators.fnArray.filter((op) => op === OPS.paintImageXObject).length
		});
	}
	await document.destroy();
	return pages;
}

/** Draws page `n` (from 1) of a PDF, `width` pixels wide, and saves it as a PNG at `path`. */
export async function savePdfPage(file: string, n: number, width: number, path: string) {
	const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
	const page = await document.getPage(n);
	const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
	const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
	// pdf.js draws on the canvas it is given; its types expect the browser's.
	await page.render({
		canvas: canvas as unknown as HTMLCanvasElement,
		canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D,
		viewport
	}).promise;
	writeFileSync(path, canvas.toBuffer('image/png'));
	await document.destroy();
}

/** Text with every space taken out: lines broken anywhere still compare equal. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
