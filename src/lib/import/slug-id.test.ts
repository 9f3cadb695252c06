import { describe, expect, it } from 'vitest';
import { slugId } from './slug-id';

describe('slugId', () => {
	it('makes a schema id from a name', () => {
		expect(slugId("Côte d'Ivoire", 'actor', new Set())).toBe('cote-d-ivoire');
		expect(slugId('  UN Security Council ', 'actor', new Set())).toBe('un-security-council');
	});

	it('numbers a name already taken', () => {
		const taken = new Set<string>();
		expect(['China', 'china', 'CHINA!'].map((name) => slugId(name, 'actor', taken))).toEqual([
			'china',
			'china-2',
			'china-3'
		]);
	});

	it('falls back for names without Latin letters or digits', () => {
		const taken = new Set<string>();
		expect(slugId('中国', 'actor', taken)).toBe('actor');
		expect(slugId('Россия', 'actor', taken)).toBe('actor-2');
	});

	it('stays short and never ends on a dash', () => {
		const id = slugId(`${'word '.repeat(30)}`, 'actor', new Set());
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
	});
});
