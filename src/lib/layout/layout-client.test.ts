import { describe, expect, it, vi } from 'vitest';
import { forceLayout } from './force-layout';
import type { LayoutActor, LayoutTie } from './force-simulation';
import { connectLayout } from './layout-client';
import type { LayoutReport } from './layout-protocol';

const actors: LayoutActor[] = ['un', 'rus', 'prk', 'chn'].map((id) => ({ id, radius: 26 }));
const ties: LayoutTie[] = [
	{ source: 'chn', target: 'prk' },
	{ source: 'rus', target: 'prk' },
	{ source: 'un', target: 'prk' }
];

const frames = (reports: LayoutReport[]) =>
	reports.flatMap((report) => (report.kind === 'frame' ? [report] : []));

// Node has no Worker: the client runs the same engine on the page, in short steps.
describe('connectLayout without workers', () => {
	it('reports the order of actors, then frames until the layout settles where the immediate layout does', async () => {
		const reports: LayoutReport[] = [];
		const client = connectLayout((report) => reports.push(report));
		client.send({ kind: 'start', actors, ties, seed: 2 });
		await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
		expect(reports[0]).toEqual({ kind: 'ready', ids: ['chn', 'prk', 'rus', 'un'] });
		await vi.waitFor(() => expect(frames(reports).at(-1)?.settled).toBe(true), {
			timeout: 5000
		});
		const last = frames(reports).at(-1)!;
		const expected = forceLayout(actors, ties, { seed: 2 });
		expect(Array.from(last.positions)).toEqual(
			['chn', 'prk', 'rus', 'un'].flatMap((id) => [expected.get(id)!.x, expected.get(id)!.y])
		);
		client.dispose();
	});

	it('sends nothing more once disposed', async () => {
		const reports: LayoutReport[] = [];
		const client = connectLayout((report) => reports.push(report));
		client.send({ kind: 'start', actors, ties, seed: 1 });
		client.dispose();
		const count = reports.length;
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(reports).toHaveLength(count);
		expect(frames(reports).every((frame) => !frame.settled)).toBe(true);
	});
});
