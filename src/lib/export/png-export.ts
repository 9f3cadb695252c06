import type { ExportView } from './export-view';
import { PAGE, pictureSvg, type PictureChoice } from './picture-choice';

/** How large a PNG is drawn, and on what. */
export interface PngChoice {
	/** 1× as the SVG's size, 2× for slides and screens, 4× for posters. */
	scale: 1 | 2 | 4;
	background: 'white' | 'transparent';
}

/**
 * The exported picture as a PNG (in a browser): the SVG of the page or the
 * slide drawn onto a canvas `scale` times its size, so it holds the same
 * title, legend and sources.
 */
export async function exportPng(
	view: ExportView,
	choice: PngChoice,
	picture: PictureChoice = PAGE
): Promise<Blob> {
	return pngOfSvg(pictureSvg(view, picture, choice.background), choice.scale);
}

/** An SVG document drawn onto a canvas `scale` times its size, as a PNG (in a browser). */
export async function pngOfSvg(svg: string, scale: number): Promise<Blob> {
	const { width, height } = svgSize(svg);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw the picture (no canvas).');
		// Drawn at the full size, the SVG is rasterized sharp rather than scaled up from 1×.
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob
						? resolve(blob)
						: reject(
								new Error(
									`The picture is too large for a PNG at ${scale}× (${canvas.width} × ${canvas.height} px): choose a smaller size.`
								)
							),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** The width and height written on an exported SVG's root element. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
	const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
	if (!(width > 0 && height > 0)) throw new TypeError('the SVG has no width and height');
	return { width, height };
}
