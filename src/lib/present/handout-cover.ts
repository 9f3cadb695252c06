import { formatPartialDate } from '$lib/model/partial-date';
import type { GraphFile } from '$lib/model/schema';

/** What the cover of a printed briefing says about it. */
export interface HandoutCover {
	title: string;
	subtitle?: string;
	description?: string;
	marking?: string;
	/** "As of 6 Oct 2024". */
	asOf: string;
	/** The day it was printed: "1 Dec 2026". */
	printed: string;
	/** "4 actors · 8 relations · 17 sources". */
	counts: string;
}

/** "1 actor", "8 relations". */
function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The day `date` falls on where it is printed, as a partial date "2026-12-01". */
function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The cover of a briefing of `graph` printed on `printedOn`. */
export function handoutCover(
	graph: Pick<
		GraphFile,
		'title' | 'subtitle' | 'description' | 'marking' | 'asOf' | 'actors' | 'relations' | 'sources'
	>,
	printedOn: Date
): HandoutCover {
	return {
		title: graph.title,
		subtitle: graph.subtitle,
		description: graph.description,
		marking: graph.marking,
		asOf: `As of ${formatPartialDate(graph.asOf)}`,
		printed: formatPartialDate(localDay(printedOn)),
		counts: [
			count(graph.actors.length, 'actor'),
			count(graph.relations.length, 'relation'),
			count(graph.sources.length, 'source')
		].join(' · ')
	};
}
