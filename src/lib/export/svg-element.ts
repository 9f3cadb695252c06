import type { SvgNode } from '$lib/render/svg-node';
import { escapeXml } from './escape-xml';

/** Attribute values; `undefined`, `null` and `false` leave the attribute out. */
export type SvgAttributes = Record<string, string | number | undefined | null | false>;

/**
 * One element as markup: every attribute value escaped, numbers written with
 * at most two decimals, so the same picture always gives the same bytes.
 * `children` is markup already built (use `text()` for words).
 */
export function element(name: string, attributes: SvgAttributes, ...children: string[]): string {
	let markup = `<${name}`;
	for (const [attribute, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) continue;
		const written = typeof value === 'number' ? num(value) : value;
		markup += ` ${attribute}="${escapeXml(written)}"`;
	}
	return children.length === 0 ? `${markup}/>` : `${markup}>${children.join('')}</${name}>`;
}

/** Words as element content, escaped. */
export function text(words: string): string {
	return escapeXml(words);
}

/** A number with at most two decimals and no negative zero. */
export function num(value: number): string {
	if (!Number.isFinite(value)) throw new TypeError(`cannot draw at ${value}`);
	return String(Math.round(value * 100) / 100 + 0);
}

/** Marks described as data (render/svg-node.ts), written as markup. */
export function serialize(node: SvgNode): string {
	if (node.text !== undefined) return element(node.tag, node.attributes, text(node.text));
	return element(node.tag, node.attributes, ...(node.children ?? []).map(serialize));
}
