/**
 * Writes src/lib/reports/state-names.json: the names by which a report may
 * name each UN member and observer state (and Taiwan), taken from the
 * `world-countries` data package: the common and official names, their
 * Latin-script variants, demonyms and capitals. Only the fields the reader
 * uses are kept, so the package's 1 MB of translations stays out of the app.
 *
 *   node scripts/make-state-names.mjs          writes the file
 *   node scripts/make-state-names.mjs --check  fails if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import countries from 'world-countries';

const OUT = new URL('../src/lib/reports/state-names.json', import.meta.url);

/**
 * Observer states, Taiwan, Kosovo, the Cook Islands and Niue (states in free
 * association with New Zealand, with treaties of their own), and Greenland
 * (self-governing, with trade and aid of its own), besides the members the
 * package marks.
 */
const ALSO = new Set(['PSE', 'VAT', 'TWN', 'COK', 'NIU', 'UNK', 'GRL']);

/**
 * Codes the package writes otherwise than reports and registries do: Kosovo
 * has no ISO 3166 code of its own, and the EU, the IMF and the World Bank
 * write it XKX.
 */
/** @type {Record<string, string>} */
const CODE = { UNK: 'XKX' };

/** Short forms the package leaves out and reports use. */
/** @type {Record<string, string[]>} */
const MORE_NAMES = {
	USA: ['U.S.', 'US', 'America'],
	GBR: ['U.K.', 'UK', 'Britain'],
	TUR: ['Turkey'],
	ARE: ['UAE', 'U.A.E.', 'Emirates'],
	CHN: ['PRC', 'P.R.C.', 'mainland China'],
	KOR: ['ROK', 'R.O.K.'],
	PRK: ['D.P.R.K.'],
	COD: ['Congo-Kinshasa', 'Congo'],
	CZE: ['Czech Republic'],
	VAT: ['Holy See'],
	RUS: ['Russian Federation'],
	PSE: ['Gaza', 'Gaza Strip', 'West Bank'],
	IRN: ['Islamic Republic']
};
/**
 * Names the package gives a state that reports use for another thing: "Congo" alone ("eastern
 * Congo", "the frontier with Congo") is the Democratic Republic, its neighbour named in full
 * ("the Republic of the Congo", "Congo-Brazzaville"); "Dominique", Dominica's French name, is in
 * English a person's ("Managing Director Dominique Strauss-Kahn").
 * @type {Record<string, string[]>}
 */
const NOT_NAMES = {
	COG: ['Congo'],
	DMA: ['Dominique']
};

/**
 * Demonyms and adjectives reports use that the package lacks ("Kazakh crude", "Saudi aid").
 * @type {Record<string, string[]>}
 */
const MORE_DEMONYMS = {
	ARE: ['Emirati'],
	GBR: ['UK'],
	USA: ['US', 'U.S.'],
	KAZ: ['Kazakh'],
	NPL: ['Nepali'],
	UZB: ['Uzbek'],
	KGZ: ['Kyrgyz'],
	TJK: ['Tajik'],
	LAO: ['Lao'],
	SAU: ['Saudi'],
	PHL: ['Philippine'],
	AZE: ['Azeri'],
	TLS: ['Timorese'],
	GNB: ['Bissau-Guinean'],
	ISL: ['Icelandic'],
	LUX: ['Luxembourgish'],
	SUR: ['Surinamese'],
	COM: ['Comorian'],
	LSO: ['Basotho'],
	BWA: ['Batswana', 'Botswanan'],
	// Spellings reports use where the package has another.
	MDV: ['Maldivian'],
	ECU: ['Ecuadorian'],
	ARG: ['Argentinian'],
	SVN: ['Slovenian'],
	DJI: ['Djiboutian'],
	MKD: ['North Macedonian'],
	CPV: ['Cape Verdean', 'Cabo Verdean'],
	GNQ: ['Equatoguinean'],
	VUT: ['Vanuatuan'],
	SLV: ['Salvadorean']
};

/**
 * Seats of government that reports name as they name capitals ("Cotonou said"), where the
 * package gives the constitutional capital only.
 * @type {Record<string, string[]>}
 */
const MORE_CAPITALS = {
	BEN: ['Cotonou'],
	CIV: ['Abidjan'],
	TZA: ['Dar es Salaam'],
	BOL: ['La Paz'],
	BDI: ['Bujumbura'],
	NLD: ['The Hague']
};

/** A name without its diacritics: "Chișinău" → "Chisinau". */
const withoutMarks = (/** @type {string} */ name) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** A name a report in English would use: Latin letters, not the package's "Korea, Republic of" inversions. */
const usable = (/** @type {string} */ name) =>
	/^[A-Za-z][A-Za-z .'’-]+$/.test(name) && !name.includes(',') && name.length >= 4;
/** The same, where the report may keep the diacritics ("Türkiye", "Chișinău"); the reader also takes them without. */
const usableWithMarks = (/** @type {string} */ name) => usable(withoutMarks(name));

/** Capitals as the package spells them, shortened as reports write them. */
const capitalName = (/** @type {string} */ capital) => capital.replace(/,? D\.C\.$/, '');

export function stateNames() {
	return countries
		.filter((country) => country.unMember || ALSO.has(country.cca3))
		.map((country) => {
			const names = [country.name.common, country.name.official, ...country.altSpellings]
				.filter((name) => usable(name) || (name === country.name.common && usableWithMarks(name)))
				.filter((name) => !NOT_NAMES[country.cca3]?.includes(name))
				.concat(MORE_NAMES[country.cca3] ?? []);
			// "Bosnian, Herzegovinian", "Kittitian or Nevisian": each a demonym of its own.
			const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f]
				.filter(Boolean)
				.flatMap((demonym) => demonym.split(/, | or /))
				.concat(MORE_DEMONYMS[country.cca3] ?? []);
			return {
				code: CODE[country.cca3] ?? country.cca3,
				iso2: country.cca2,
				name: country.name.common,
				names: [...new Set(names)],
				demonyms: [...new Set(demonyms)],
				capitals: country.capital
					.map(capitalName)
					.filter(usableWithMarks)
					.concat(MORE_CAPITALS[country.cca3] ?? [])
			};
		})
		.sort((a, b) => a.code.localeCompare(b.code));
}

const text = await format(JSON.stringify(stateNames()), {
	...(await resolveConfig(OUT.pathname)),
	filepath: OUT.pathname
});
if (process.argv.includes('--check')) {
	if (readFileSync(OUT, 'utf8') !== text) {
		console.error('state-names.json is out of date: run node scripts/make-state-names.mjs');
		process.exit(1);
	}
} else writeFileSync(OUT, text);
