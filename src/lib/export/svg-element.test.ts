import { describe, expect, it } from 'vitest';
import { element, num, text } from './svg-element';

describe('element', () => {
	it('writes attributes in order, escaped, leaving out missing ones', () => {
		expect(
			element('a', { href: 'https://x.org/?a=1&b="2"', title: undefined, hidden: false }, 'go')
		).toBe('<a href="https://x.org/?a=1&amp;b=&quot;2&quot;">go</a>');
	});

	it('closes an empty element itself', () => {
		expect(element('circle', { r: 8, cx: -0.001 })).toBe('<circle r="8" cx="0"/>');
	});

	it('escapes text content', () => {
		expect(element('text', {}, text('<b> & c'))).toBe('<text>&lt;b&gt; &amp; c</text>');
	});
});

describe('num', () => {
	it('rounds to two decimals', () => {
		expect(num(1.23456)).toBe('1.23');
		expect(num(-0.004)).toBe('0');
		expect(num(1e6)).toBe('1000000');
	});

	it('refuses a number that is not finite', () => {
		expect(() => num(NaN)).toThrow(TypeError);
	});
});
