import { describe, expect, it } from 'vitest';
import { describeTask, longFrameOf } from './long-tasks';

describe('describeTask', () => {
	it('names the scripts of the long frame, its rendering and what no script accounts for', () => {
		const said = describeTask(
			{ start: 2345.4, duration: 57 },
			{
				start: 2340,
				duration: 66,
				render: 46,
				scripts: [
					{
						invoker: 'FrameRequestCallback',
						place: 'draw in Ab12.js at 1753',
						duration: 40,
						inRender: true
					}
				]
			}
		);
		expect(said).toBe(
			"57 ms at 2,345 ms: FrameRequestCallback (draw in Ab12.js at 1753) 40 ms; rendering 46 ms (its scripts included); 20 ms in no script (garbage collection, the browser's own work)"
		);
	});

	it('counts a script run before the rendering beside it, not within it', () => {
		const said = describeTask(
			{ start: 0, duration: 100 },
			{
				start: 0,
				duration: 100,
				render: 10,
				scripts: [{ invoker: 'Window.onmessage', place: 'a', duration: 60, inRender: false }]
			}
		);
		expect(said).toMatch(/; 30 ms in no script/);
	});

	it('reads a frame that rendered nothing (renderStart 0) as having every script outside its rendering', () => {
		const script = {
			invoker: 'Window.onmessage',
			sourceFunctionName: 'receive',
			sourceURL: 'http://localhost/_app/immutable/chunks/Ab12.js',
			sourceCharPosition: 1753,
			startTime: 510,
			duration: 60
		};
		const entry = { startTime: 500, duration: 100, renderStart: 0, scripts: [script] };
		const frame = longFrameOf(entry as unknown as PerformanceEntry);
		expect(frame.render).toBe(0);
		expect(frame.scripts).toEqual([
			{
				invoker: 'Window.onmessage',
				place: 'receive in Ab12.js at 1753',
				duration: 60,
				inRender: false
			}
		]);
		expect(describeTask({ start: 500, duration: 100 }, frame)).toMatch(/; 40 ms in no script/);
	});

	it('says when the browser reported no long frame for the task', () => {
		expect(describeTask({ start: 100, duration: 80 }, undefined)).toBe(
			'80 ms at 100 ms: no long animation frame reported'
		);
	});
});
