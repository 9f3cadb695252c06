import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `npm run eval:extract`, as the README tells a reader to run it. */
function evaluate(...args: string[]) {
	return execFileSync('node', ['scripts/eval-extract.mjs', ...args], { encoding: 'utf8' });
}

/** Each run of the command reads whole sets (all of them: about 450 texts): seconds alone, more beside other tests. */
const RUNS_MS = 60_000;

describe('the evaluation command', { timeout: RUNS_MS }, () => {
	it('scores every annotated set and the whole, passing over the notes beside them', () => {
		const sets = readdirSync('eval/reports', { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(sets).toContain('held-out');
		const out = evaluate();
		for (const set of [...sets, 'all']) {
			expect(out).toMatch(new RegExp(`^${set} .*precision \\d\\.\\d{3} +recall \\d\\.\\d{3}`, 'm'));
		}
	});

	it('scores the rules alone when asked, without what the learnt model proposes', () => {
		const proposed = (out: string) => Number(/right of (\d+) proposed/.exec(out)?.[1]);
		const withModel = evaluate('--set', 'dev-16');
		const rules = evaluate('--set', 'dev-16', '--rules');
		expect(proposed(rules)).toBeGreaterThan(0);
		expect(proposed(rules)).toBeLessThan(proposed(withModel));
	});

	it('scores one set when asked', () => {
		const out = evaluate('--set', 'dev-3');
		expect(out).toMatch(/^dev-3 \(12 texts\)/m);
		expect(out).not.toMatch(/^dev-2 /m);
	});
});
