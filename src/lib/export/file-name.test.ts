import { describe, expect, it } from 'vitest';
import { fileNameFor } from './file-name';

describe('fileNameFor', () => {
	it('slugs the title without small words and adds the as-of date', () => {
		expect(fileNameFor({ title: 'DPRK, PRC, Russia and the UN', asOf: '2024-10-06' }, 'svg')).toBe(
			'dprk-prc-russia-un-2024-10-06.svg'
		);
	});

	it('drops accents and keeps letters of other scripts', () => {
		expect(fileNameFor({ title: 'Côte d’Ivoire & Россия', asOf: '2024' }, 'csv')).toBe(
			'cote-d-ivoire-россия-2024.csv'
		);
	});

	it('keeps nothing of markup or paths', () => {
		expect(fileNameFor({ title: '<script>../../etc</script>', asOf: '2024-06' }, 'json')).toBe(
			'script-etc-script-2024-06.json'
		);
	});

	it('shortens a long title at a word and names an empty one "ties"', () => {
		const name = fileNameFor({ title: 'word '.repeat(40), asOf: '2024' }, 'png');
		expect(name.length).toBeLessThanOrEqual(60 + '-2024.png'.length);
		expect(name).toMatch(/^word(-word)*-2024\.png$/);
		expect(fileNameFor({ title: 'The …', asOf: '2024' }, 'png')).toBe('ties-2024.png');
	});
});

describe('fileNameFor a kind of picture', () => {
	it('says what kind after the date', () => {
		expect(fileNameFor({ title: 'Ties of Korea', asOf: '2024-10-06' }, 'png', 'slide-16x9')).toBe(
			'ties-korea-2024-10-06-slide-16x9.png'
		);
	});
});
