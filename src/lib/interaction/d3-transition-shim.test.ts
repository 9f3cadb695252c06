import { select } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { interrupt } from './d3-transition-shim';

// d3-zoom itself, with the shim in place, is exercised in the browser: tests/e2e/explorer.spec.ts zooms by wheel, buttons and Fit.
describe('d3-transition shim', () => {
	it('gives d3-zoom what it asks of d3-transition: interrupting does nothing and keeps the chain', () => {
		expect(interrupt()).toBeUndefined();
		const fake = { property: () => fake, each: () => fake } as never;
		const chosen = select(fake) as unknown as { interrupt: () => unknown };
		expect(chosen.interrupt()).toBe(chosen);
	});
});
