import { seededRandom } from '../layout/seeded-random';
import type { SimpleGraph } from './simple-graph';

const TYPES = ['trade', 'aid', 'defense-pact', 'sanctions'];

/**
 * A seeded Barabási–Albert network: each new actor ties to `m` existing ones,
 * chosen in proportion to how tied they already are: a few hubs, many small
 * actors, like a sanctions-evasion network. About m·n ties, of the four types.
 */
export function barabasiAlbert(n: number, m = 2, seed = 1): SimpleGraph {
	const random = seededRandom(seed);
	const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: nameOf(i) }));
	const links: SimpleGraph['links'] = [];
	// Every tie end, once per tie: picking from it picks actors by degree.
	const ends: number[] = [];
	const core = Math.min(n, m + 1);
	for (let i = 1; i < core; i++) {
		for (let j = 0; j < i; j++) addLink(i, j);
	}
	for (let i = core; i < n; i++) {
		const chosen = new Set<number>();
		while (chosen.size < Math.min(m, i)) chosen.add(ends[Math.floor(random() * ends.length)]);
		for (const j of [...chosen].sort((a, b) => a - b)) addLink(i, j);
	}
	return { nodes, links };

	function addLink(a: number, b: number) {
		links.push({ source: `n${a}`, target: `n${b}`, type: TYPES[links.length % TYPES.length] });
		ends.push(a, b);
	}
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'sun', 'var', 'do', 'lin', 'pe', 'zor', 'ha', 'qui'];

/** A readable, unique label: "Kaso Shipping 17". */
function nameOf(i: number): string {
	const a = SYLLABLES[i % SYLLABLES.length];
	const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];
	const kind = ['Shipping', 'Trading', 'Holdings', 'Marine', 'Logistics'][i % 5];
	return `${a[0].toUpperCase()}${a.slice(1)}${b} ${kind} ${i}`;
}
