/**
 * Regions that reports name for their state, where a relation falls on the
 * region: "a Security Council arms embargo on Darfur" is one on Sudan. Only
 * regions no other state claims as its own in the reports' usage; read as a
 * capital is ("in Darfur" is a place, not the state acting).
 */
export const REGIONS: Record<string, string[]> = {
	SDN: ['Darfur'],
	COD: ['North Kivu', 'South Kivu', 'Ituri'],
	ETH: ['Tigray'],
	UKR: ['Crimea', 'Donbas', 'Donbass'],
	MOZ: ['Cabo Delgado'],
	CHN: ['Xinjiang', 'Tibet'],
	SOM: ['Puntland', 'Jubaland'],
	NGA: ['Borno']
};
