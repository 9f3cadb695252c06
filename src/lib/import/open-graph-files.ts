import type { GraphProblem } from '$lib/model/graph-problem';
import { readGraphCsv, type CsvFile } from '$lib/csv/read-graph-csv';
import { decodeText } from './decode-text';
import { MAX_FILE_BYTES, tooLarge } from './import-limits';
import { refused, type OpenedGraph } from './opened-graph';
import { openGraphText } from './read-graph-text';

/** What is needed of a file the analyst chose or dropped: a `File` has it. */
export interface FileToOpen {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

const ONE_GRAPH =
	'open one graph file (.json, .gexf, .graphml), or one relations CSV with or without its actors CSV';

/**
 * Opens the files an analyst chose or dropped: one graph file (a Ties graph,
 * or a network from another tool: node-link, graphology or Cytoscape.js
 * JSON, GEXF, GraphML), or a relations CSV with or without its actors CSV. Files too large are refused
 * before they are read. The result is a whole, valid graph or every problem
 * found; it never throws, whatever the files hold. `today` (YYYY-MM-DD) dates
 * a graph made from CSV.
 */
export async function openGraphFiles(
	files: readonly FileToOpen[],
	today: string
): Promise<OpenedGraph> {
	try {
		return await open(files, today);
	} catch (error) {
		// The readers never throw; this is the last guard of the current graph, not a path.
		const reason = error instanceof Error ? error.message : String(error);
		return refused([
			{
				origin: files.map((f) => f.name).join(', '),
				place: '',
				message: `could not be opened (${reason})`
			}
		]);
	}
}

async function open(files: readonly FileToOpen[], today: string): Promise<OpenedGraph> {
	if (files.length === 0) {
		return refused([{ origin: '', place: '', message: 'No file was chosen.' }]);
	}
	const problems: GraphProblem[] = [];
	const kinds = files.map((file) => kindOf(file.name));
	files.forEach((file, index) => {
		if (kinds[index] === undefined) {
			problems.push({
				origin: file.name,
				place: '',
				message: 'is neither a graph file (.json, .gexf, .graphml) nor a CSV file (.csv)'
			});
		} else if (file.size > MAX_FILE_BYTES) {
			// Refused before it is read: the reader would say the same of its text.
			problems.push({ origin: file.name, place: '', message: tooLarge(file.size) });
		}
	});
	const json = kinds.filter((kind) => kind === 'json' || kind === 'xml').length;
	const csv = kinds.filter((kind) => kind === 'csv').length;
	if (problems.length === 0 && (json > 1 || (json === 1 && csv > 0) || csv > 2)) {
		problems.push({
			origin: files.map((file) => file.name).join(', '),
			place: '',
			message: `are ${files.length} files: ${ONE_GRAPH}`
		});
	}
	if (problems.length > 0) return refused(problems);

	const texts: CsvFile[] = [];
	const notes: string[] = [];
	for (const [index, file] of files.entries()) {
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			problems.push({ origin: file.name, place: '', message: `could not be read (${reason})` });
			continue;
		}
		const decoded = decodeText(bytes, kinds[index]!);
		if ('problem' in decoded) {
			problems.push({ origin: file.name, place: '', message: decoded.problem });
			continue;
		}
		if (decoded.note) notes.push(`${file.name} ${decoded.note}`);
		texts.push({ name: file.name, text: decoded.text });
	}
	if (problems.length > 0) return refused(problems);

	const opened =
		json === 1
			? await openGraphText(texts[0].text, texts[0].name, today)
			: readGraphCsv(texts, today);
	return opened.ok ? { ...opened, notes: [...notes, ...opened.notes] } : opened;
}

function kindOf(name: string): 'json' | 'xml' | 'csv' | undefined {
	const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
	if (extension === 'json') return 'json';
	if (extension === 'gexf' || extension === 'graphml' || extension === 'xml') return 'xml';
	if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
	return undefined;
}
