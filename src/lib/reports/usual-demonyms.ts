/**
 * Demonyms and adjectives reports use that the country data lacks, by ISO
 * 3166-1 alpha-3 code: "Kazakh crude", "Saudi aid", "Philippine navy".
 * The data package gives one form each ("Kazakhstani", "Saudi Arabian", "Filipino").
 */
export const USUAL_DEMONYMS: Record<string, string[]> = {
	KAZ: ['Kazakh'],
	NPL: ['Nepali'],
	UZB: ['Uzbek'],
	KGZ: ['Kyrgyz'],
	TJK: ['Tajik'],
	LAO: ['Lao'],
	SAU: ['Saudi'],
	PHL: ['Philippine'],
	AZE: ['Azeri'],
	CPV: ['Cape Verdean'],
	TLS: ['Timorese'],
	GNB: ['Bissau-Guinean']
};
