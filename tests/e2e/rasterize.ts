import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
