import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';

/** Each proposal of the rules as "RUS→LTU sanctions alleged". */
function read(text: string): string[] {
	return extractRelations(text, undefined, { model: null }).relations.map(
		(r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type} ${r.status}`
	);
}

describe('punishmentsCalled: a measure its target calls a punishment', () => {
	it('alleges a sanction by the state named with the word on the state that calls it so', () => {
		expect(read('Czech officials have called the cut a Russian reprisal for the radar.')).toEqual([
			'RUS→CZE sanctions alleged'
		]);
	});

	it('takes the punisher from the sentence before where this one names none', () => {
		expect(
			read(
				'Oil stopped flowing from Russia to the Mazeikiai refinery in 2006. Vilnius has called the closure punishment for the sale.'
			)
		).toContain('RUS→LTU sanctions alleged');
	});

	it('takes the sentence’s subject, not a state named after the word', () => {
		expect(
			read(
				'Beijing answered with what South Korean officials describe as a campaign of economic pressure.'
			)
		).toEqual(['CHN→KOR sanctions alleged']);
	});

	it('reads a capital spelt without its apostrophe, and a state seen punishing another', () => {
		expect(
			read(
				'Saudi Arabia expelled Yemeni workers. Officials in Sanaa call the measure collective punishment of ordinary Yemenis.'
			)
		).toContain('SAU→YEM sanctions alleged');
		expect(
			read('Many Egyptian commentators see the suspension as Riyadh punishing Cairo.')
		).toEqual(['SAU→EGY sanctions alleged']);
	});

	it('reads no claim where the calling is undone or there is no punishment in it', () => {
		expect(read('Czech officials did not call the cut a Russian reprisal.')).toEqual([]);
		expect(read('Czech officials called the Russian decision a mistake.')).toEqual([]);
	});

	it('keeps the denial of the one said to punish beside the claim', () => {
		expect(
			read(
				'Estonian officials describe the Russian measures as economic pressure. Russian officials said the inspections were routine.'
			)
		).toEqual(['RUS→EST sanctions alleged', 'RUS→EST sanctions denied']);
	});
});
