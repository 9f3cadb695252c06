import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphJsonSchema } from './json-schema';

const PUBLISHED = new URL('../../../static/graph.schema.json', import.meta.url);
const EXAMPLE = new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url);

/** `npm run schema` sets this to write the published file instead of checking it. */
const UPDATING = process.env.UPDATE_SCHEMA === '1';

/** The part of a JSON Schema these tests walk through. */
interface SchemaNode {
	properties?: Record<string, SchemaNode>;
	items?: SchemaNode;
	required?: string[];
	minItems?: number;
	pattern?: string;
}

const schema = graphJsonSchema() as SchemaNode;

/** The schema of the property at `path`, stepping into array items on `[]`. */
function at(path: string): SchemaNode {
	let node = schema;
	for (const step of path.split('.')) {
		const name = step.replace(/\[\]$/, '');
		const next = node.properties?.[name];
		if (!next) throw new Error(`the schema has no property ${path}`);
		node = step.endsWith('[]') ? (next.items ?? {}) : next;
	}
	return node;
}

describe('static/graph.schema.json', () => {
	it('is the schema the app checks files with', () => {
		const text = JSON.stringify(graphJsonSchema(), null, '\t') + '\n';
		if (UPDATING) {
			writeFileSync(PUBLISHED, text);
			return;
		}
		const published = existsSync(PUBLISHED) ? readFileSync(PUBLISHED, 'utf8') : '';
		expect(published === text, 'static/graph.schema.json is stale: run npm run schema').toBe(true);
	});
});

describe('graphJsonSchema', () => {
	it('names itself, so an editor can show what a file is checked against', () => {
		expect(graphJsonSchema()).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: 'graph.schema.json',
			title: 'Ties graph file',
			description: expect.stringContaining('evidence')
		});
	});

	it('requires every relation to carry at least one piece of evidence', () => {
		expect(at('relations[]').required).toContain('evidence');
		expect(at('relations[].evidence').minItems).toBe(1);
	});

	it('requires every piece of evidence to cite a source', () => {
		expect(at('relations[].evidence[]').required).toContain('source');
	});

	it('accepts only http and https links to sources', () => {
		const pattern = new RegExp(at('sources[].url').pattern ?? '');
		expect(pattern.test('https://www.un.org/securitycouncil/s/res/1718-%282006%29')).toBe(true);
		expect(pattern.test('http://www.kcna.kp/')).toBe(true);
		expect(pattern.test('file:///home/analyst/notes.txt')).toBe(false);
		expect(pattern.test('javascript:alert(1)')).toBe(false);
	});

	it('knows every top-level field of the example graph', () => {
		const example: Record<string, unknown> = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
		const unknown = Object.keys(example).filter((key) => !(key in (schema.properties ?? {})));
		expect(unknown).toEqual([]);
	});
});
