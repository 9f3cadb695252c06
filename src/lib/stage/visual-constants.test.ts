import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_STACK } from './visual-constants';

const widthIn = (family: string) =>
	new Resvg(
		`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="0" y="30" font-size="20" font-family="${family}">Mmmm North Korea</text></svg>`,
		{ font: { loadSystemFonts: true } }
	).getBBox()!.width;

describe('FONT_STACK', () => {
	it('follows the screen’s system font stack, with a generic family last', () => {
		expect(FONT_STACK.split(', ')).toEqual([
			'system-ui',
			'-apple-system',
			'Segoe UI',
			'Roboto',
			'Noto Sans',
			'DejaVu Sans',
			'sans-serif'
		]);
	});

	it('leads resvg to DejaVu Sans where the faces before it are missing', () => {
		expect(widthIn(FONT_STACK)).toBeCloseTo(widthIn('DejaVu Sans'), 1);
	});
});
