import { describe, expect, it } from 'vitest';
import { breakAddress } from './break-address';

describe('breakAddress', () => {
	it('breaks between the labels of a host name, never inside one', () => {
		expect(breakAddress('https://www.ksat.com/')).toEqual(['https://', 'www', '.ksat', '.com/']);
	});

	it('breaks after each slash and before the query’s marks', () => {
		expect(
			breakAddress('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=179256')
		).toEqual([
			'http://',
			'world',
			'.kbs',
			'.co',
			'.kr/',
			'service/',
			'news_',
			'view',
			'.htm',
			'?lang',
			'=e',
			'&Seq_',
			'Code',
			'=179256'
		]);
	});

	it('keeps a hyphenated host label whole', () => {
		const parts = breakAddress('https://my-agency.gov.example/a-b');
		expect(parts).toContain('my-agency');
		expect(parts.slice(-2)).toEqual(['a-', 'b']);
	});

	it('cuts a long run without break points, so a line can still end', () => {
		const parts = breakAddress('https://x.org/1718870859459880358123');
		expect(parts.slice(-3)).toEqual(['.org/', '171887085945988035', '8123']);
	});

	it('joins back to the address, whatever it is', () => {
		for (const address of [
			'https://www.un.org/securitycouncil/s/res/2270-%282016%29',
			'https://undocs.org/S/RES/2087(2013)',
			'mailto:desk@example.org',
			'not an address at all',
			'https://host.example',
			''
		]) {
			expect(breakAddress(address).join('')).toBe(address);
		}
	});

	it('never leaves a part that splits two letters of a host', () => {
		const host = 'en.chinadiplomacy.org.cn';
		const parts = breakAddress(`http://${host}/2024-10/06/content_117467942.shtml`);
		let at = 0;
		for (const part of parts.slice(0, -1)) {
			at += part.length;
			const cut = `http://${host}`.length > at ? `http://${host}`.slice(at - 1, at + 1) : '';
			expect(cut).not.toMatch(/^[a-z0-9]{2}$/i);
		}
	});
});
