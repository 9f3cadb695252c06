/**
 * How wide a line of text is drawn in DejaVu Sans, the widest font of the
 * export's font stack and the one most Linux renderers fall back to. Sizing
 * boxes by it keeps text inside them whichever font of the stack a viewer has.
 *
 * Advance widths of DejaVu Sans 2.37 (Book and Bold), in thousandths of an em,
 * for the printable ASCII characters from space (32) to tilde (126). Kerning is
 * left out: it only ever narrows these pairs, so the estimate errs wide.
 */
const REGULAR = [
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
	636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
	575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
	611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
	278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
];
const BOLD = [
	348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
	696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
	683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
	724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
	343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838
];
/** Punctuation that analysts' sources use often: curly quotes, dashes, the cross. */
const EXTRA: Record<string, [regular: number, bold: number]> = {
	'‘': [318, 380],
	'’': [318, 380],
	'“': [518, 657],
	'”': [518, 657],
	'–': [500, 500],
	'—': [1000, 1000],
	'…': [1000, 1000],
	'×': [838, 838],
	'·': [318, 380],
	'•': [590, 639],
	'\u00A0': [318, 348]
};
/** Letters of other scripts: as wide as a wide Latin letter; ideographs a full em. */
const OTHER: [regular: number, bold: number] = [700, 780];
const IDEOGRAPH = 1000;

export type FontWeight = 'normal' | 'bold';

/** The width in pixels of `text` set in one line at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
	const table = weight === 'bold' ? BOLD : REGULAR;
	const column = weight === 'bold' ? 1 : 0;
	let thousandths = 0;
	for (const character of text) {
		const code = character.codePointAt(0)!;
		if (code >= 32 && code <= 126) thousandths += table[code - 32];
		else if (EXTRA[character]) thousandths += EXTRA[character][column];
		else if (isWide(code)) thousandths += IDEOGRAPH;
		else if (!isInvisible(code)) thousandths += OTHER[column];
	}
	return (thousandths * fontSize) / 1000;
}

/** CJK, Hangul, full-width forms and emoji take a whole em. */
function isWide(code: number): boolean {
	return (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xff00 && code <= 0xff60) ||
		code >= 0x1f000
	);
}

/** Combining marks and joiners add no width of their own. */
function isInvisible(code: number): boolean {
	return (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code < 32;
}
