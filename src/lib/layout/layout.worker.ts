/// <reference lib="webworker" />
import { createLayoutEngine } from './layout-engine';
import type { LayoutRequest } from './layout-protocol';

/** The force layout off the page's thread: the page only draws. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const engine = createLayoutEngine({
	post: (report, transfer = []) => scope.postMessage(report, transfer),
	schedule: (step, delayMs = 0) => setTimeout(step, delayMs),
	now: () => performance.now()
});

scope.onmessage = (event: MessageEvent<LayoutRequest>) => engine.handle(event.data);
