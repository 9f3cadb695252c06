/**
 * People who speak and act for their state in the reports analysts read:
 * heads of state and government and long-serving foreign ministers, by the
 * names reports use, as of December 2026. A report that introduces someone
 * else with their state ("Belarusian leader Alexander Lukashenko") teaches
 * the reader that name too; the graph's own actors come first. Former
 * leaders who still appear in reporting of their years are kept: a report
 * of 2024 names Biden for the United States.
 */
export const KNOWN_PEOPLE: Record<string, string[]> = {
	RUS: ['Vladimir Putin', 'Putin', 'Sergei Lavrov', 'Lavrov', 'Mikhail Mishustin'],
	CHN: ['Xi Jinping', 'Xi', 'Wang Yi', 'Li Qiang'],
	PRK: ['Kim Jong Un', 'Kim Jong-un', 'Choe Son Hui'],
	USA: ['Donald Trump', 'Trump', 'Joe Biden', 'Biden', 'Marco Rubio', 'Antony Blinken', 'Blinken'],
	KOR: ['Lee Jae-myung', 'Yoon Suk Yeol'],
	JPN: ['Shigeru Ishiba', 'Ishiba', 'Fumio Kishida', 'Kishida', 'Sanae Takaichi', 'Takaichi'],
	UKR: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy'],
	BLR: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko'],
	TUR: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan', 'Hakan Fidan'],
	IRN: [
		'Ali Khamenei',
		'Khamenei',
		'Masoud Pezeshkian',
		'Pezeshkian',
		'Abbas Araghchi',
		'Araghchi'
	],
	IND: ['Narendra Modi', 'Modi', 'Subrahmanyam Jaishankar', 'Jaishankar'],
	PAK: ['Shehbaz Sharif', 'Asim Munir'],
	ISR: ['Benjamin Netanyahu', 'Netanyahu'],
	SAU: ['Mohammed bin Salman', 'King Salman'],
	ARE: ['Mohamed bin Zayed', 'Mohammed bin Zayed'],
	QAT: ['Tamim bin Hamad Al Thani', 'Sheikh Tamim'],
	EGY: ['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi', 'Sisi', 'el-Sisi', 'al-Sisi'],
	SYR: ['Ahmed al-Sharaa', 'al-Sharaa', 'Bashar al-Assad', 'Assad'],
	SRB: ['Aleksandar Vucic', 'Aleksandar Vučić', 'Vucic', 'Vučić'],
	HUN: ['Viktor Orban', 'Viktor Orbán', 'Orban', 'Orbán'],
	FRA: ['Emmanuel Macron', 'Macron'],
	DEU: ['Friedrich Merz', 'Merz', 'Olaf Scholz', 'Scholz'],
	GBR: ['Keir Starmer', 'Starmer', 'Rishi Sunak'],
	ITA: ['Giorgia Meloni', 'Meloni'],
	POL: ['Donald Tusk', 'Tusk'],
	AZE: ['Ilham Aliyev', 'Aliyev'],
	ARM: ['Nikol Pashinyan', 'Pashinyan'],
	KAZ: ['Kassym-Jomart Tokayev', 'Tokayev'],
	UZB: ['Shavkat Mirziyoyev', 'Mirziyoyev'],
	VEN: ['Nicolas Maduro', 'Nicolás Maduro', 'Maduro'],
	CUB: ['Miguel Diaz-Canel', 'Miguel Díaz-Canel', 'Diaz-Canel', 'Díaz-Canel'],
	MEX: ['Claudia Sheinbaum', 'Sheinbaum'],
	COL: ['Gustavo Petro', 'Petro'],
	BRA: ['Luiz Inacio Lula da Silva', 'Luiz Inácio Lula da Silva', 'Lula'],
	ARG: ['Javier Milei', 'Milei'],
	NIC: ['Daniel Ortega'],
	ZAF: ['Cyril Ramaphosa', 'Ramaphosa'],
	NGA: ['Bola Tinubu', 'Tinubu'],
	KEN: ['William Ruto', 'Ruto'],
	ETH: ['Abiy Ahmed', 'Abiy'],
	ERI: ['Isaias Afwerki', 'Isaias'],
	RWA: ['Paul Kagame', 'Kagame'],
	COD: ['Felix Tshisekedi', 'Félix Tshisekedi', 'Tshisekedi'],
	UGA: ['Yoweri Museveni', 'Museveni'],
	MLI: ['Assimi Goita', 'Assimi Goïta', 'Goita', 'Goïta'],
	BFA: ['Ibrahim Traore', 'Ibrahim Traoré', 'Traore', 'Traoré'],
	NER: ['Abdourahamane Tiani', 'Tiani'],
	SDN: ['Abdel Fattah al-Burhan', 'al-Burhan', 'Burhan'],
	PHL: ['Ferdinand Marcos Jr', 'Ferdinand Marcos Jr.', 'Marcos'],
	IDN: ['Prabowo Subianto', 'Prabowo'],
	AUS: ['Anthony Albanese', 'Albanese'],
	MMR: ['Min Aung Hlaing'],
	AFG: ['Hibatullah Akhundzada']
};
