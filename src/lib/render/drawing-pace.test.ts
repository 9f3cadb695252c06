import { describe, expect, it } from 'vitest';
import { DrawingPace, StepTally } from './drawing-pace';

describe('DrawingPace', () => {
	it('shrinks the next step to what fits when a step ran long, at most to a quarter at a time', () => {
		const pace = new DrawingPace(6);
		const first = pace.size('hairlines');
		// The first step of lines took 60 ms: ten times too long.
		pace.learn({ marks: 'hairlines', count: first }, 60);
		expect(pace.size('hairlines')).toBe(Math.round(first / 4));
		// It took 7.5 ms: a fifth too long.
		pace.learn({ marks: 'hairlines', count: pace.size('hairlines') }, 7.5);
		expect(pace.size('hairlines')).toBe(Math.round((first / 4) * 0.8));
		// Twice too long: halved.
		pace.learn({ marks: 'hairlines', count: pace.size('hairlines') }, 12);
		expect(pace.size('hairlines')).toBe(Math.round((first / 4) * 0.8 * 0.5));
	});

	it('grows halfway towards what fits when steps run short, and never past its ceiling', () => {
		const pace = new DrawingPace(6);
		const first = pace.size('plain lines');
		// Twice as fast as a step should be: halfway towards twice as many.
		pace.learn({ marks: 'plain lines', count: first }, 3);
		expect(pace.size('plain lines')).toBe(Math.round(first * 1.5));
		// Far faster: at most double.
		pace.learn({ marks: 'plain lines', count: pace.size('plain lines') }, 0.1);
		expect(pace.size('plain lines')).toBe(Math.round(first * 3));
		for (let i = 0; i < 40; i++)
			pace.learn({ marks: 'plain lines', count: pace.size('plain lines') }, 0.01);
		expect(pace.size('plain lines')).toBe(8000);
		// Hairlines and specks, however fast, no more than a few thousand a step.
		for (const marks of ['hairlines', 'specks'] as const) {
			for (let i = 0; i < 40; i++) pace.learn({ marks, count: pace.size(marks) }, 0.01);
			expect(pace.size(marks)).toBeLessThanOrEqual(4000);
		}
	});

	it('learns each kind of mark on its own, and nothing from a step of a few marks', () => {
		const pace = new DrawingPace(6);
		const actors = pace.size('specks');
		const labels = pace.size('labels');
		pace.learn({ marks: 'labels', count: labels }, 600);
		expect(pace.size('labels')).toBeLessThan(labels);
		expect(pace.size('specks')).toBe(actors);
		pace.learn({ marks: 'specks', count: 3 }, 500);
		expect(pace.size('specks')).toBe(actors);
	});
});

describe('DrawingPace.firstTextIn', () => {
	it('says once per font that text is first written in it', () => {
		const pace = new DrawingPace(6);
		expect(pace.firstTextIn('bold 11px sans-serif')).toBe(true);
		expect(pace.firstTextIn('bold 11px sans-serif')).toBe(false);
		expect(pace.firstTextIn('9px sans-serif')).toBe(true);
	});
});

describe('StepTally', () => {
	it('says when a step is full, what was left at the end, and the room left', () => {
		const pace = new DrawingPace(6);
		const tally = new StepTally(pace, 'labels');
		const size = pace.size('labels');
		for (let i = 1; i < size; i++) expect(tally.add()).toBeUndefined();
		expect(tally.room).toBe(1);
		expect(tally.add()).toEqual({ marks: 'labels', count: size });
		expect(tally.rest()).toBeUndefined();
		tally.add(3);
		expect(tally.rest()).toEqual({ marks: 'labels', count: 3 });
	});

	it('ends a step with the first text written in a font, and only the first', () => {
		const pace = new DrawingPace(6);
		const tally = new StepTally(pace, 'labels');
		expect(tally.addText('bold 11px sans-serif')).toEqual({ marks: 'labels', count: 1 });
		expect(tally.addText('bold 11px sans-serif')).toBeUndefined();
		expect(tally.addText('9px sans-serif')).toEqual({ marks: 'labels', count: 2 });
	});
});
