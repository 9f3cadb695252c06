import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';

/** The size written on an SVG's root element. */
export function sizeOf(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)![0];
	return {
		width: Number(/\swidth="([\d.]+)"/.exec(root)![1]),
		height: Number(/\sheight="([\d.]+)"/.exec(root)![1])
	};
}

/** The SVG as librsvg draws it (`rsvg-convert`, as GNOME, Inkscape's import and many converters do). */
export function renderWithLibrsvg(svg: string): Buffer {
	const file = join(mkdtempSync(join(tmpdir(), 'ties-svg-')), 'picture.svg');
	writeFileSync(file, svg);
	return execFileSync('rsvg-convert', ['--format=png', file]);
}

/** The SVG as resvg draws it, with the fonts this machine has and nothing else. */
export function renderWithResvg(svg: string): Buffer {
	return new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
}

/** The SVG file opened on its own in Chromium, as a screenshot at its own size. */
export async function renderWithChromium(browser: Browser, svg: string): Promise<Buffer> {
	const file = join(mkdtempSync(join(tmpdir(), 'ties-svg-')), 'picture.svg');
	writeFileSync(file, svg);
	const { width, height } = sizeOf(svg);
	const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
	try {
		await page.goto(pathToFileURL(file).href);
		return await page.screenshot({ clip: { x: 0, y: 0, width, height } });
	} finally {
		await page.close();
	}
}

/** LibreOffice's drawings of SVGs already converted, by the SVG's hash: it takes seconds to start. */
const LIBREOFFICE_CACHE = join(tmpdir(), 'ties-libreoffice-png');

/**
 * The SVG as LibreOffice draws it when a user inserts it into a slide or
 * opens it in Draw (`soffice --headless --convert-to png`), at the SVG's own
 * size. Each conversion runs with a profile of its own, so parallel runs do
 * not wait on one another's lock; the drawing is kept by the SVG's hash.
 */
export function renderWithLibreOffice(svg: string): Buffer {
	const hash = createHash('sha256').update(svg).digest('hex').slice(0, 20);
	const cached = join(LIBREOFFICE_CACHE, `${hash}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	const work = mkdtempSync(join(tmpdir(), 'ties-soffice-'));
	try {
		const file = join(work, 'picture.svg');
		writeFileSync(file, svg);
		const { width, height } = sizeOf(svg);
		const size = `{"PixelWidth":{"type":"long","value":"${width}"},"PixelHeight":{"type":"long","value":"${height}"}}`;
		execFileSync(
			'soffice',
			[
				`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
				'--headless',
				'--norestore',
				'--convert-to',
				`png:draw_png_Export:${size}`,
				'--outdir',
				work,
				file
			],
			{ stdio: 'pipe', timeout: 120_000 }
		);
		const png = readFileSync(join(work, 'picture.png'));
		mkdirSync(LIBREOFFICE_CACHE, { recursive: true });
		writeFileSync(cached, png);
		return png;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** A box on the picture, in its pixels. */
export interface PixelBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where Chromium draws the graph and each actor's name on the SVG: the places a reader looks. */
export async function placesInPicture(
	browser: Browser,
	svg: string
): Promise<{ graph: PixelBox; names: Map<string, PixelBox> }> {
	const file = join(mkdtempSync(join(tmpdir(), 'ties-svg-')), 'picture.svg');
	writeFileSync(file, svg);
	const { width, height } = sizeOf(svg);
	const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
	try {
		await page.goto(pathToFileURL(file).href);
		const places = await page.evaluate(() => {
			const boxOf = (element: Element) => {
				const box = element.getBoundingClientRect();
				return { x: box.x, y: box.y, width: box.width, height: box.height };
			};
			return {
				graph: boxOf(document.querySelector('g.graph')!),
				names: [...document.querySelectorAll('g[data-actor] text.name')].map((name) => ({
					id: name.closest('[data-actor]')!.getAttribute('data-actor')!,
					box: boxOf(name)
				}))
			};
		});
		return {
			graph: places.graph,
			names: new Map(places.names.map(({ id, box }) => [id, box]))
		};
	} finally {
		await page.close();
	}
}
