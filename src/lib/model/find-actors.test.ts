import { describe, expect, it } from 'vitest';
import { findActors } from './find-actors';
import type { Actor } from './schema';

const actors: Actor[] = [
	{
		id: 'prk',
		name: 'North Korea',
		fullName: "Democratic People's Republic of Korea",
		kind: 'state',
		iso3166: 'PRK',
		aliases: ['DPRK', 'Pyŏngyang']
	},
	{ id: 'kor', name: 'South Korea', kind: 'state', iso3166: 'KOR' },
	{
		id: 'chn',
		name: 'China',
		fullName: "People's Republic of China",
		kind: 'state',
		aliases: ['PRC']
	},
	{ id: 'kor-air', name: 'Korean Air', kind: 'organization' }
];
const names = (query: string) => findActors(actors, query).map((found) => found.actor.id);

describe('findActors', () => {
	it('finds by name as one types, names starting with the text first', () => {
		expect(names('kor')).toEqual(['kor', 'kor-air', 'prk']);
		expect(names('north')).toEqual(['prk']);
	});

	it('finds by alias and code, and says which alias matched', () => {
		expect(findActors(actors, 'dprk')[0]).toMatchObject({ actor: { id: 'prk' }, matched: 'DPRK' });
		expect(findActors(actors, 'PRC')[0].actor.id).toBe('chn');
	});

	it('ignores case and accents', () => {
		expect(names('PYONGYANG')).toEqual(['prk']);
	});

	it('finds nothing for an empty query or a name that is not there', () => {
		expect(names('  ')).toEqual([]);
		expect(names('atlantis')).toEqual([]);
	});

	it('stops at the limit', () => {
		const many: Actor[] = Array.from({ length: 50 }, (_, i) => ({
			id: `a${i}`,
			name: `Alpha ${i}`,
			kind: 'other'
		}));
		expect(findActors(many, 'alpha', 5)).toHaveLength(5);
	});
});
