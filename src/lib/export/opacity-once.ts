import type { SvgNode } from '$lib/render/svg-node';

/** Elements that are not drawn: an opacity on them would mean nothing. */
const NOT_DRAWN = new Set(['title', 'desc', 'tspan']);

/**
 * Marks with a group opacity as every renderer draws them once: each drawn
 * child of a group with an opacity gets `opacity="1"` unless it has its own.
 * SVG does not inherit opacity, so this changes nothing in a browser; but
 * LibreOffice passes a group's opacity on to its children and applies it
 * again at each level, so a relation faded to 0.2 would all but vanish there.
 */
export function opacityOnce(mark: SvgNode): SvgNode {
	if (!mark.children) return mark;
	const { opacity } = mark.attributes;
	const grouped = opacity !== undefined && Number(opacity) !== 1;
	const children = mark.children.map((child) => {
		const own =
			grouped && child.attributes.opacity === undefined && !NOT_DRAWN.has(child.tag)
				? { ...child, attributes: { ...child.attributes, opacity: 1 } }
				: child;
		return opacityOnce(own);
	});
	return { ...mark, children };
}
