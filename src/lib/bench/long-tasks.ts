/** The page's tasks longer than 50 ms (the browser's own long tasks), as they happen. */
export interface LongTasks {
	/** The longest since `from` (a performance.now() time), 0 if none. */
	longestSince(from: number): number;
	/** How many since `from`. */
	countSince(from: number): number;
	stop(): void;
}

/** Watches the main thread for long tasks: the moments a page cannot answer the analyst. */
export function watchLongTasks(): LongTasks {
	const tasks: { start: number; duration: number }[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ start: entry.startTime, duration: entry.duration });
	});
	observer.observe({ type: 'longtask', buffered: true });
	// A task still under way when asked is read once it has ended: flush what was seen.
	const since = (from: number) => {
		tasks.push(
			...observer
				.takeRecords()
				.map((entry) => ({ start: entry.startTime, duration: entry.duration }))
		);
		return tasks.filter((task) => task.start + task.duration >= from);
	};
	return {
		longestSince: (from) => Math.max(0, ...since(from).map((task) => task.duration)),
		countSince: (from) => since(from).length,
		stop: () => observer.disconnect()
	};
}
