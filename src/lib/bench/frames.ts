/** Marks the benchmark's own frame callbacks, which the page's work leaves out. */
export const BENCH_CALLBACK = Symbol('bench');

/** Resolves at the start of the next animation frame, with its timestamp. */
export function nextFrame(): Promise<number> {
	return new Promise((resolve) =>
		requestAnimationFrame(
			Object.assign((time: number) => resolve(time), { [BENCH_CALLBACK]: true })
		)
	);
}

/**
 * The timestamps of `count` consecutive animation frames, running `each`
 * (if given) at the start of every frame, as an animation would.
 */
export async function recordFrames(
	count: number,
	each?: (frame: number) => void
): Promise<number[]> {
	const stamps: number[] = [];
	for (let i = 0; i < count; i++) {
		stamps.push(await nextFrame());
		each?.(i);
	}
	return stamps;
}
