import { describe, expect, it } from 'vitest';
import { publishedBy } from './published-by';

describe('publishedBy', () => {
	it('counts a source from its publication date on', () => {
		expect(publishedBy({ published: '2024-10-24' }, '2024-10-06')).toBe(false);
		expect(publishedBy({ published: '2024-10-06' }, '2024-10-06')).toBe(true);
		expect(publishedBy({ published: '2006-10-14' }, '2023')).toBe(true);
	});

	it('credits a source only once its whole publication period has passed', () => {
		expect(publishedBy({ published: '2023' }, '2023-06-30')).toBe(false);
		expect(publishedBy({ published: '2023' }, '2023')).toBe(true);
		expect(publishedBy({ published: '2024-06' }, '2024-06-30')).toBe(true);
	});
});
