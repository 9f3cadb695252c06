/**
 * The choice an arrow key makes active in a list of `count` choices:
 * ArrowDown the next, ArrowUp the one before, round from the last to the
 * first and back.
 */
export function stepChoice(active: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
	if (count === 0) return 0;
	return (active + (key === 'ArrowDown' ? 1 : -1) + count) % count;
}
