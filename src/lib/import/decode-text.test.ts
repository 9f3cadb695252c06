import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it('reads UTF-8 and drops its byte-order mark', () => {
		expect(decodeText(utf8('\uFEFFCôte d’Ivoire'), 'csv')).toEqual({ text: 'Côte d’Ivoire' });
	});

	it('reads UTF-16 when its byte-order mark says so', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
		expect(decodeText(bytes, 'csv')).toEqual({ text: 'aé' });
	});

	it('reads a CSV in the Windows code page, and says so', () => {
		const decoded = decodeText(new Uint8Array([0x43, 0xf4, 0x74, 0x65]), 'csv');
		expect(decoded).toMatchObject({ text: 'Côte' });
		expect('note' in decoded && decoded.note).toContain('Windows-1252');
	});

	it('refuses a graph file that is not UTF-8', () => {
		expect(decodeText(new Uint8Array([0x7b, 0xff, 0x7d]), 'json')).toEqual({
			problem: 'is not UTF-8 text: a graph file is JSON, saved as UTF-8'
		});
	});
});
