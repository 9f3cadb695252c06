import { describe, expect, it } from 'vitest';
import {
	BADGE_FONT,
	CODE_FONT,
	NAME_FONT,
	prepareFonts,
	type ScratchContext
} from './canvas-fonts';
import { DrawingPace } from './drawing-pace';

/** A scratch canvas that notes the font of each text written on it, and each pixel read. */
function scratch() {
	const written: string[] = [];
	let reads = 0;
	const context: ScratchContext = {
		font: '',
		lineWidth: 1,
		strokeText() {},
		fillText() {
			written.push(context.font);
		},
		getImageData() {
			reads += 1;
			return {} as ImageData;
		}
	};
	return { context, written, reads: () => reads };
}

/** Fonts prepared with a fresh pace, on a scratch canvas, the tasks kept to be run by the test. */
function prepared() {
	const pace = new DrawingPace();
	const tasks: (() => void)[] = [];
	const canvas = scratch();
	prepareFonts(
		pace,
		() => canvas.context,
		(task) => tasks.push(task)
	);
	return { pace, tasks, canvas };
}

describe('prepareFonts', () => {
	it('writes in each font of the drawings once, each in a task of its own, and tells the pace', () => {
		const { pace, tasks, canvas } = prepared();
		// Nothing is written in the task that asked: only later, one font a task.
		expect(canvas.written).toEqual([]);
		expect(tasks).toHaveLength(3);
		for (const task of tasks) task();
		expect(canvas.written).toEqual([NAME_FONT, CODE_FONT, BADGE_FONT]);
		expect(canvas.reads()).toBe(3);
		// The drawings' first names, codes and badges are then drawn with the others, not alone.
		expect([NAME_FONT, CODE_FONT, BADGE_FONT].map((font) => pace.firstTextIn(font))).toEqual([
			false,
			false,
			false
		]);
	});

	it('leaves alone a font a drawing wrote in before its task came', () => {
		const { pace, tasks, canvas } = prepared();
		pace.firstTextIn(NAME_FONT);
		for (const task of tasks) task();
		expect(canvas.written).toEqual([CODE_FONT, BADGE_FONT]);
	});
});
