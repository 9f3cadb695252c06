import { describe, expect, it } from 'vitest';
import { droppedReport } from './dropped-report';

const file = (name: string, text = 'China gives aid to North Korea.') => new File([text], name);

describe('droppedReport', () => {
	it('takes a single web page, PDF, Word document or plain text as a report', async () => {
		for (const name of ['a.html', 'a.HTM', 'a.pdf', 'a.docx', 'a.txt']) {
			const dropped = file(name);
			expect(await droppedReport([dropped])).toBe(dropped);
		}
	});

	it('leaves graphs to open as graphs: JSON, CSV, a CSV saved as text, several files', async () => {
		expect(await droppedReport([file('g.json', '{}')])).toBeUndefined();
		expect(await droppedReport([file('g.csv')])).toBeUndefined();
		expect(await droppedReport([file('r.txt', '\uFEFFrelation,summary,type\n')])).toBeUndefined();
		expect(await droppedReport([file('a.txt', 'Name;Kind\r\nChina;state')])).toBeUndefined();
		expect(await droppedReport([file('a.txt'), file('b.txt')])).toBeUndefined();
		expect(await droppedReport([])).toBeUndefined();
	});

	it('reads a text that merely mentions a name as a report', async () => {
		expect(await droppedReport([file('a.txt', 'Name the relation, please.')])).toBeDefined();
	});
});
