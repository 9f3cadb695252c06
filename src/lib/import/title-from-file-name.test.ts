import { describe, expect, it } from 'vitest';
import { titleFromFileName } from './title-from-file-name';

describe('titleFromFileName', () => {
	it('drops the folder and the extension', () => {
		expect(titleFromFileName('dprk-network.csv')).toBe('dprk-network');
		expect(titleFromFileName('C:\\work\\Sanctions 2024.JSON')).toBe('Sanctions 2024');
		expect(titleFromFileName('lesmis.gexf')).toBe('lesmis');
		expect(titleFromFileName('alliances.graphml')).toBe('alliances');
	});

	it('gives a title even to a file without a name', () => {
		expect(titleFromFileName('.csv')).toBe('Opened network');
		expect(titleFromFileName('')).toBe('Opened network');
	});

	it('keeps within the 200 characters a title may have', () => {
		expect(titleFromFileName(`${'a'.repeat(300)}.csv`)).toHaveLength(200);
	});

	it('names a graph on the web after the last segment of its address', () => {
		expect(titleFromFileName('https://ties.example/data/ba-50.json?v=2#top')).toBe('ba-50');
		expect(titleFromFileName('/graphs/Sanctions%202024.json')).toBe('Sanctions 2024');
		expect(titleFromFileName('https://ties.example/')).toBe('Opened network');
	});
});
