import { binaryFile, damagedFile, pictureFile, unreadFormat } from './report-refusals';

/** How a report file is read: by pdf.js, as a Word document (a zip), or as text (a web page or plain). */
export type ReportFormat = 'pdf' | 'zip' | 'text';

/**
 * Tells how to read a file by what its bytes begin with, whatever its name
 * says (a "report.txt" that is a PDF is read as a PDF); then, where the bytes
 * do not tell, by its name. Pictures, older Office files and other formats
 * Ties does not read are refused here, with what they are; so is a file
 * named .pdf or .docx that is not one. Throws a ReportProblem.
 */
export function reportFormat(name: string, bytes: Uint8Array, type = ''): ReportFormat {
	if (startsWith(bytes, '%PDF-', 1024)) return 'pdf';
	if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return 'zip';
	const picture = PICTURES.find(({ test }) => test(bytes));
	if (picture) throw pictureFile(name, picture.kind);
	if (startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) {
		throw unreadFormat(
			name,
			'an older Office file (.doc, .xls or .ppt)',
			'save it in Word as a .docx document or as PDF, and open that'
		);
	}
	if (startsWith(bytes, '{\\rtf')) {
		throw unreadFormat(
			name,
			'a Rich Text file (.rtf)',
			'save it as a .docx document, PDF or plain text, and open that'
		);
	}
	const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
	if (extension === 'pdf' || type === 'application/pdf') {
		throw damagedFile(name, 'PDF', 'it does not begin as a PDF does');
	}
	if (extension === 'docx')
		throw damagedFile(name, 'Word document', 'it is not a zip archive, as a .docx is');
	if (!looksLikeText(bytes)) throw binaryFile(name);
	return 'text';
}

/** Whether `bytes` start with `magic` (a string of byte values) within the first `within` bytes. */
function startsWith(bytes: Uint8Array, magic: string, within = 1): boolean {
	const limit = Math.min(within, bytes.length - magic.length + 1);
	for (let at = 0; at < limit; at++) {
		let found = true;
		for (let i = 0; i < magic.length && found; i++) found = bytes[at + i] === magic.charCodeAt(i);
		if (found) return true;
	}
	return false;
}

const PICTURES: { kind: string; test: (bytes: Uint8Array) => boolean }[] = [
	{ kind: 'PNG', test: (bytes) => startsWith(bytes, '\x89PNG\r\n\x1a\n') },
	{ kind: 'JPEG', test: (bytes) => startsWith(bytes, '\xff\xd8\xff') },
	{ kind: 'GIF', test: (bytes) => startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a') },
	{ kind: 'WebP', test: (bytes) => startsWith(bytes, 'RIFF') && ascii(bytes, 8, 12) === 'WEBP' },
	{ kind: 'TIFF', test: (bytes) => startsWith(bytes, 'II*\x00') || startsWith(bytes, 'MM\x00*') },
	{
		kind: 'HEIC',
		test: (bytes) => ascii(bytes, 4, 8) === 'ftyp' && /^(hei[cx]|mif1)$/.test(ascii(bytes, 8, 12))
	}
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
	return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * Whether `bytes` are text in some encoding: text in UTF-16 has its byte-order
 * mark; other text has no zero bytes and few control characters (tab, line
 * ends and form feed aside) in its first 64 kB.
 */
function looksLikeText(bytes: Uint8Array): boolean {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return true;
	const sample = bytes.subarray(0, 65536);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0) return false;
		if (
			(byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) ||
			byte === 0x7f
		) {
			control++;
		}
	}
	return control <= sample.length * 0.01;
}
