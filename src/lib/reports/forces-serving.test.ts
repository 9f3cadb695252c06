import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';

/** Each proposal of the rules as "NGA→GNB aid reported". */
function read(text: string): string[] {
	return extractRelations(text, undefined, { model: null }).relations.map(
		(r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type} ${r.status}`
	);
}

/** A report about Guinea-Bissau, then `sentence`. */
const bissau = (sentence: string) =>
	`BISSAU, May 2 — Guinea-Bissau has asked its neighbours for help. Guinea-Bissau is poor.\n\n${sentence}`;

describe('forcesServing: states’ forces serving in a mission', () => {
	it('gives forces named by their demonyms to the report’s state', () => {
		expect(
			read(bissau('Nigerian and Senegalese contingents make up much of the mission.'))
		).toEqual(['NGA→GNB aid reported', 'SEN→GNB aid reported']);
		expect(
			read(
				bissau(
					'More than 2,000 peacekeepers, including large Ghanaian and Togolese contingents, are now deployed in the south.'
				)
			)
		).toEqual(['GHA→GNB aid reported', 'TGO→GNB aid reported']);
	});

	it('reads those serving alongside another, and contingents from states named after "from"', () => {
		expect(
			read(
				bissau(
					'Senegal supplies the bulk of the troops, alongside smaller Nigerian and Ghanaian contingents.'
				)
			)
		).toEqual(expect.arrayContaining(['NGA→GNB aid reported', 'GHA→GNB aid reported']));
		expect(
			read(bissau('Senegal leads the mission, alongside contingents from Ghana and Togo.'))
		).toEqual(expect.arrayContaining(['GHA→GNB aid reported', 'TGO→GNB aid reported']));
	});

	it('gives them to where the mission went, where the sentence names it', () => {
		expect(
			read(
				'The Bahamas said it sent a team to Port-au-Prince in October to join the Kenya-led mission, working on port security alongside contingents from Jamaica and Belize.'
			)
		).toEqual(expect.arrayContaining(['JAM→HTI aid alleged', 'BLZ→HTI aid alleged']));
	});

	it('gives nothing for forces that invade, nor for a state’s own troops fought beside', () => {
		expect(read(bissau('Senegalese troops invaded the south and clashed with rebels.'))).toEqual(
			[]
		);
		expect(
			read(
				'RWANDA, May 2 — Rwanda said the rebels were fighting alongside Congolese troops in the east.'
			)
		).toEqual([]);
	});

	it('gives nothing where the report’s state is the one whose forces they are', () => {
		expect(read(bissau('Bissau-Guinean contingents make up much of the mission.'))).toEqual([]);
	});

	it('gives forces in a body’s force to the state the force serves in, not to the body', () => {
		expect(
			read(
				'Kenyan soldiers remain among the largest contingents in the African Union’s force in Somalia.'
			)
		).toEqual(['KEN→SOM aid reported']);
	});
});
