/**
 * A linear congruential generator, the one d3-force uses by default, with a
 * seed of our choosing: the same seed gives the same numbers on every machine.
 */
export function seededRandom(seed: number): () => number {
	const a = 1664525;
	const c = 1013904223;
	const m = 4294967296; // 2^32
	let state = (Math.abs(Math.floor(seed)) % m) + 1;
	return () => (state = (a * state + c) % m) / m;
}
