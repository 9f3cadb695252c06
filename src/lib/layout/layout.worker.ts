/// <reference lib="webworker" />
import { createLayoutEngine } from './layout-engine';
import type { LayoutRequest } from './layout-protocol';
import { unpackStart, type PackedStart } from './packed-start';

/** The force layout off the page's thread: the page only draws. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

// A message to itself runs the next step at once; setTimeout(0) would be held
// back 4 ms at a time once nested, a third of each step while settling.
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();

const engine = createLayoutEngine({
	post: (report, transfer = []) => scope.postMessage(report, transfer),
	schedule: (step, delayMs = 0) => {
		if (delayMs > 0) setTimeout(step, delayMs);
		else {
			queued.push(step);
			channel.port2.postMessage(null);
		}
	},
	now: () => performance.now()
});

scope.onmessage = (event: MessageEvent<LayoutRequest | PackedStart>) =>
	engine.handle(event.data.kind === 'start-packed' ? unpackStart(event.data) : event.data);
