import { LineDashSchema, type LineDash, type RelationType } from '$lib/model/schema';
import { relationStyle } from './relation-style';

/**
 * How far apart two gray levels (0–255) must be to print as two different
 * grays: the smudge the grayscale legend test allows between two pixels.
 */
export const GRAY_APART = 48;

/** How much heavier one line must be to be told from another by its weight alone. */
const WEIGHT_APART = 1.5;

/** The gray a colour prints as (0 black … 255 white), by the luma weights of sRGB. */
export function grayOf(colour: string): number {
	const value = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
	if (!value) throw new TypeError(`grayOf: "${colour}" is not a colour like #0072B2`);
	const [r, g, b] = [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** What a type's line looks like without colour: its pattern, its end, its weight and its gray. */
function grayLook(type: RelationType) {
	const style = relationStyle({ status: 'confirmed' }, type);
	return { dash: type.dash, ending: style.ending, width: style.width, gray: grayOf(type.colour) };
}

/**
 * Whether two types would look alike printed in grayscale: the same line
 * pattern and the same end (as the legend draws them: an end only where the
 * type flows one way), about as heavy, and grays too close to tell apart.
 */
export function looksAlike(one: RelationType, other: RelationType): boolean {
	const a = grayLook(one);
	const b = grayLook(other);
	return (
		a.dash === b.dash &&
		a.ending === b.ending &&
		Math.abs(a.width - b.width) < WEIGHT_APART &&
		Math.abs(a.gray - b.gray) < GRAY_APART
	);
}

/** Every pair of types that would look alike in grayscale, in the order the types are given. */
export function lookAlikePairs(types: readonly RelationType[]): [RelationType, RelationType][] {
	const pairs: [RelationType, RelationType][] = [];
	types.forEach((one, i) => {
		for (const other of types.slice(i + 1)) if (looksAlike(one, other)) pairs.push([one, other]);
	});
	return pairs;
}

/** What the form calls each line pattern; it offers them in the schema's order. */
export const PATTERN_NAMES: Readonly<Record<LineDash, string>> = {
	solid: 'Solid',
	'long-dash': 'Long dash',
	'short-dash': 'Short dash',
	'dash-dot': 'Dash and dot',
	dotted: 'Dotted',
	double: 'Double'
};

/**
 * Colours offered for relation types: Okabe–Ito's, with the lighter ones
 * darkened (and Paul Tol's dark ones added) so that every line keeps at least
 * 3:1 contrast on white; their grays spread from dark to middle.
 */
export const TYPE_COLOURS: readonly { colour: string; name: string }[] = [
	{ colour: '#0072B2', name: 'Blue' },
	{ colour: '#009E73', name: 'Bluish green' },
	{ colour: '#AA3377', name: 'Purple' },
	{ colour: '#D55E00', name: 'Vermillion' },
	{ colour: '#6B6B6B', name: 'Gray' },
	{ colour: '#332288', name: 'Indigo' },
	{ colour: '#117733', name: 'Green' },
	{ colour: '#8F6200', name: 'Ochre' },
	{ colour: '#882255', name: 'Wine' },
	{ colour: '#1F1F1F', name: 'Black' }
];

/** The patterns that would set `type` apart from every one of `others`, its colour and end kept. */
export function patternsApart(type: RelationType, others: readonly RelationType[]): LineDash[] {
	return LineDashSchema.options.filter(
		(dash) => dash !== type.dash && !others.some((other) => looksAlike({ ...type, dash }, other))
	);
}

/** The offered colours that would set `type` apart from every one of `others`, its line kept. */
export function coloursApart(type: RelationType, others: readonly RelationType[]): string[] {
	return TYPE_COLOURS.map(({ colour }) => colour).filter(
		(colour) =>
			colour.toLowerCase() !== type.colour.toLowerCase() &&
			!others.some((other) => looksAlike({ ...type, colour }, other))
	);
}

/** What a new type is given to look like. */
export type NewTypeStyle = Pick<RelationType, 'colour' | 'dash' | 'end' | 'weight'>;

/** The weight of a new type's line once the patterns and colours at the usual weight are taken. */
const HEAVY = 4;

/**
 * The style of a new type: a pattern and a colour no type uses yet where
 * there is one, and in any case one that looks like none of `types`, whether
 * the new type flows one way or both.
 */
export function distinctStyle(types: readonly RelationType[]): NewTypeStyle {
	const usedDashes = new Set(types.map((type) => type.dash));
	const usedColours = new Set(types.map((type) => type.colour.toLowerCase()));
	const byFreshness = <T>(values: readonly T[], used: (value: T) => boolean) => [
		...values.filter((value) => !used(value)),
		...values.filter(used)
	];
	const dashes = byFreshness(LineDashSchema.options, (dash) => usedDashes.has(dash));
	const colours = byFreshness(
		TYPE_COLOURS.map(({ colour }) => colour),
		(colour) => usedColours.has(colour.toLowerCase())
	);
	const apart = (style: NewTypeStyle) =>
		[true, false].every(
			(directed) =>
				!types.some((type) => looksAlike({ id: 'new', label: 'new', directed, ...style }, type))
		);
	// Heavier lines only once every pattern and colour is taken at the usual weight.
	for (const weight of [undefined, HEAVY])
		for (const dash of dashes)
			for (const colour of colours) {
				const style: NewTypeStyle = { colour, dash, end: 'arrow' };
				if (weight) style.weight = weight;
				if (apart(style)) return style;
			}
	// Every pattern in every colour taken: the freshest pair, which the form will say looks alike.
	return { colour: colours[0], dash: dashes[0], end: 'arrow' };
}
