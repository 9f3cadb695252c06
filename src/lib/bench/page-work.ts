import { flushSync } from 'svelte';
import { BENCH_CALLBACK } from './frames';

/** The page's own work, frame by frame, as the benchmark watches it from outside. */
export interface PageWork {
	/** Milliseconds of each animation-frame callback of the page that painted a canvas. */
	frames: number[];
	/** Milliseconds of each message from a worker, with the page's updates it set off (an SVG drawing following the layout). */
	messages: number[];
	stop(): void;
}

/**
 * Times the page's work without its code knowing: every animation-frame
 * callback that paints a canvas (not the benchmark's own), and every message a worker sends,
 * including the updates it causes (flushed at once). Wraps the browser's
 * own `requestAnimationFrame` and `Worker`; `stop` puts them back.
 */
export function watchPageWork(): PageWork {
	const frames: number[] = [];
	const messages: number[] = [];
	const requestFrame = window.requestAnimationFrame;
	const NativeWorker = window.Worker;
	// A canvas drawing starts by clearing its picture: a frame that clears one has painted.
	const canvas = CanvasRenderingContext2D.prototype;
	const clear = canvas.fillRect;
	let painted = false;
	canvas.fillRect = function (...area: Parameters<typeof clear>) {
		painted = true;
		return clear.apply(this, area);
	};
	window.requestAnimationFrame = (callback) =>
		requestFrame((time) => {
			if ((callback as { [BENCH_CALLBACK]?: boolean })[BENCH_CALLBACK]) return callback(time);
			painted = false;
			const started = performance.now();
			callback(time);
			if (painted) frames.push(performance.now() - started);
		});
	window.Worker = class extends NativeWorker {
		get onmessage(): ((event: MessageEvent) => void) | null {
			return super.onmessage;
		}
		set onmessage(handler: ((event: MessageEvent) => void) | null) {
			super.onmessage = handler
				? (event: MessageEvent) => {
						const started = performance.now();
						handler.call(this, event);
						flushSync();
						messages.push(performance.now() - started);
					}
				: null;
		}
	};
	return {
		frames,
		messages,
		stop() {
			canvas.fillRect = clear;
			window.requestAnimationFrame = requestFrame;
			window.Worker = NativeWorker;
		}
	};
}
