import { earliestDay, latestDay, type PartialDate } from './partial-date';
import type { GraphFile } from './schema';

/** A year in which relations are signed, begin or end: a tick on the as-of slider. */
export interface TimeMark {
	year: number;
	/** Ids of the relations signed that year (they may take effect later). */
	signed: string[];
	/** Ids of the relations that take effect that year. */
	begins: string[];
	/** Ids of the relations that end that year. */
	ends: string[];
}

/** The years a graph covers, from its first dated relation to its own as-of date. */
export interface TimeLine {
	first: number;
	last: number;
	/** The graph's own as-of date: the slider's last position. */
	asOf: PartialDate;
	marks: TimeMark[];
}

/** One stop of the play button: the year shown, and how long it stays. */
export interface PlayStop {
	year: number;
	holdMs: number;
}

const yearOf = (date: PartialDate) => Number(date.slice(0, 4));

/**
 * The graph's time line, or `undefined` when there is nothing to move
 * through: no relation is dated before the graph's own as-of year. Only what
 * may have happened by the graph's own date is marked: a treaty signed in
 * June and in force from December, in a graph as of October, is marked for
 * its signing alone.
 */
export function timeLine(graph: Pick<GraphFile, 'asOf' | 'relations'>): TimeLine | undefined {
	const last = yearOf(graph.asOf);
	const lastDay = latestDay(graph.asOf);
	const marks = new Map<number, TimeMark>();
	const mark = (date: PartialDate | undefined, list: 'signed' | 'begins' | 'ends', id: string) => {
		if (!date || earliestDay(date) > lastDay) return;
		const year = yearOf(date);
		let found = marks.get(year);
		if (!found) marks.set(year, (found = { year, signed: [], begins: [], ends: [] }));
		found[list].push(id);
	};
	for (const relation of graph.relations) {
		// Signed the day it took effect: one event, its beginning.
		if (relation.signed !== relation.since) mark(relation.signed, 'signed', relation.id);
		mark(relation.since, 'begins', relation.id);
		mark(relation.until, 'ends', relation.id);
	}
	const sorted = [...marks.values()].sort((a, b) => a.year - b.year);
	if (sorted.length === 0 || sorted[0].year >= last) return undefined;
	return { first: sorted[0].year, last, asOf: graph.asOf, marks: sorted };
}

/**
 * The as-of date a slider year stands for: the end of that year, or, at the
 * last year, the graph's own as-of date (`undefined`: the network as the file
 * gives it), since nothing later is known.
 */
export function asOfForYear(line: TimeLine, year: number): PartialDate | undefined {
	if (year >= line.last) return undefined;
	return `${Math.max(year, line.first)}-12-31`;
}

/** The slider year that shows an as-of date. */
export function yearOfAsOf(line: TimeLine, asOf: PartialDate | undefined): number {
	if (asOf === undefined) return line.last;
	return Math.min(line.last, Math.max(line.first, yearOf(asOf)));
}

const QUIET_YEAR_MS = 120;
const MARKED_YEAR_MS = 1000;
const REDUCED_MOTION_MS = 1600;

/**
 * The stops of the play button from `from` on, ending at the last year; from
 * the last year it starts again at the first. Years in which something
 * changes hold longer than quiet ones. With reduced motion it moves only
 * between the years in which something changes, slowly, and never sweeps
 * through the quiet ones.
 */
export function playStops(line: TimeLine, from: number, reducedMotion: boolean): PlayStop[] {
	const restart = from >= line.last;
	const start = restart ? line.first : from + 1;
	const marked = new Set(line.marks.map((m) => m.year));
	const stops: PlayStop[] = [];
	for (let year = start; year <= line.last; year++) {
		if (reducedMotion) {
			if (marked.has(year) || year === line.last) stops.push({ year, holdMs: REDUCED_MOTION_MS });
		} else {
			stops.push({ year, holdMs: marked.has(year) ? MARKED_YEAR_MS : QUIET_YEAR_MS });
		}
	}
	return stops;
}
