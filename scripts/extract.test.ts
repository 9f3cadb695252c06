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
	const accused = 'The United States accused North Korea of shipping missiles to Russia.';
	const blocked = 'Exporters say Chinese customs also continue to block Australian rock lobster.';
	const text = `SEOUL —\n${accused} ${blocked}`;
	writeFileSync(article, text);
	const at = (sentence: string) => ({
		evidence: sentence,
		start: text.indexOf(sentence),
		end: text.indexOf(sentence) + sentence.length
	});

	it('prints each relation with its sentence and offsets, states by ISO alpha-3 code', () => {
		const { relations, namedTogether, actors } = extract(article);
		expect(relations).toEqual([
			{
				source: 'PRK',
				target: 'RUS',
				type: 'trade',
				directed: true,
				status: 'alleged',
				...at(accused),
				confidence: expect.any(Number)
			}
		]);
		// Two actors named with no relation read: listed apart, drafted the same way, the type the
		// shipped model's guess (as in the e2e test of taking a pair up), with its actors.
		expect(namedTogether).toEqual([
			expect.objectContaining({ source: 'CHN', target: 'AUS', type: 'sanctions', ...at(blocked) })
		]);
		expect(actors.map((actor: { key: string }) => actor.key)).toEqual(['PRK', 'RUS', 'CHN', 'AUS']);
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
