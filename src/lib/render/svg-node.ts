/** Attribute values; `undefined` leaves the attribute out. */
export type SvgAttributes = Record<string, string | number | undefined>;

/**
 * One SVG element described as data, as the export writes it
 * (export/svg-element.ts): the marks' drawings (render/svg-marks.ts) become
 * these for a file.
 */
export interface SvgNode {
	tag: string;
	attributes: SvgAttributes;
	/** Elements inside it, or its words. */
	children?: readonly SvgNode[];
	text?: string;
}

/** An element with elements inside; children that are `false` or `undefined` are left out. */
export function node(
	tag: string,
	attributes: SvgAttributes,
	...children: (SvgNode | false | undefined)[]
): SvgNode {
	const kept = children.filter((child): child is SvgNode => !!child);
	return kept.length > 0 ? { tag, attributes, children: kept } : { tag, attributes };
}

/** An element holding words. */
export function textNode(tag: string, attributes: SvgAttributes, text: string): SvgNode {
	return { tag, attributes, text };
}
