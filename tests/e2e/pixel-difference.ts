import { PNG } from 'pngjs';

/** A decoded PNG: RGBA bytes, row by row. */
export interface Raster {
	width: number;
	height: number;
	data: Uint8Array;
}

/** How far two renderings of one picture are apart. */
export interface PixelDifference {
	/** Mean difference (0 to 1) of the most different 16×16-pixel tile. */
	worstTile: number;
	/** Share of 4×4-pixel blocks whose colour differs by more than a fifth. */
	differingBlocks: number;
}

/**
 * The bound a faithful rendering stays under. Renderers set glyphs and smooth
 * edges differently, but after averaging 4×4-pixel blocks the same picture
 * keeps its worst 16×16 tile below about 0.07; a missing arrowhead, actor name,
 * legend or line of the footer pushes its tile to 0.19 or more (measured with
 * Chromium, librsvg 2.54 and resvg 2.6 on the example; the test that proves it
 * is in export.spec.ts).
 */
export const BOUND: PixelDifference = { worstTile: 0.12, differingBlocks: 0.001 };

const BLOCK = 4;
const TILE = 4; // blocks, i.e. 16 pixels

export function readPng(bytes: Uint8Array): Raster {
	const png = PNG.sync.read(Buffer.from(bytes));
	return { width: png.width, height: png.height, data: png.data };
}

/**
 * Compares two renderings of the same size: both are laid on white, averaged
 * over 4×4-pixel blocks (which absorbs anti-aliasing and sub-pixel glyph
 * placement), and each block differs by its largest channel difference.
 */
export function pixelDifference(a: Raster, b: Raster): PixelDifference {
	if (a.width !== b.width || a.height !== b.height) {
		throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
	}
	const blocksA = blocks(a);
	const blocksB = blocks(b);
	const columns = Math.floor(a.width / BLOCK);
	const rows = Math.floor(a.height / BLOCK);
	const difference = new Float32Array(columns * rows);
	let differing = 0;
	for (let i = 0; i < difference.length; i++) {
		let largest = 0;
		for (let channel = 0; channel < 3; channel++) {
			largest = Math.max(largest, Math.abs(blocksA[i * 3 + channel] - blocksB[i * 3 + channel]));
		}
		difference[i] = largest;
		if (largest > 0.2) differing++;
	}
	let worstTile = 0;
	// Tiles overlap by half, so a small mark on a tile's edge still falls in one.
	for (let top = 0; top + TILE <= rows; top += TILE / 2) {
		for (let left = 0; left + TILE <= columns; left += TILE / 2) {
			let sum = 0;
			for (let y = top; y < top + TILE; y++) {
				for (let x = left; x < left + TILE; x++) sum += difference[y * columns + x];
			}
			worstTile = Math.max(worstTile, sum / (TILE * TILE));
		}
	}
	return { worstTile, differingBlocks: differing / difference.length };
}

/** Mean colour (0 to 1, laid on white) of each 4×4 block. */
function blocks(raster: Raster): Float32Array {
	const columns = Math.floor(raster.width / BLOCK);
	const rows = Math.floor(raster.height / BLOCK);
	const means = new Float32Array(columns * rows * 3);
	for (let y = 0; y < rows * BLOCK; y++) {
		for (let x = 0; x < columns * BLOCK; x++) {
			const pixel = (y * raster.width + x) * 4;
			const alpha = raster.data[pixel + 3] / 255;
			const block = (Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK)) * 3;
			for (let channel = 0; channel < 3; channel++) {
				const value = (raster.data[pixel + channel] * alpha + 255 * (1 - alpha)) / 255;
				means[block + channel] += value / (BLOCK * BLOCK);
			}
		}
	}
	return means;
}

/**
 * The share (0 to 1) of the pixels inside `box` that carry ink, darker than a
 * light grey: the letters of a name (faded ones too), not the white of its halo.
 */
export function darkShare(
	raster: Raster,
	box: { x: number; y: number; width: number; height: number }
): number {
	let dark = 0;
	let all = 0;
	for (
		let y = Math.max(0, Math.floor(box.y));
		y < Math.min(raster.height, box.y + box.height);
		y++
	) {
		for (
			let x = Math.max(0, Math.floor(box.x));
			x < Math.min(raster.width, box.x + box.width);
			x++
		) {
			const pixel = (y * raster.width + x) * 4;
			const alpha = raster.data[pixel + 3] / 255;
			const grey =
				(0.3 * raster.data[pixel] + 0.59 * raster.data[pixel + 1] + 0.11 * raster.data[pixel + 2]) *
					alpha +
				255 * (1 - alpha);
			if (grey < 200) dark++;
			all++;
		}
	}
	return all === 0 ? 0 : dark / all;
}

/** The part of `raster` inside `box`, on whole pixels. */
export function crop(
	raster: Raster,
	box: { x: number; y: number; width: number; height: number }
): Raster {
	const left = Math.max(0, Math.floor(box.x));
	const top = Math.max(0, Math.floor(box.y));
	const width = Math.min(raster.width, Math.ceil(box.x + box.width)) - left;
	const height = Math.min(raster.height, Math.ceil(box.y + box.height)) - top;
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		const from = ((top + y) * raster.width + left) * 4;
		data.set(raster.data.subarray(from, from + width * 4), y * width * 4);
	}
	return { width, height, data };
}

/**
 * `raster` at 1/`factor` of its size, each pixel the mean of the pixels it
 * stands for (laid on white). A slide compared at half size has the type of
 * a page, so that the page's bound holds for it.
 */
export function shrink(raster: Raster, factor: number): Raster {
	const width = Math.floor(raster.width / factor);
	const height = Math.floor(raster.height / factor);
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const sum = [0, 0, 0];
			for (let dy = 0; dy < factor; dy++) {
				for (let dx = 0; dx < factor; dx++) {
					const pixel = ((y * factor + dy) * raster.width + x * factor + dx) * 4;
					const alpha = raster.data[pixel + 3] / 255;
					for (let c = 0; c < 3; c++) sum[c] += raster.data[pixel + c] * alpha + 255 * (1 - alpha);
				}
			}
			const at = (y * width + x) * 4;
			for (let c = 0; c < 3; c++) data[at + c] = Math.round(sum[c] / (factor * factor));
			data[at + 3] = 255;
		}
	}
	return { width, height, data };
}
