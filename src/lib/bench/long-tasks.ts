/** The page's tasks longer than 50 ms (the browser's own long tasks), as they happen. */
export interface LongTasks {
	/** The longest since `from` (a performance.now() time), 0 if none. */
	longestSince(from: number): number;
	/** How many since `from`. */
	countSince(from: number): number;
	/**
	 * What each long task since `from` was spent on, in words, as far as the
	 * browser says (Chromium's long animation frames): the scripts that ran in
	 * its frame and for how long, and what no script accounts for.
	 */
	causesSince(from: number): string[];
	stop(): void;
}

export interface Span {
	start: number;
	duration: number;
}

/** A long animation frame and the scripts that ran in it (lib.dom has no type for it yet). */
export interface LongFrame extends Span {
	/** From the start of its rendering (animation-frame callbacks, style, layout, paint) to its end. */
	render: number;
	/** Each script that ran in it; `inRender` when it ran in the rendering (an animation-frame callback). */
	scripts: { invoker: string; place: string; duration: number; inRender: boolean }[];
}

/** Watches the main thread for long tasks: the moments a page cannot answer the analyst. */
export function watchLongTasks(): LongTasks {
	const tasks: Span[] = [];
	const frames: LongFrame[] = [];
	const spanOf = (entry: PerformanceEntry): Span => ({
		start: entry.startTime,
		duration: entry.duration
	});
	const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map(spanOf)));
	observer.observe({ type: 'longtask', buffered: true });
	const frameObserver = new PerformanceObserver((list) =>
		frames.push(...list.getEntries().map(longFrameOf))
	);
	// Only Chromium reports long animation frames; elsewhere the causes stay unknown.
	if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
		frameObserver.observe({ type: 'long-animation-frame', buffered: true });
	// A task still under way when asked is read once it has ended: flush what was seen.
	const since = (from: number) => {
		tasks.push(...observer.takeRecords().map(spanOf));
		frames.push(...frameObserver.takeRecords().map(longFrameOf));
		return tasks.filter((task) => task.start + task.duration >= from);
	};
	return {
		longestSince: (from) => Math.max(0, ...since(from).map((task) => task.duration)),
		countSince: (from) => since(from).length,
		causesSince: (from) =>
			since(from).map((task) =>
				describeTask(
					task,
					frames.find((frame) => frame.start <= task.start && task.start < end(frame))
				)
			),
		stop: () => {
			observer.disconnect();
			frameObserver.disconnect();
		}
	};
}

function end(span: Span): number {
	return span.start + span.duration;
}

/** A long animation frame as the browser reports it, read into a LongFrame. */
export function longFrameOf(entry: PerformanceEntry): LongFrame {
	const frame = entry as PerformanceEntry & {
		renderStart?: number;
		scripts?: {
			invoker: string;
			sourceFunctionName: string;
			sourceURL: string;
			sourceCharPosition: number;
			startTime: number;
			duration: number;
		}[];
	};
	// A frame that rendered nothing says so with a renderStart of 0.
	const renderStart = frame.renderStart || undefined;
	return {
		start: frame.startTime,
		duration: frame.duration,
		render: renderStart === undefined ? 0 : frame.startTime + frame.duration - renderStart,
		scripts: (frame.scripts ?? []).map((script) => ({
			invoker: script.invoker,
			place: `${script.sourceFunctionName || 'a function'} in ${script.sourceURL.split('/').pop() || 'the page'} at ${script.sourceCharPosition}`,
			duration: script.duration,
			inRender: renderStart !== undefined && script.startTime >= renderStart
		}))
	};
}

/** "57 ms at 2,345 ms: FrameRequestCallback (draw in Ab12.js at 1753) 40 ms; rendering 46 ms (its scripts included); 11 ms in no script (…)". */
export function describeTask(task: Span, frame: LongFrame | undefined): string {
	const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
	const head = `${ms(task.duration)} at ${ms(task.start)}`;
	if (!frame) return `${head}: no long animation frame reported`;
	const scripts = frame.scripts.map(
		(script) => `${script.invoker} (${script.place}) ${ms(script.duration)}`
	);
	const accounted =
		frame.scripts.reduce((sum, script) => sum + (script.inRender ? 0 : script.duration), 0) +
		frame.render;
	return `${head}: ${[
		...scripts,
		`rendering ${ms(frame.render)} (its scripts included)`,
		`${ms(Math.max(0, frame.duration - accounted))} in no script (garbage collection, the browser's own work)`
	].join('; ')}`;
}
