/**
 * Reads one report and prints the relations it states, as JSON, from the
 * same code the browser runs:
 *
 *   npm run --silent extract -- article.txt [--graph graph.json]
 */
import { readFileSync } from 'node:fs';
import { loadSource } from './load-source.mjs';

const args = process.argv.slice(2);
const graphAt = args.indexOf('--graph');
const graphPath = graphAt >= 0 ? args[graphAt + 1] : undefined;
const [articlePath] = args.filter((_, i) => graphAt < 0 || (i !== graphAt && i !== graphAt + 1));
if (!articlePath) {
	console.error('Usage: npm run --silent extract -- path/to/article.txt [--graph graph.json]');
	process.exit(2);
}

const reader = await loadSource('./src/lib/reports/extraction-json.ts');
const text = readFileSync(articlePath, 'utf8');
const graph = graphPath ? JSON.parse(readFileSync(graphPath, 'utf8')) : undefined;
process.stdout.write(JSON.stringify(reader.extractionJson(text, graph), null, 2) + '\n');
