import type { LayoutReport, LayoutRequest } from './layout-protocol';
import { packMode } from '$lib/pack/pack-mode';

/** The page's end of a running layout. */
export interface LayoutClient {
	send(request: LayoutRequest): void;
	dispose(): void;
}

/**
 * Starts the layout in a worker, so the page stays responsive while it runs;
 * where workers are not available, the same engine runs on the page in short steps.
 * The briefing pack is one file, with no worker file beside it: it runs on the page.
 */
export function connectLayout(onReport: (report: LayoutReport) => void): LayoutClient {
	if (typeof Worker !== 'undefined' && !packMode) {
		try {
			const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
			worker.onmessage = (event: MessageEvent<LayoutReport>) => onReport(event.data);
			// A start is packed by code that loads with the first large network (the explorer's
			// first JavaScript stays light), a slice at a time; the requests after it wait their turn.
			let sent = Promise.resolve();
			return {
				send: (request) => {
					sent = sent
						.then(async () => {
							if (request.kind !== 'start') return worker.postMessage(request);
							const { packStart } = await import('./packed-start');
							const { message, transfer } = await packStart(request);
							worker.postMessage(message, transfer);
						})
						// One request that fails is reported as any error is; the next are still sent.
						.catch((error: unknown) => reportError(error));
				},
				dispose: () => worker.terminate()
			};
		} catch {
			// Fall through to the page's own thread.
		}
	}
	// The engine is loaded only here, so the explorer's first JavaScript does not carry it.
	const requests: LayoutRequest[] = [];
	let disposed = false;
	let handle: ((request: LayoutRequest) => void) | undefined;
	void import('./layout-engine').then(({ createLayoutEngine }) => {
		if (disposed) return;
		const engine = createLayoutEngine({
			post: onReport,
			schedule: (step, delayMs = 0) => setTimeout(step, delayMs),
			now: () => performance.now()
		});
		handle = (request) => engine.handle(request);
		for (const request of requests.splice(0)) handle(request);
	});
	return {
		send: (request) => (handle ? handle(request) : requests.push(request)),
		dispose: () => {
			disposed = true;
			handle?.({ kind: 'stop' });
		}
	};
}
