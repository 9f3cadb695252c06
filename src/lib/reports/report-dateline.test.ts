import { describe, expect, it } from 'vitest';
import { datelineDate } from './report-dateline';

const BODY =
	'North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages aimed at solidifying their partnership, at a time when North Korea is aligning with Russia.';

describe('datelineDate', () => {
	it.each([
		['BRUSSELS, March 3, 2025 — The European Union agreed…', '2025-03-03'],
		['6 October 2024 — North Korea and China…', '2024-10-06'],
		['SEOUL, South Korea, Oct. 6, 2024 (AP) — North Korea…', '2024-10-06'],
		['BEIJING, Oct. 6, 2024 /Xinhua/ -- Chinese President Xi Jinping…', '2024-10-06'],
		['PYONGYANG, 6 October 2024 - Kim Jong Un sent…', '2024-10-06'],
		['Geneva, 2024-10-06: The Council met…', '2024-10-06'],
		['MOSCOW, June 19, 2024—Russia and North Korea signed…', '2024-06-19']
	])('reads the date of %j', (opening, date) => {
		expect(datelineDate(opening)).toBe(date);
	});

	it('reads a date line under the headline and byline', () => {
		const text = [
			'North Korea and China mark their 75th anniversary of ties',
			'By Kim Tong-Hyung, Associated Press',
			'Published Sunday, 6 October 2024, 09:30 GMT',
			BODY
		].join('\n');
		expect(datelineDate(text)).toBe('2024-10-06');
	});

	it.each([
		['a place alone', `SEOUL, South Korea (AP) — ${BODY}`],
		['an agency without a date', `WASHINGTON (Reuters) - ${BODY}`],
		['a date without a year', `LONDON, Oct 6 (Reuters) - ${BODY}`],
		['no dateline', BODY],
		['nothing', '']
	])('gives nothing for %s', (_, text) => {
		expect(datelineDate(text)).toBeUndefined();
	});

	it('does not take a date from the body of the report', () => {
		const text = `${BODY}\nDiplomatic relations were established on October 6, 1949 — the day after the People's Republic was founded.`;
		expect(datelineDate(text)).toBeUndefined();
	});

	it('does not take a place-only dateline followed by a date in the text', () => {
		expect(datelineDate('SEOUL (AP) — On October 6, 1949 — the two states…')).toBeUndefined();
	});

	it('does not take a headline that names a date as the date of the report', () => {
		const text = ['Talks set for 6 October 2024 in Beijing', BODY].join('\n');
		expect(datelineDate(text)).toBeUndefined();
	});
});
