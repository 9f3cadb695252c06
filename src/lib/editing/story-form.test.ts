import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { StoryStep } from '$lib/model/schema';
import {
	addToFocus,
	draftStep,
	fieldsChanged,
	removeFromFocus,
	stepFields,
	stepFromForm,
	undrawnFocusWarning
} from './story-form';
import { graphOf, relationOf } from '../../../tests/fixtures/graph-builders';

const graph = graphOf({
	relations: [
		relationOf('chn-prk-aid', {
			type: 'aid',
			since: '2020',
			summary: 'Aid',
			evidence: [{ source: 's', quote: 'China remains the main source of food aid.' }]
		})
	]
});
const index = indexGraph(graph);
const step: StoryStep = { id: 'aid', title: 'Aid', caption: 'China gives aid.', notes: 'Slowly.' };

describe('story step form', () => {
	it('holds a step as text and lists, and saves it back unchanged', () => {
		const fields = stepFields(step);
		expect(fields).toEqual({
			title: 'Aid',
			caption: 'China gives aid.',
			notes: 'Slowly.',
			asOf: '',
			actors: [],
			relations: []
		});
		expect(fieldsChanged(fields, step)).toBe(false);
		expect(stepFromForm(fields, step, graph, 0, index)).toEqual({ step });
	});

	it('saves the focus, a date and notes; empty optional fields are left out', () => {
		const fields = {
			...stepFields(step),
			notes: '  ',
			asOf: '2024-06',
			relations: ['chn-prk-aid'],
			actors: ['prk']
		};
		expect(fieldsChanged(fields, step)).toBe(true);
		expect(stepFromForm(fields, step, graph, 0, index)).toEqual({
			step: {
				id: 'aid',
				title: 'Aid',
				caption: 'China gives aid.',
				asOf: '2024-06',
				relations: ['chn-prk-aid'],
				actors: ['prk']
			}
		});
	});

	it('says what is wrong beside each field: an empty title, a date that does not exist', () => {
		const made = stepFromForm(
			{ ...stepFields(step), title: ' ', asOf: '2024-13' },
			step,
			graph,
			0,
			index
		);
		expect(made).toEqual({
			errors: {
				title: expect.stringMatching(/^Title/),
				asOf: expect.stringContaining('month 13 does not exist')
			}
		});
	});

	it('refuses a caption quoting what the evidence in focus does not say, naming the quote', () => {
		const quoted = { ...stepFields(step), relations: ['chn-prk-aid'] };
		const wrong = stepFromForm(
			{ ...quoted, caption: 'China is “the main source of arms”.' },
			step,
			graph,
			0,
			index
		);
		expect(wrong).toEqual({
			errors: { caption: expect.stringContaining('“the main source of arms”') }
		});
		const right = stepFromForm(
			{ ...quoted, caption: 'China is “the main source of food aid”.' },
			step,
			graph,
			0,
			index
		);
		expect('step' in right).toBe(true);
	});

	it('adds what is selected to the focus once, and removes it', () => {
		const fields = stepFields(step);
		const once = addToFocus(fields, { kind: 'relation', id: 'chn-prk-aid' });
		expect(addToFocus(once, { kind: 'relation', id: 'chn-prk-aid' }).relations).toEqual([
			'chn-prk-aid'
		]);
		const both = addToFocus(once, { kind: 'actor', id: 'prk' });
		expect(both.actors).toEqual(['prk']);
		expect(removeFromFocus(both, { kind: 'relation', id: 'chn-prk-aid' }).relations).toEqual([]);
	});

	it('draws the draft as far as it can: a date still being typed and ids gone are left out', () => {
		const fields = { ...stepFields(step), asOf: '20', actors: ['gone', 'prk'] };
		expect(draftStep(fields, step, index)).toEqual({
			id: 'aid',
			title: 'Aid',
			caption: 'China gives aid.',
			actors: ['prk'],
			relations: [],
			notes: 'Slowly.'
		});
	});

	it('warns when a date of the step leaves a relation in focus undrawn', () => {
		const fields = { ...stepFields(step), relations: ['chn-prk-aid'] };
		expect(undrawnFocusWarning(fields, index)).toBeUndefined();
		expect(undrawnFocusWarning({ ...fields, asOf: '2019' }, index)).toBe(
			'As of this date, 1 relation in focus is not drawn, as no date of theirs says they stood then: change the date or the focus.'
		);
		expect(undrawnFocusWarning({ ...fields, asOf: '2024-1' }, index)).toBeUndefined();
	});

	it('refuses a date that leaves a relation in focus undrawn, as the graph file would', () => {
		const made = stepFromForm(
			{ ...stepFields(step), relations: ['chn-prk-aid'], asOf: '2019' },
			step,
			{ ...graph, story: [step] },
			0,
			index
		);
		expect(made).toEqual({
			errors: {
				relations: expect.stringMatching(
					/^Relations in focus: "chn-prk-aid" begins 2020: it is not in force/
				)
			}
		});
	});
});
