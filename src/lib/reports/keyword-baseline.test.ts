import { describe, expect, it } from 'vitest';
import { keywordBaseline } from './keyword-baseline';

const read = (text: string) =>
	keywordBaseline(text).map((r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type}`);

describe('keywordBaseline', () => {
	it('proposes every two actors named with a type’s word, the first named first', () => {
		expect(read('China sent food aid to North Korea.')).toEqual(['CHN→PRK aid']);
		expect(read('Russia and India signed an arms deal and a defence treaty.')).toEqual([
			'RUS–IND trade',
			'RUS–IND defense-pact'
		]);
	});

	it('takes what a reader with rules leaves out: calls, negations, one actor alone', () => {
		expect(read('The EU urged Turkey to enforce sanctions on Russia.')).toEqual([
			'EU→TUR sanctions',
			'EU→RUS sanctions',
			'TUR→RUS sanctions'
		]);
		expect(read('Japan has not signed a treaty with China.')).toEqual(['JPN–CHN defense-pact']);
		expect(read('Chile sent aid.')).toEqual([]);
	});
});
