import { describe, expect, it } from 'vitest';
import { KSAT_TEXT, proposalOf } from '../../../tests/fixtures/report-builders';
import {
	correct,
	countsLine,
	countsOf,
	decisionOf,
	goTo,
	move,
	moveOn,
	numbersOf,
	reject,
	restore,
	reviewed,
	startReview,
	takeUp
} from './review-state';

const ends = { source: 'CHN', target: 'PRK' } as const;
const P1 = proposalOf(KSAT_TEXT, 'p1', 'North Korea and China commemorated', {
	...ends,
	type: 'trade'
});
const P2 = proposalOf(KSAT_TEXT, 'p2', 'China serves as', { ...ends, type: 'trade' });
const P3 = proposalOf(KSAT_TEXT, 'p3', 'China serves as', { ...ends, type: 'aid' });
const P4 = proposalOf(KSAT_TEXT, 'p4', 'While there are indications', { ...ends, type: 'aid' });
const P5 = proposalOf(KSAT_TEXT, 'p5', 'As North Korea’s principal ally', { ...ends, type: 'aid' });

const none = new Set<string>();

describe('the review of a report’s proposals', () => {
	it('lists the proposals in text order, on the first', () => {
		const review = startReview([P4, P1, P5, P2]);
		expect(review.proposals.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5']);
		expect(review.current).toBe('p1');
		expect(countsLine(countsOf(review, none))).toBe('4 to review · 0 accepted · 0 rejected');
		expect(startReview([]).current).toBeUndefined();
	});

	it('goes to the next and the previous proposal still to review, skipping those decided', () => {
		let review = startReview([P1, P2, P3, P4, P5]);
		const accepted = new Set(['p2']);
		review = reject(review, accepted, 'p3');
		review = goTo(review, 'p1');
		review = move(review, accepted, 1);
		expect(review.current).toBe('p4');
		review = move(review, accepted, 1);
		expect(review.current).toBe('p5');
		// At the end it stays.
		expect(move(review, accepted, 1).current).toBe('p5');
		review = move(review, accepted, -1);
		expect(review.current).toBe('p4');
		review = move(review, accepted, -1);
		expect(review.current).toBe('p1');
		expect(move(review, accepted, -1).current).toBe('p1');
	});

	it('after a decision, moves on to the next to review, else the one before, else none', () => {
		const review = startReview([P1, P2, P3]);
		expect(moveOn(review, new Set(['p1']), 'p1').current).toBe('p2');
		expect(moveOn(goTo(review, 'p3'), new Set(['p3']), 'p3').current).toBe('p2');
		expect(moveOn(review, new Set(['p1', 'p2', 'p3']), 'p3').current).toBeUndefined();
	});

	it('keeps a rejected proposal, to be put back to review', () => {
		let review = reject(startReview([P1, P2, P3]), none, 'p1');
		expect(decisionOf(review, none, 'p1')).toBe('rejected');
		expect(review.current).toBe('p2');
		expect(countsLine(countsOf(review, new Set(['p3'])))).toBe(
			'1 to review · 1 accepted · 1 rejected'
		);
		review = restore(review, 'p1');
		expect(decisionOf(review, none, 'p1')).toBe('to review');
		expect(review.current).toBe('p1');
	});

	it('takes its acceptance from the graph: a proposal whose acceptance was undone is to review again', () => {
		const review = startReview([P1, P2]);
		expect(decisionOf(review, new Set(['p2']), 'p2')).toBe('accepted');
		expect(decisionOf(review, none, 'p2')).toBe('to review');
	});

	it('keeps what the analyst corrected, each change over the last', () => {
		let review = correct(startReview([P3]), 'p3', { type: 'trade', directed: false });
		review = correct(review, 'p3', { swapped: true });
		review = correct(review, 'p3', { status: 'alleged' });
		expect(reviewed(review, P3)).toMatchObject({
			type: 'trade',
			directed: false,
			status: 'alleged',
			source: 'PRK',
			target: 'CHN'
		});
		expect(reviewed(review, P2)).toEqual(P2);
	});

	it('takes up a pair named together as a proposal in its place in the text, and on it', () => {
		const named = { ...P2, id: 'n1', type: 'aid' };
		let review = reject(startReview([P1, P4]), none, 'p1');
		review = takeUp(review, named);
		expect(review.proposals.map((p) => p.id)).toEqual(['p1', 'n1', 'p4']);
		expect(review.current).toBe('n1');
		expect(review.rejected).toEqual(new Set(['p1']));
		expect(countsLine(countsOf(review, none))).toBe('2 to review · 0 accepted · 1 rejected');
		// Taken up twice, it is still one proposal.
		expect(takeUp(goTo(review, 'p4'), named).proposals).toHaveLength(3);
	});

	it('keeps the proposals’ numbers when pairs are taken up among them', () => {
		const takenUp = (id: string) => id.startsWith('n');
		let review = startReview([P1, P4, P5]);
		const before = numbersOf(review, takenUp);
		expect([...before.values()]).toEqual(['1', '2', '3']);
		review = takeUp(review, { ...P2, id: 'n1' });
		review = takeUp(review, { ...P3, id: 'n2', start: P3.start + 1 });
		review = takeUp(review, { ...P1, id: 'n3', start: P1.start - 1 });
		const after = numbersOf(review, takenUp);
		expect(review.proposals.map((p) => `${p.id} ${after.get(p.id)}`)).toEqual([
			'n3 a',
			'p1 1',
			'n1 1a',
			'n2 1b',
			'p4 2',
			'p5 3'
		]);
	});
});
