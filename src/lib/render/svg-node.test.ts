import { describe, expect, it } from 'vitest';
import { node, textNode } from './svg-node';

describe('node', () => {
	it('keeps the children given and leaves out those that are false or undefined', () => {
		const ring = node('circle', { class: 'ring', r: 30 });
		const body = node('circle', { class: 'body', r: 26 });
		const selected = false;
		const marks = node('g', { class: 'actor' }, selected && ring, body, undefined);
		expect(marks.children).toEqual([body]);
		expect(node('g', {}, ring, body).children).toEqual([ring, body]);
	});

	it('describes an element with nothing inside as childless', () => {
		expect(node('g', { class: 'empty' }, false, undefined)).toEqual({
			tag: 'g',
			attributes: { class: 'empty' }
		});
	});
});

describe('textNode', () => {
	it('holds its words as they are, markup included', () => {
		expect(textNode('text', { class: 'name' }, '<b>North Korea</b>')).toEqual({
			tag: 'text',
			attributes: { class: 'name' },
			text: '<b>North Korea</b>'
		});
	});
});
