import { describe, expect, it, vi } from 'vitest';
import { forceLayout } from '$lib/layout/force-layout';
import { LiveLayout, type LayoutInput } from './live-layout.svelte';

const input: LayoutInput = {
	actors: ['un', 'rus', 'prk', 'chn'].map((id) => ({ id, radius: 26 })),
	ties: [
		{ source: 'chn', target: 'prk' },
		{ source: 'rus', target: 'prk' },
		{ source: 'un', target: 'prk' }
	],
	seed: 1
};
const settledPlaces = forceLayout(input.actors, input.ties, { seed: input.seed });

/** Runs `test` where there is a window, as in a browser (a large layout runs live only there). */
async function inAWindow(test: () => void | Promise<void>): Promise<void> {
	const had = 'window' in globalThis;
	Object.assign(globalThis, { window: globalThis });
	try {
		await test();
	} finally {
		if (!had) delete (globalThis as { window?: unknown }).window;
	}
}

describe('LiveLayout', () => {
	it('lays a small graph out at once: its first picture is the settled one', () => {
		const layout = new LiveLayout(input, { live: false, reactiveFrames: false });
		expect(layout.settled).toBe(true);
		expect(layout.progress).toBe(1);
		expect(layout.atStart).toBe(false);
		expect(new Map(layout.places)).toEqual(settledPlaces);
		for (const id of ['chn', 'prk', 'rus', 'un'])
			expect(layout.placeOf(id)).toEqual(settledPlaces.get(id));
		expect(layout.placeOf('kor')).toBeUndefined();
	});

	it('keeps the raw positions in id order, as the layout engine sends them', () => {
		const layout = new LiveLayout(input, { live: false, reactiveFrames: false });
		expect(layout.ids).toEqual(['chn', 'prk', 'rus', 'un']);
		expect(Array.from(layout.xy)).toEqual(
			layout.ids.flatMap((id) => [settledPlaces.get(id)!.x, settledPlaces.get(id)!.y])
		);
		expect(layout.frame).toBe(1);
	});

	it('lays even a large graph out at once where there is no window (prerendering)', () => {
		const layout = new LiveLayout(input, { live: true, reactiveFrames: false });
		expect(layout.settled).toBe(true);
		expect(new Map(layout.places)).toEqual(settledPlaces);
	});

	it('shows a large network where its layout starts, at once, before the layout has sent a frame', () =>
		inAWindow(() => {
			const layout = new LiveLayout(input, { live: true, reactiveFrames: false });
			expect(layout.settled).toBe(false);
			expect(layout.frame).toBe(1);
			expect(layout.atStart).toBe(true);
			expect(layout.places.size).toBe(4);
			const places = [...layout.places.values()];
			expect(places.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
			expect(new Set(places.map((p) => `${p.x},${p.y}`)).size).toBe(4);
			layout.dispose();
		}));

	it('moves while heated, and settles again once let cool', async () => {
		const layout = new LiveLayout(input, { live: false, reactiveFrames: false });
		layout.heat(0.3);
		expect(layout.settled).toBe(false);
		await vi.waitFor(() => expect(layout.frame).toBeGreaterThan(3), { timeout: 5000 });
		layout.heat(0);
		await vi.waitFor(() => expect(layout.settled).toBe(true), { timeout: 5000 });
		expect(layout.progress).toBe(1);
		// Settled places are to the hundredth of a pixel, as a saved file keeps them.
		for (const { x, y } of layout.places.values()) {
			expect(Math.round(x * 100) / 100).toBe(x);
			expect(Math.round(y * 100) / 100).toBe(y);
		}
		expect(layout.places.size).toBe(4);
		layout.dispose();
	});

	it('receives no frames once disposed, even before the layout has loaded', async () => {
		const layout = new LiveLayout(input, { live: false, reactiveFrames: false });
		layout.heat(0.3);
		layout.dispose();
		const frame = layout.frame;
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(layout.frame).toBe(frame);
	});

	it('starts a large network’s layout once the task that made it has ended, and never once disposed', () =>
		inAWindow(async () => {
			const started = new LiveLayout(input, { live: true, reactiveFrames: false });
			const disposed = new LiveLayout(input, { live: true, reactiveFrames: false });
			disposed.dispose();
			await vi.waitFor(() => expect(started.settled).toBe(true), { timeout: 5000 });
			expect(started.frame).toBeGreaterThan(1);
			expect(new Map(started.places)).toEqual(settledPlaces);
			expect(disposed.frame).toBe(1);
			expect(disposed.settled).toBe(false);
			started.dispose();
		}));

	it('heats a large network’s layout asked before its start as one layout that settles', () =>
		inAWindow(async () => {
			const layout = new LiveLayout(input, { live: true, reactiveFrames: false });
			layout.heat(0.3);
			await vi.waitFor(() => expect(layout.frame).toBeGreaterThan(3), { timeout: 5000 });
			layout.heat(0);
			await vi.waitFor(() => expect(layout.settled).toBe(true), { timeout: 5000 });
			expect(layout.places.size).toBe(4);
			layout.dispose();
		}));

	it('runs the page’s heavy work in a task of its own while the layout rests, and the layout goes on after it', async () => {
		const layout = new LiveLayout(input, { live: false, reactiveFrames: false });
		layout.heat(0.3);
		await vi.waitFor(() => expect(layout.frame).toBeGreaterThan(2), { timeout: 5000 });
		let ranAt = -1;
		layout.whileResting(() => (ranAt = layout.frame));
		expect(ranAt).toBe(-1);
		await vi.waitFor(() => expect(ranAt).toBeGreaterThan(0), { timeout: 5000 });
		// Released: the layout moves on.
		await vi.waitFor(() => expect(layout.frame).toBeGreaterThan(ranAt + 2), { timeout: 5000 });
		layout.dispose();
	});

	it('runs work asked for once the layout has settled, or is gone, all the same', async () => {
		const settled = new LiveLayout(input, { live: false, reactiveFrames: false });
		let ran = 0;
		settled.whileResting(() => (ran += 1));
		const gone = new LiveLayout(input, { live: false, reactiveFrames: false });
		gone.heat(0.3);
		gone.whileResting(() => (ran += 1));
		gone.dispose();
		await vi.waitFor(() => expect(ran).toBe(2), { timeout: 5000 });
		settled.dispose();
	});

	it('runs the page’s heavy work asked for before a large network’s layout starts first, each in a task of its own, and starts the layout after it', () =>
		inAWindow(async () => {
			const layout = new LiveLayout(input, { live: true, reactiveFrames: false });
			const started = () => (layout as unknown as { client?: unknown }).client !== undefined;
			const ran: boolean[] = [];
			// The second is asked for by the first, as the drawing canvases are made ready one by one.
			layout.whileResting(() => {
				ran.push(started());
				layout.whileResting(() => ran.push(started()));
			});
			expect(ran).toEqual([]);
			await vi.waitFor(() => expect(ran).toHaveLength(2), { timeout: 5000 });
			expect(ran).toEqual([false, false]);
			await vi.waitFor(() => expect(layout.settled).toBe(true), { timeout: 5000 });
			expect(new Map(layout.places)).toEqual(settledPlaces);
			layout.dispose();
		}));
});
