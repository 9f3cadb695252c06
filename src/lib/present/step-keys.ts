/** The keys that move a briefing: a keyboard's, and a presentation clicker's. */
export interface StepKey {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The step (from 0) a key leads to, or `undefined` when the key does not
 * move the briefing. → ↓ Space PageDown go on (clickers send PageDown and
 * PageUp), ← ↑ Shift+Space PageUp go back, Home and End to the ends, and
 * the digits 1–9 (0 for the tenth) straight to a step.
 */
export function stepForKey(press: StepKey, current: number, count: number): number | undefined {
	if (count === 0 || press.altKey || press.ctrlKey || press.metaKey) return undefined;
	const last = count - 1;
	const clamp = (step: number) => Math.min(last, Math.max(0, step));
	if (press.key === ' ' && press.shiftKey) return clamp(current - 1);
	if (NEXT.has(press.key)) return clamp(current + 1);
	if (PREVIOUS.has(press.key)) return clamp(current - 1);
	if (press.key === 'Home') return 0;
	if (press.key === 'End') return last;
	if (/^[0-9]$/.test(press.key)) {
		const step = press.key === '0' ? 9 : Number(press.key) - 1;
		return step <= last ? step : undefined;
	}
	return undefined;
}
