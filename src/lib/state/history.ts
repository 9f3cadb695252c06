/**
 * Undo and redo over whole documents. Graphs are immutable values, so a
 * history is a list of them, and a step back is just the previous one.
 */
export interface History<T> {
	past: readonly Change<T>[];
	present: T;
	future: readonly Change<T>[];
}

/** A document as it was, and what the change that left it was called ("Moved China"). */
export interface Change<T> {
	document: T;
	label: string;
}

/** How many steps back the analyst can go. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** The history after a change named `label` turned the present into `next`; redo is gone. */
export function record<T>(history: History<T>, next: T, label: string): History<T> {
	if (next === history.present) return history;
	const past = [...history.past, { document: history.present, label }];
	return { past: past.slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
	const last = history.past.at(-1);
	if (!last) return history;
	return {
		past: history.past.slice(0, -1),
		present: last.document,
		future: [{ document: history.present, label: last.label }, ...history.future]
	};
}

export function redo<T>(history: History<T>): History<T> {
	const next = history.future[0];
	if (!next) return history;
	return {
		past: [...history.past, { document: history.present, label: next.label }],
		present: next.document,
		future: history.future.slice(1)
	};
}

/** The name of the change undo would take back, if any. */
export function undoLabel<T>(history: History<T>): string | undefined {
	return history.past.at(-1)?.label;
}

/** The name of the change redo would make again, if any. */
export function redoLabel<T>(history: History<T>): string | undefined {
	return history.future[0]?.label;
}
