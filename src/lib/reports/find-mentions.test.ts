import { describe, expect, it } from 'vitest';
import { actorNames } from './actor-names';
import { datelineState, findMentions } from './find-mentions';
import { tokenize } from './tokens';

const filedFrom = (text: string) => datelineState(tokenize(text), actorNames());

describe('datelineState', () => {
	it('reads a capital’s dateline as its state', () => {
		expect(filedFrom('DAKAR, July 17 — France handed over its bases.')).toBe('SEN');
		expect(filedFrom('PORT OF SPAIN, Oct 28 — Venezuela suspended the deal.')).toBe('TTO');
	});

	it('reads a town’s dateline by the state named after it', () => {
		expect(filedFrom('PEMBA, Mozambique, July 9 — Rwanda has troops here.')).toBe('MOZ');
		expect(filedFrom('KOROR, Palau — The islands signed a compact.')).toBe('PLW');
	});

	it('reads a city reports are filed from by its state', () => {
		expect(filedFrom('MARRAKECH, Sept. 11 — Search teams worked on.')).toBe('MAR');
		expect(filedFrom('HO CHI MINH CITY, May 2 — Exports rose.')).toBe('VNM');
	});

	it('reads no state where the town is unknown and no state follows', () => {
		expect(filedFrom('TIZNIT, Sept. 11 — Search teams worked on.')).toBeUndefined();
		expect(filedFrom('MONTEPUEZ, July 9 — Rwanda has troops here.')).toBeUndefined();
		expect(filedFrom('The report, Mozambique said, was false.')).toBeUndefined();
	});
});

describe('findMentions', () => {
	const named = (text: string) =>
		findMentions(tokenize(text), actorNames(), new Map()).map((mention) => mention.key);

	it('reads the adjective where the data names the people: Icelandic, Surinamese, Luxembourgish', () => {
		expect(named('Most Icelandic seafood goes to Britain.')).toEqual(['ISL', 'GBR']);
		expect(named('Surinamese and Luxembourgish officials met.')).toEqual(['SUR', 'LUX']);
	});

	it('reads the spellings reports use where the data has another: Ecuadorian, Maldivian, Slovenian', () => {
		expect(named('Ecuadorian bananas, Maldivian tuna and Slovenian tanks')).toEqual([
			'ECU',
			'MDV',
			'SVN'
		]);
	});

	it('reads each of two demonyms the data gives as one: Bosnian, Herzegovinian', () => {
		expect(named('Bosnian police and Kittitian ministers met.')).toEqual(['BIH', 'KNA']);
	});

	it('reads a state named in a headline in capitals, but not a dateline’s or a city’s', () => {
		expect(named('PAPUA NEW GUINEA: UN AND PARTNERS SUPPORT RESPONSE')).toEqual(['PNG', 'UN']);
		expect(named('TRINIDAD AND TOBAGO SIGNS GAS DEAL WITH VENEZUELA')).toEqual(['TTO', 'VEN']);
		expect(named('SINGAPORE, Sept 18 — A tanker unloaded.')).toEqual([]);
		expect(named('MEXICO CITY, June 12 — Nicaragua approved a decree.')).toEqual(['NIC']);
		expect(named('GUATEMALA CITY — Guatemala voted.')).toEqual(['GTM']);
	});

	it('reads no state in a currency: US$, NZ$', () => {
		expect(named('Japan gave US$10 million and NZ$2 million went to the US Treasury.')).toEqual([
			'JPN',
			'USA'
		]);
		// A name then a dollar sign with a space between is still the name.
		expect(named('The US $5 billion loan')).toEqual(['USA']);
	});

	it('reads no state in a demonym before rebels, militants or separatists', () => {
		expect(named('Nicaraguan rebels, Malian militants and Cameroonian separatists')).toEqual([]);
	});
});
