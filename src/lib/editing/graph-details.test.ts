import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../tests/fixtures/graph-builders';
import { valid } from '../../../tests/fixtures/example-graph';
import { editGraphDetails } from './graph-details-edits';
import { detailsFields, detailsFromForm } from './graph-details-form';

const fields = {
	title: 'Arms to the Sahel',
	subtitle: 'Who supplies whom',
	asOf: '2025-03',
	description: 'Drawn from open reports.',
	marking: 'UNCLASSIFIED // FOR TRAINING'
};

describe('graph details', () => {
	it('fills the form with the graph’s details, empty where it has none', () => {
		expect(detailsFields(graphOf({ title: 'Network', asOf: '2024' }))).toEqual({
			title: 'Network',
			subtitle: '',
			asOf: '2024',
			description: '',
			marking: ''
		});
	});

	it('saves every detail, in the order a graph file gives them', () => {
		const made = detailsFromForm(fields);
		if (!('details' in made)) throw new Error('refused');
		const graph = editGraphDetails(graphOf(), made.details);
		expect(graph).toMatchObject(fields);
		expect(Object.keys(graph).slice(0, 5)).toEqual([
			'title',
			'subtitle',
			'description',
			'marking',
			'asOf'
		]);
		expect(valid(graph)).toBe(true);
	});

	it('leaves out of the file a detail emptied, and trims what is typed', () => {
		const graph = editGraphDetails(graphOf(fields), {
			title: 'Arms',
			asOf: '2025'
		});
		expect(graph).not.toHaveProperty('subtitle');
		expect(graph).not.toHaveProperty('marking');
		const made = detailsFromForm({ ...fields, title: '  Arms  ', subtitle: '  ' });
		expect(made).toEqual({ details: { ...fields, title: 'Arms', subtitle: undefined } });
	});

	it('gives back the same graph when nothing changed: nothing to undo', () => {
		const graph = graphOf(fields);
		expect(editGraphDetails(graph, { ...fields })).toBe(graph);
	});

	it('says beside each field what the graph file’s schema refuses', () => {
		const made = detailsFromForm({
			...fields,
			title: ' ',
			asOf: '2025-13',
			marking: 'x'.repeat(121)
		});
		expect(made).toEqual({
			errors: {
				title: 'Title is empty.',
				asOf: 'As of: "2025-13" is not a date: month 13 does not exist.',
				marking: 'Marking is longer than 120 characters.'
			}
		});
		expect(detailsFromForm({ ...fields, asOf: '' })).toEqual({
			errors: { asOf: 'As of is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).' }
		});
	});
});
