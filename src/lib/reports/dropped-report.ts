/** The kinds of file a report is read from, as a file chooser accepts them. */
export const REPORT_FILE_TYPES = '.txt,.html,.htm,.pdf,.docx';

/** What is needed of a dropped file to tell a report from a graph: a `File` has it. */
export interface DroppedFile {
	name: string;
	slice(start?: number, end?: number): { text(): Promise<string> };
}

/**
 * The report among files dropped on the page, if they are one: a single web
 * page, PDF, Word document or plain text. A plain-text file whose first line
 * is the header of a relations or actors CSV (a `relation` or a `name`
 * column) is a graph, and opens as one, as it always has; so do JSON and CSV
 * files, and several files at once.
 */
export async function droppedReport<File extends DroppedFile>(
	files: readonly File[]
): Promise<File | undefined> {
	if (files.length !== 1) return undefined;
	const [file] = files;
	const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
	if (['html', 'htm', 'pdf', 'docx'].includes(extension)) return file;
	if (extension !== 'txt') return undefined;
	const head = await file.slice(0, 4096).text();
	return isCsvHeader(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '') ? undefined : file;
}

/** Whether a line names the columns of a relations or actors CSV. */
function isCsvHeader(line: string): boolean {
	const cells = line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
	return cells.length > 1 && (cells.includes('relation') || cells.includes('name'));
}
