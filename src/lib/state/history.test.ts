import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, redoLabel, startHistory, undo, undoLabel } from './history';

describe('history', () => {
	it('undoes and redoes changes in order, with their names', () => {
		let history = startHistory('a');
		history = record(history, 'b', 'Added b');
		history = record(history, 'c', 'Added c');
		expect(undoLabel(history)).toBe('Added c');
		history = undo(history);
		expect(history.present).toBe('b');
		expect(redoLabel(history)).toBe('Added c');
		history = undo(history);
		expect(history.present).toBe('a');
		expect(undoLabel(history)).toBeUndefined();
		history = redo(history);
		history = redo(history);
		expect(history.present).toBe('c');
		expect(redoLabel(history)).toBeUndefined();
	});

	it('forgets what could be redone once a new change is made', () => {
		let history = record(startHistory('a'), 'b', 'b');
		history = undo(history);
		history = record(history, 'x', 'x');
		expect(history.future).toEqual([]);
		expect(redo(history)).toBe(history);
	});

	it('does nothing at either end, and records no change that changes nothing', () => {
		const history = startHistory('a');
		expect(undo(history)).toBe(history);
		expect(redo(history)).toBe(history);
		expect(record(history, 'a', 'same')).toBe(history);
	});

	it('keeps a bounded number of steps', () => {
		let history = startHistory(0);
		for (let i = 1; i <= HISTORY_LIMIT + 50; i++) history = record(history, i, `step ${i}`);
		expect(history.past).toHaveLength(HISTORY_LIMIT);
		expect(history.past[0].document).toBe(50);
	});
});
