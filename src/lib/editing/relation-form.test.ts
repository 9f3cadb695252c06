import { describe, expect, it } from 'vitest';
import { parseGraph } from '$lib/model/parse-graph';
import { addRelation } from '$lib/editing/relation-edits';
import { evidenceFields, QUOTE_REFUSED } from './evidence-form';
import { relationFields, relationFromForm, type RelationFields } from './relation-form';
import { sourceFields } from './source-form';
import { example } from '../../../tests/fixtures/example-graph';

const trade: RelationFields = {
	...relationFields(undefined, example, 'rus'),
	to: 'prk',
	summary: 'Russia and North Korea trade across the Tumen river',
	since: '2023',
	evidence: [{ ...evidenceFields(), source: 'ksat-2024-10-06', note: 'Trade is growing.' }]
};

describe('relationFields', () => {
	it('starts a new relation from an actor, reported, with one evidence item to fill in', () => {
		const fields = relationFields(undefined, example, 'rus');
		expect(fields).toMatchObject({ type: 'trade', from: 'rus', to: '', status: 'reported' });
		expect(fields.evidence).toHaveLength(1);
	});

	it('holds the date a treaty was signed besides the date it took effect', () => {
		const pact = example.relations.find((r) => r.id === 'rus-prk-treaty-2024')!;
		expect(relationFields(pact, example)).toMatchObject({
			signed: '2024-06-19',
			since: '2024-12-04',
			until: ''
		});
	});

	it('holds an existing relation’s own values', () => {
		const aid = example.relations.find((r) => r.id === 'chn-prk-aid')!;
		const fields = relationFields(aid, example);
		expect(fields).toMatchObject({ type: 'aid', from: 'chn', to: 'prk', directed: true });
		expect(fields.evidence.map((e) => e.source)).toEqual(aid.evidence.map((e) => e.source));
	});
});

describe('relationFromForm', () => {
	it('makes a relation the graph accepts, its id after the example’s convention', () => {
		const made = relationFromForm(trade, example);
		if (!('relation' in made)) throw new Error(JSON.stringify(made.errors));
		expect(made.relation).toEqual({
			id: 'rus-prk-trade',
			type: 'trade',
			source: 'rus',
			target: 'prk',
			status: 'reported',
			since: '2023',
			summary: trade.summary,
			evidence: [{ source: 'ksat-2024-10-06', note: 'Trade is growing.' }]
		});
		expect(parseGraph(addRelation(example, made.relation)).ok).toBe(true);
	});

	it('says a direction only where it differs from the type’s', () => {
		const oneWay = relationFromForm({ ...trade, directed: true }, example);
		expect('relation' in oneWay && oneWay.relation.directed).toBe(true);
	});

	it('refuses as a quote, by its item, words the source’s archived text does not hold', () => {
		const paraphrase = { ...evidenceFields(), source: 'ksat-2024-10-06', quote: 'Trade booms.' };
		expect(
			relationFromForm({ ...trade, evidence: [...trade.evidence, paraphrase] }, example)
		).toEqual({ errors: { 'evidence[1].quote': QUOTE_REFUSED } });
	});

	it('refuses a relation without evidence', () => {
		expect(relationFromForm({ ...trade, evidence: [] }, example)).toEqual({
			errors: {
				evidence: 'A relation needs at least one evidence item: a source and what it says.'
			}
		});
	});

	it('shows every problem at once: the shape, the dates, the ends, each item', () => {
		const result = relationFromForm(
			{
				...trade,
				to: 'rus',
				since: '2024-13',
				until: '',
				summary: '',
				evidence: [trade.evidence[0], { ...evidenceFields(), source: 'ksat-2024-10-06' }]
			},
			example
		);
		expect(result).toEqual({
			errors: {
				since: 'Since: "2024-13" is not a date: month 13 does not exist.',
				summary: 'Summary is empty.',
				to: 'To is the same actor as From: a relation ties two different actors.',
				'evidence[1].quote': 'Each evidence item needs a verbatim quote or a note.'
			}
		});
	});

	it('checks the references: actors that exist, until not before since', () => {
		const result = relationFromForm(
			{ ...trade, from: '', to: 'nobody', since: '2024-06', until: '2024-05-31' },
			example
		);
		expect(result).toEqual({
			errors: {
				from: 'From: pick an actor from the list.',
				to: 'To: no actor has the id "nobody".',
				until: 'Until: 2024-05-31 is before since (2024-06).'
			}
		});
	});

	it('keeps the date a relation was signed through an edit, and checks it against since', () => {
		const pact = example.relations.find((r) => r.id === 'rus-prk-treaty-2024')!;
		const made = relationFromForm(relationFields(pact, example), example, pact.id);
		if (!('relation' in made)) throw new Error(JSON.stringify(made.errors));
		expect(made.relation).toEqual(pact);
		const late = relationFromForm({ ...trade, signed: '2024', since: '2023' }, example);
		expect(late).toEqual({
			errors: {
				signed:
					'Signed: 2024 is after since (2023): a relation takes effect when or after it is signed.'
			}
		});
	});

	it('makes the new sources its evidence cites, each with its own id', () => {
		const newSource = {
			...sourceFields(),
			title: 'T',
			publisher: 'Reuters',
			url: 'https://example.org/',
			published: '2024'
		};
		const made = relationFromForm(
			{
				...trade,
				evidence: [
					{ ...evidenceFields(), newSource, note: 'One.' },
					{ ...evidenceFields(), newSource, note: 'Two.' }
				]
			},
			example
		);
		if (!('relation' in made)) throw new Error(JSON.stringify(made.errors));
		expect(made.sources.map((s) => s.id)).toEqual(['reuters-2024', 'reuters-2024-2']);
		expect(made.relation.evidence.map((e) => e.source)).toEqual(['reuters-2024', 'reuters-2024-2']);
	});

	it('keeps the id of a relation being edited', () => {
		const aid = example.relations.find((r) => r.id === 'chn-prk-aid')!;
		const made = relationFromForm(
			{ ...relationFields(aid, example), status: 'confirmed' },
			example,
			aid.id
		);
		expect('relation' in made && made.relation).toEqual({ ...aid, status: 'confirmed' });
	});

	it('refuses dates that would leave a dated story step showing what did not yet stand', () => {
		const treaty = example.relations.find((relation) => relation.id === 'chn-prk-treaty-1961')!;
		const moved = relationFromForm(
			{ ...relationFields(treaty, example), since: '1962' },
			example,
			treaty.id
		);
		expect('errors' in moved && moved.errors.since).toMatch(
			/^The story's step ".+" shows this relation as of 1961-07-11, when it would not be drawn/
		);
		const undated = relationFromForm(
			{ ...relationFields(treaty, example), since: '' },
			example,
			treaty.id
		);
		expect('errors' in undated && undated.errors.since).toMatch(/change the step's date/);
		const earlier = relationFromForm(
			{ ...relationFields(treaty, example), since: '1961-07' },
			example,
			treaty.id
		);
		expect('errors' in earlier).toBe(false);
	});
});
