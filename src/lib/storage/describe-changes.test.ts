import { describe, expect, it } from 'vitest';
import { describeChanges } from './describe-changes';
import { testGraph } from './test-graph';

describe('describeChanges', () => {
	it('names one record and counts several', () => {
		const before = testGraph();
		const after = testGraph();
		after.actors.push(
			{ id: 'alpha', name: 'Alphaland', kind: 'state' },
			{ id: 'beta', name: 'Betaland', kind: 'state' }
		);
		after.relations[0] = { ...after.relations[0], status: 'alleged' };
		after.sources = [];
		const line = describeChanges(before, after);
		expect(line).toMatch(
			/^Added 2 actors; changed .+–.+ trade; removed the source “How close are North Korea and China”$/
		);
	});

	it('names an actor added alone, and says a renamed graph and a new date', () => {
		const after = testGraph('Renamed');
		after.actors.push({ id: 'alpha', name: 'Alphaland', kind: 'state' });
		after.asOf = '2025-01-01';
		expect(describeChanges(testGraph(), after)).toBe(
			'Added Alphaland; renamed “Renamed”; changed the graph’s date'
		);
	});

	it('says the story changed, and that nothing did', () => {
		const after = testGraph();
		after.story = [{ title: 'First step', caption: 'Where it starts' }];
		expect(describeChanges(testGraph(), after)).toBe('Changed the story');
		expect(describeChanges(testGraph(), testGraph())).toBe('No change');
	});
});
