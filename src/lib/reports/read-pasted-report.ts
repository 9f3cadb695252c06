import { ReportProblem, type ReportDraft } from './report-draft';

/**
 * A report pasted by the analyst, as Ties keeps it: one paragraph a line. A
 * text whose paragraphs are set apart by blank lines (an e-mail, a text
 * wrapped at 72 columns) has its wrapped lines joined; otherwise each line is
 * a paragraph. A short first line that ends no sentence is offered as the
 * title. Words and punctuation are kept as they are: quotes are taken from it.
 */
export function reportOfPastedText(text: string): ReportDraft {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/\s+$/, ''));
	const spaced = lines.some((line, i) => line === '' && lines[i - 1] && lines[i + 1]);
	const paragraphs = spaced
		? lines
				.join('\n')
				.split(/\n{2,}/)
				.map((block) => block.replace(/\n/g, ' '))
		: lines;
	const kept = paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean);
	const draft: ReportDraft = { text: kept.join('\n') };
	const first = kept[0];
	if (kept.length > 1 && first && first.length <= 200 && !/[.!?:;,…"”’)]$/.test(first)) {
		draft.title = first;
	}
	return draft;
}

/**
 * Reads a report file the analyst chose or dropped. Plain text (.txt) is read
 * here; other kinds are refused with a message, so that pasting their text
 * remains the way in. Throws ReportProblem.
 */
export async function readReportFile(file: {
	name: string;
	type?: string;
	bytes: Uint8Array;
}): Promise<ReportDraft> {
	const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
	if (extension !== 'txt' && file.type !== 'text/plain') {
		throw new ReportProblem(
			`${file.name} cannot be read here: open a plain-text file (.txt), or paste the report’s text.`
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
	} catch {
		text = new TextDecoder('windows-1252').decode(file.bytes);
	}
	const draft = reportOfPastedText(text);
	if (draft.text === '') throw new ReportProblem(`${file.name} holds no text.`);
	return { ...draft, fileName: file.name };
}
