import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { actorName, typeLabel } from './graph-words';

const index = indexGraph(exampleGraph());

describe('actorName', () => {
	it('names an actor by its name, or by its id when the graph does not know it', () => {
		expect(actorName('prk', index)).toBe('North Korea');
		expect(actorName('kor', index)).toBe('kor');
	});
});

describe('typeLabel', () => {
	it('labels a built-in type, a type of the file’s own, and an unknown one by its id', () => {
		expect(typeLabel('defense-pact', index)).toBe('Defense pact');
		expect(typeLabel('arms-transfer', index)).toBe('Arms transfers');
		expect(typeLabel('cyber', index)).toBe('cyber');
	});
});
