import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run --silent extract -- article.txt [--graph graph.json]`, as an analyst runs it. */
function extract(...args: string[]) {
	const out = execFileSync('node', ['scripts/extract.mjs', ...args], { encoding: 'utf8' });
	return JSON.parse(out);
}

describe('the extract command', () => {
	const folder = mkdtempSync(join(tmpdir(), 'ties-extract-'));
	const article = join(folder, 'article.txt');
	const text = 'SEOUL —\nThe United States accused North Korea of shipping missiles to Russia.';
	writeFileSync(article, text);

	it('prints each relation with its sentence and offsets, states by ISO alpha-3 code', () => {
		const { relations, namedTogether, actors } = extract(article);
		expect(relations).toEqual([
			{
				source: 'PRK',
				target: 'RUS',
				type: 'trade',
				directed: true,
				status: 'alleged',
				evidence: text.slice(8),
				start: 8,
				end: text.length,
				confidence: expect.any(Number)
			}
		]);
		// The accuser is named with each, and no relation read: listed apart, drafted the same way
		// (which of its two pairs the shipped model gives a chance is the model's), with its actor.
		const listed = namedTogether as { source: string; target: string; evidence: string }[];
		expect(listed.length).toBeGreaterThan(0);
		for (const pair of listed) {
			expect([pair.source, pair.target]).toContain('USA');
			expect(pair).toMatchObject({ evidence: text.slice(8), start: 8, end: text.length });
		}
		expect(actors.map((actor: { key: string }) => actor.key)).toEqual(['PRK', 'RUS', 'USA']);
	});

	it('reads with a graph: its own types and actors', () => {
		const graph = JSON.parse(readFileSync('static/graphs/dprk-prc-russia-un.json', 'utf8'));
		const path = join(folder, 'graph.json');
		writeFileSync(path, JSON.stringify(graph));
		const { relations, actors } = extract(article, '--graph', path);
		expect(relations[0].type).toBe('arms-transfer');
		expect(actors.find((actor: { key: string }) => actor.key === 'PRK').inGraph).toBe('prk');
	});
});
