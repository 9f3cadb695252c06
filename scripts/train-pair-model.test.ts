import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the training command', () => {
	it('finds the model in the source to be the one the annotated sets and the reader now give', () => {
		// Fails, naming `npm run train:extract`, when a set or the reader changed and the model did not.
		expect(() =>
			execFileSync('node', ['scripts/train-pair-model.mjs', '--check'], { encoding: 'utf8' })
		).not.toThrow();
	}, 60_000);
});
