/**
 * The international bodies a report may name, by the short id proposals use.
 * The UN's organs, committees and panels are the UN itself, as analysts
 * draw them; its agencies that act on their own (food aid, inspections) are
 * their own actors.
 */
export interface Body {
	key: string;
	name: string;
	names: string[];
}

export const BODIES: Body[] = [
	{
		key: 'UN',
		name: 'United Nations',
		names: [
			'United Nations',
			'UN',
			'U.N.',
			'Security Council',
			'UN Security Council',
			'UNSC',
			'General Assembly',
			'UN General Assembly',
			'Secretary-General',
			'UN Secretary-General',
			'1718 Committee',
			'sanctions committee',
			'Panel of Experts',
			// The UN's humanitarian office and its emergency fund give for the UN.
			'OCHA',
			'UN OCHA',
			'Office for the Coordination of Humanitarian Affairs',
			'Emergency Relief Coordinator',
			'Central Emergency Response Fund',
			'CERF'
		]
	},
	{
		key: 'WFP',
		name: 'World Food Programme',
		names: ['World Food Programme', 'World Food Program', 'WFP']
	},
	{
		key: 'IAEA',
		name: 'International Atomic Energy Agency',
		names: ['International Atomic Energy Agency', 'IAEA', 'UN nuclear watchdog']
	},
	{
		key: 'UNICEF',
		name: 'UNICEF',
		names: [
			'UNICEF',
			"United Nations Children's Fund",
			"UN Children's Fund",
			'UN children’s agency'
		]
	},
	{ key: 'WHO', name: 'World Health Organization', names: ['World Health Organization', 'WHO'] },
	{
		key: 'FAO',
		name: 'Food and Agriculture Organization',
		names: ['Food and Agriculture Organization', 'FAO']
	},
	{
		key: 'UNHCR',
		name: 'UNHCR',
		names: [
			'UNHCR',
			'UN refugee agency',
			'UN Refugee Agency',
			'United Nations Refugee Agency',
			'UN High Commissioner for Refugees'
		]
	},
	{
		key: 'EU',
		name: 'European Union',
		names: [
			'European Union',
			'EU',
			'E.U.',
			'European Commission',
			'Council of the EU',
			'Council of the European Union',
			'Brussels',
			// Its name before the Maastricht treaty, in reports of those years.
			'European Community',
			'European Communities',
			'European Economic Community',
			'EEC'
		]
	},
	{
		key: 'NATO',
		name: 'NATO',
		names: ['NATO', 'North Atlantic Treaty Organization', 'Atlantic alliance']
	},
	{ key: 'ASEAN', name: 'ASEAN', names: ['ASEAN', 'Association of Southeast Asian Nations'] },
	{
		key: 'AU',
		name: 'African Union',
		// Its Peace and Security Council is its own, not the UN's.
		names: ['African Union', 'AU', 'Peace and Security Council']
	},
	{
		key: 'ECOWAS',
		name: 'ECOWAS',
		names: ['ECOWAS', 'Economic Community of West African States']
	},
	{
		key: 'SCO',
		name: 'Shanghai Cooperation Organisation',
		names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO']
	},
	{
		key: 'CSTO',
		name: 'Collective Security Treaty Organization',
		names: [
			'Collective Security Treaty Organization',
			'Collective Security Treaty Organisation',
			'CSTO'
		]
	},
	{ key: 'GCC', name: 'Gulf Cooperation Council', names: ['Gulf Cooperation Council', 'GCC'] },
	{
		key: 'OAS',
		name: 'Organization of American States',
		names: ['Organization of American States', 'OAS']
	},
	{
		key: 'IMF',
		name: 'International Monetary Fund',
		names: ['International Monetary Fund', 'IMF']
	},
	{ key: 'WB', name: 'World Bank', names: ['World Bank'] },
	{ key: 'G7', name: 'G7', names: ['G7', 'G-7', 'Group of Seven'] }
];

/** Bodies that are military alliances: joining one is a defence pact. */
export const MILITARY_ALLIANCES = new Set(['NATO', 'CSTO']);

/**
 * Seats of government that reports use for their state: "the Kremlin said".
 * Capitals come with the state data; these are the buildings.
 */
