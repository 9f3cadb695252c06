import { describe, expect, it } from 'vitest';
import { node, textNode } from '$lib/render/svg-node';
import { opacityOnce } from './opacity-once';
import { serialize } from './svg-element';

describe('opacityOnce', () => {
	it('gives each drawn child of a faded group an opacity of its own, of 1', () => {
		const faded = node(
			'g',
			{ opacity: 0.2 },
			textNode('title', {}, 'Trade'),
			node('path', { d: 'M0,0L1,1' }),
			node('g', {}, node('circle', { r: 2 }))
		);
		expect(serialize(opacityOnce(faded))).toBe(
			'<g opacity="0.2"><title>Trade</title><path d="M0,0L1,1" opacity="1"/><g opacity="1"><circle r="2"/></g></g>'
		);
	});

	it('keeps a child’s own opacity, and states 1 under it in turn', () => {
		const doubtful = node(
			'g',
			{ opacity: 0.2 },
			node('g', { opacity: 0.5 }, node('path', { d: 'M0,0' }))
		);
		expect(serialize(opacityOnce(doubtful))).toBe(
			'<g opacity="0.2"><g opacity="0.5"><path d="M0,0" opacity="1"/></g></g>'
		);
	});

	it('leaves marks without opacity as they are, and the words of a text alone', () => {
		const plain = node('g', {}, node('text', {}, textNode('tspan', {}, 'China')));
		expect(opacityOnce(plain)).toEqual(plain);
		const faded = node('text', { opacity: 0.35 }, textNode('tspan', {}, 'China'));
		expect(serialize(opacityOnce(faded))).toBe('<text opacity="0.35"><tspan>China</tspan></text>');
	});
});
