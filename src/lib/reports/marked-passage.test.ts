import { describe, expect, it } from 'vitest';
import { KSAT_TEXT, proposalOf } from '../../../tests/fixtures/report-builders';
import { markedPassage } from './marked-passage';

const AID = proposalOf(
	KSAT_TEXT,
	'p1',
	'While there are indications',
	{ source: 'CHN', target: 'PRK', type: 'aid', status: 'alleged' },
	{ status: 'indications', source: 'China', type: 'covert aid' }
);

describe('markedPassage', () => {
	it('shows the sentence with its marks and a little of the paragraph around it, cut at spaces', () => {
		const passage = markedPassage(KSAT_TEXT, AID, 40);
		expect(passage.clippedBefore && passage.clippedAfter).toBe(true);
		expect(passage.parts.filter((part) => part.role)).toEqual([
			{ text: 'indications', sentence: true, role: 'status' },
			{ text: 'China', sentence: true, role: 'source' },
			{ text: 'covert aid', sentence: true, role: 'type' }
		]);
		const sentence = passage.parts.filter((part) => part.sentence).map((part) => part.text);
		expect(sentence.join('')).toBe(AID.evidence);
		const [before] = passage.parts;
		expect(before).toEqual({
			text: 'Nations sanctions against North Korea. ',
			sentence: false
		});
		expect(passage.parts.at(-1)!.text).toBe(' In recent months, North Korea and');
	});

	it('stays within the sentence’s paragraph', () => {
		const first = proposalOf(KSAT_TEXT, 'p0', 'North Korea and China commemorated 75', {
			source: 'PRK',
			target: 'CHN',
			type: 'trade'
		});
		const passage = markedPassage(KSAT_TEXT, first, 40);
		expect(passage.clippedBefore).toBe(false);
		expect(passage.parts[0]).toEqual({ text: first.evidence, sentence: true });
		const last = proposalOf(KSAT_TEXT, 'p9', 'Continued monitoring', {
			source: 'PRK',
			target: 'CHN',
			type: 'trade'
		});
		const end = markedPassage(KSAT_TEXT, last, 400);
		expect(end.clippedAfter).toBe(false);
		expect(end.parts.at(-1)).toEqual({ text: last.evidence, sentence: true });
	});

	it('leaves out a mark that overlaps another, or lies outside the passage', () => {
		const marks = [
			{ role: 'source' as const, start: AID.start + 30, end: AID.start + 40 },
			{ role: 'type' as const, start: AID.start + 35, end: AID.start + 45 },
			{ role: 'target' as const, start: 0, end: 11 }
		];
		const parts = markedPassage(KSAT_TEXT, { ...AID, marks }, 10).parts;
		expect(parts.filter((part) => part.role).map((part) => part.role)).toEqual(['source']);
	});
});
