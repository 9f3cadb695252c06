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

describe('decodeText of UTF-16 without a byte-order mark', () => {
	const utf16 = (text: string, littleEndian: boolean) => {
		const bytes = new Uint8Array(text.length * 2);
		const view = new DataView(bytes.buffer);
		for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
		return bytes;
	};
	const sheet = 'relation,summary,type\nprk-chn,Aid to Pyongyang,Aid\n';

	it('reads it as UTF-16, either way round, and says how it was read', () => {
		for (const littleEndian of [true, false]) {
			const decoded = decodeText(utf16(sheet, littleEndian), 'csv');
			expect(decoded).toMatchObject({ text: sheet });
			expect('note' in decoded && decoded.note).toContain(
				`UTF-16 (${littleEndian ? 'little' : 'big'}-endian) without a byte-order mark`
			);
		}
	});

	it('leaves UTF-8 and Windows-1252 alone', () => {
		expect(decodeText(utf8(sheet), 'csv')).toEqual({ text: sheet });
		expect(decodeText(new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x2c, 0x31]), 'csv')).toMatchObject({
			text: 'Côte,1'
		});
	});
});
