import { describe, expect, it } from 'vitest';
import { actorFields, actorFromForm } from './actor-form';
import { example } from '../../../tests/fixtures/example-graph';

describe('actorFromForm', () => {
	it('makes a new actor, its id from its name, aliases split on commas and lines', () => {
		const fields = {
			...actorFields(),
			name: ' South Korea ',
			iso3166: 'kor',
			aliases: 'ROK, Seoul\nRepublic of Korea'
		};
		expect(actorFromForm(fields, example)).toEqual({
			actor: {
				id: 'south-korea',
				name: 'South Korea',
				kind: 'state',
				iso3166: 'KOR',
				aliases: ['ROK', 'Seoul', 'Republic of Korea']
			}
		});
	});

	it('gives a new actor an id no other actor has', () => {
		const result = actorFromForm({ ...actorFields(), name: 'China' }, example);
		expect('actor' in result && result.actor.id).toBe('china');
		const taken = {
			...example,
			actors: [...example.actors, { ...example.actors[0], id: 'china' }]
		};
		const again = actorFromForm({ ...actorFields(), name: 'China' }, taken);
		expect('actor' in again && again.actor.id).toBe('china-2');
	});

	it('says what is wrong, next to each field, in words', () => {
		const result = actorFromForm(
			{ ...actorFields(), name: '  ', iso3166: 'KOREA', code: 'TOO-LONG' },
			example
		);
		expect(result).toEqual({
			errors: {
				name: 'Name is empty.',
				iso3166: 'ISO code must be an ISO 3166 code of two or three capital letters.',
				code: 'Short code must be 1 to 5 letters or digits.'
			}
		});
	});

	it('keeps an edited actor’s place, and refuses an id another actor has', () => {
		const prk = { ...example.actors[0], position: { x: 1, y: 2 } };
		const graph = { ...example, actors: [prk, ...example.actors.slice(1)] };
		const renamed = actorFromForm({ ...actorFields(prk), name: 'DPRK' }, graph, 'prk');
		expect('actor' in renamed && renamed.actor).toMatchObject({
			id: 'prk',
			position: { x: 1, y: 2 }
		});
		const clash = actorFromForm({ ...actorFields(prk), id: 'chn' }, graph, 'prk');
		expect(clash).toEqual({ errors: { id: 'Id: another actor already has the id "chn".' } });
		const bad = actorFromForm({ ...actorFields(prk), id: 'North Korea' }, graph, 'prk');
		expect('errors' in bad && bad.errors.id).toBe(
			'Id must be lower-case letters, digits, ".", "_" or "-".'
		);
	});
});
