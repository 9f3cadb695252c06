import type { LevelNetwork } from './flat-simulation';

/** A network made coarser: each of its bodies stands for one or two bodies of the finer one. */
export interface CoarserLevel {
	network: LevelNetwork;
	/** For each body of the finer network, the body of the coarser one that holds it. */
	parent: Int32Array;
}

/**
 * Halves a network, or nearly: each body is paired with a tied body not yet
 * paired, the least tied bodies first and each with its lightest partner, so
 * that hubs keep their leaves around them and chains fold up evenly (the
 * matching of multilevel layouts after Walshaw and Hu). A pair becomes one
 * body, as heavy as both and as large as both packed together; ties within
 * a pair disappear and ties between two pairs become one.
 */
export function coarsen(network: LevelNetwork): CoarserLevel {
	const { n, ties, weight, radius } = network;
	const { start, neighbours } = adjacency(n, ties);
	const order = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => start[a + 1] - start[a] - (start[b + 1] - start[b]) || a - b
	);
	const parent = new Int32Array(n).fill(-1);
	let count = 0;
	for (const body of order) {
		if (parent[body] >= 0) continue;
		let partner = -1;
		for (let k = start[body]; k < start[body + 1]; k++) {
			const other = neighbours[k];
			if (other === body || parent[other] >= 0) continue;
			if (
				partner < 0 ||
				weight[other] < weight[partner] ||
				(weight[other] === weight[partner] && other < partner)
			)
				partner = other;
		}
		parent[body] = count;
		if (partner >= 0) parent[partner] = count;
		count += 1;
	}
	const coarseWeight = new Float64Array(count);
	const areas = new Float64Array(count);
	for (let i = 0; i < n; i++) {
		coarseWeight[parent[i]] += weight[i];
		areas[parent[i]] += radius[i] * radius[i];
	}
	return {
		parent,
		network: {
			n: count,
			ties: coarseTies(ties, parent, count),
			weight: coarseWeight,
			radius: areas.map(Math.sqrt)
		}
	};
}

/** Each body's tied bodies, in one flat list: those of body i run from start[i] to start[i + 1]. */
function adjacency(n: number, ties: Int32Array) {
	const start = new Int32Array(n + 1);
	for (const end of ties) start[end + 1] += 1;
	for (let i = 0; i < n; i++) start[i + 1] += start[i];
	const filled = start.slice(0, n);
	const neighbours = new Int32Array(ties.length);
	for (let k = 0; k < ties.length; k += 2) {
		const [s, t] = [ties[k], ties[k + 1]];
		neighbours[filled[s]++] = t;
		neighbours[filled[t]++] = s;
	}
	return { start, neighbours };
}

/** The ties between pairs, one per pair of pairs, in a stable order. */
function coarseTies(ties: Int32Array, parent: Int32Array, count: number): Int32Array {
	const seen = new Set<number>();
	const kept: number[] = [];
	for (let k = 0; k < ties.length; k += 2) {
		const a = parent[ties[k]];
		const b = parent[ties[k + 1]];
		if (a === b) continue;
		const [low, high] = a < b ? [a, b] : [b, a];
		const key = low * count + high;
		if (seen.has(key)) continue;
		seen.add(key);
		kept.push(low, high);
	}
	return Int32Array.from(kept);
}