export const SEATS_OF_GOVERNMENT: Record<string, string[]> = {
	RUS: ['Kremlin', 'State Duma'],
	USA: [
		'USAID',
		'U.S. Agency for International Development',
		'US Agency for International Development',
		'Millennium Challenge Corporation',
		'White House',
		'Pentagon',
		'State Department',
		'Treasury Department',
		'US Treasury',
		'U.S. Treasury',
		'Commerce Department',
		'Department of Commerce',
		'Department of State',
		'Department of the Treasury'
	],
	GBR: ['Downing Street', 'Whitehall', 'FCDO', 'Royal Air Force', 'Royal Navy'],
	CHE: ['Federal Council'],
	ISR: ['Knesset'],
	DEU: ['Bundestag', 'KfW', 'GIZ'],
	DNK: ['Folketing'],
	NOR: ['Storting', 'Norad'],
	SWE: ['Riksdag', 'Sida'],
	FIN: ['Eduskunta'],
	POL: ['Sejm'],
	UKR: ['Verkhovna Rada'],
	IND: ['Lok Sabha'],
	TUR: ['TIKA'],
	SAU: ['Saudi Fund for Development'],
	KWT: ['Kuwait Fund for Arab Economic Development'],
	ARE: ['Abu Dhabi Fund for Development'],
	QAT: ['Qatar Fund for Development'],
	FRA: ['Élysée', 'Elysee', 'Quai d’Orsay', "Quai d'Orsay"],
	CHN: ['Zhongnanhai'],
	KOR: ['Blue House', 'KOICA'],
	JPN: [
		'Kantei',
		'JICA',
		'Japan International Cooperation Agency',
		'JBIC',
		'Japan Bank for International Cooperation'
	]
};

/**
 * Firms that trade and lend for their state: state-owned ones ("Gazprom
 * resumed imports of Turkmen gas" is Russia buying) and arms makers, whose
 * every sale abroad their government licenses ("F-35s from Lockheed Martin").
 * Read as the state, less surely than its name (as a seat of government is).
 */
export const STATE_COMPANIES: Record<string, string[]> = {
	RUS: ['Gazprom', 'Rosneft', 'Rosatom', 'Rosoboronexport', 'Rostec', 'Alrosa'],
	CHN: [
		'Sinopec',
		'CNPC',
		'PetroChina',
		'CNOOC',
		'Norinco',
		'China Exim Bank',
		'Exim Bank of China',
		'Export-Import Bank of China',
		'China Development Bank'
	],
	USA: ['Lockheed Martin', 'Raytheon', 'RTX', 'Northrop Grumman', 'General Dynamics'],
	FRA: ['Dassault', 'Dassault Aviation', 'Naval Group', 'Thales'],
	DEU: ['Rheinmetall', 'Diehl Defence'],
	GBR: ['BAE Systems'],
	ITA: ['Leonardo', 'Fincantieri'],
	SWE: ['Saab'],
	NOR: ['Kongsberg'],
	TUR: ['Baykar', 'Turkish Aerospace', 'Aselsan'],
	ISR: ['Elbit', 'Elbit Systems', 'Rafael Advanced Defense Systems', 'Israel Aerospace Industries'],
	BRA: ['Embraer'],
	QAT: ['QatarEnergy', 'Qatar Energy'],
	SAU: ['Saudi Aramco', 'Aramco'],
	ARE: ['ADNOC'],
	DZA: ['Sonatrach'],
	VEN: ['PDVSA'],
	MEX: ['Pemex'],
	IRN: ['NIOC'],
	UKR: ['Naftogaz'],
	KAZ: ['KazMunayGas'],
	AZE: ['SOCAR'],
	TKM: ['Turkmengaz'],
	MYS: ['Petronas'],
	IDN: ['Pertamina'],
	IND: ['ONGC'],
	NGA: ['NNPC'],
	KOR: [
		'Kogas',
		'KOGAS',
		'Hanwha',
		'Hanwha Aerospace',
		'Hyundai Rotem',
		'Korea Aerospace Industries'
	],
	AGO: ['Sonangol'],
	CHL: ['Codelco']
};
