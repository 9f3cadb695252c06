import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorSchema } from '$lib/model/schema';
import { uniqueId } from './unique-id';

describe('uniqueId', () => {
	it('makes an id from a name, avoiding those taken', () => {
		expect(uniqueId('North Korea', new Set())).toBe('north-korea');
		expect(uniqueId('North Korea', new Set(['north-korea', 'north-korea-2']))).toBe(
			'north-korea-3'
		);
		expect(uniqueId('Pyŏngyang!', new Set())).toBe('pyongyang');
		expect(uniqueId('«»', new Set(), 'actor')).toBe('actor');
	});

	it('numbers the fallback too when it is taken', () => {
		expect(uniqueId('«»', new Set(['actor']), 'actor')).toBe('actor-2');
		expect(uniqueId('', new Set())).toBe('item');
	});

	it('keeps an id from a long name short', () => {
		const id = uniqueId(
			'The Democratic People’s Republic of Korea and its many neighbours',
			new Set()
		);
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id.startsWith('the-democratic-people-s-republic-of-korea')).toBe(true);
	});

	it('never gives an id already taken, and always one a graph file accepts', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 80 }),
				fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }),
				(name, others) => {
					const taken = new Set([
						...others,
						uniqueId(name, new Set()),
						`${uniqueId(name, new Set())}-2`
					]);
					const id = uniqueId(name, taken);
					expect(taken.has(id)).toBe(false);
					expect(ActorSchema.shape.id.safeParse(id).success).toBe(true);
				}
			)
		);
	});
});
