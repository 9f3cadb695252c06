/**
 * The kinds of marks a drawing draws in steps, each at its own cost per mark:
 * a relation with its arrowhead, badge or dash pattern costs several times a
 * plain line, a plain line several times a hairline, and an outlined circle
 * several times a speck.
 */
export type MarkKind =
	'hairlines' | 'plain lines' | 'detailed lines' | 'specks' | 'circles' | 'labels';

/**
 * What one step of a drawing drew: `count` marks of one kind, each counted
 * at its cost where marks of a kind differ (a circle large on screen counts
 * as several small ones, a long line as several short ones).
 */
export interface DrawingStep {
	marks: MarkKind;
	count: number;
}

/** How long one step of a drawing should take: a few steps fit a frame's budget. */
export const STEP_MS = 6;

/**
 * Steps as first tried, before any has been timed: small enough for the
 * slowest drawing, code not yet compiled and a text's first font lookup
 * included (the first 1,000 outlined circles took 16 to 32 ms, the first
 * 4,000 specks up to 72, the first 52 names 23 to 36 on this machine's
 * Chromium, in software, beside a layout).
 */
const FIRST: Record<MarkKind, number> = {
	hairlines: 1000,
	'plain lines': 120,
	'detailed lines': 40,
	specks: 1500,
	circles: 250,
	labels: 20
};
const FEWEST: Record<MarkKind, number> = {
	hairlines: 50,
	'plain lines': 25,
	'detailed lines': 10,
	specks: 200,
	circles: 50,
	labels: 10
};
/**
 * The most a step draws, however fast the steps before were. A step of
 * hairlines or specks usually takes a millisecond per few thousand, but now
 * and then (a path's memory made afresh, the layout's worker busy) seven
 * times its usual: at 16,000 hairlines or 5,000 specks a step, that was a
 * step of 30–60 ms and a frame over 50 ms at 5,000 actors; at these, in 8
 * runs here, no frame over 50 ms came of a step.
 */
const MOST: Record<MarkKind, number> = {
	hairlines: 4000,
	'plain lines': 8000,
	'detailed lines': 2000,
	specks: 2000,
	circles: 8000,
	labels: 2000
};
/** Steps of fewer marks than this say more about the step's own cost than the marks'. */
const TELLING = 16;

/**
 * How many marks of each kind a step of a drawing draws, learnt from how long
 * the steps took: a line with dashes and arrowheads, drawn in software, costs
 * ten times a plain one, and no fixed count keeps every step short on every
 * machine and at every zoom. A step that ran short lets the next grow
 * halfway towards what would fit, at most to double. One that ran long
 * shrinks the next to what would fit, at most to a quarter at once: a step
 * several times too long is a frame the analyst sees stutter, while steps
 * made too small by one slow step (the processor busy with the layout) only
 * cost the picture a few more of them, and grow back within two.
 */
export class DrawingPace {
	private readonly perStep = { ...FIRST };

	/** The fonts the drawings have written in. */
	private readonly fonts = new Set<string>();

	constructor(readonly stepMs = STEP_MS) {}

	/**
	 * Whether this is the first text the drawings write in `font`: the browser
	 * then loads the font's faces for drawing, 20 to 40 ms once, and a step of
	 * that text alone keeps the cost out of a step of many.
	 */
	firstTextIn(font: string): boolean {
		if (this.fonts.has(font)) return false;
		this.fonts.add(font);
		return true;
	}

	/** How many marks of this kind the next step draws. */
	size(marks: MarkKind): number {
		return this.perStep[marks];
	}

	/** Learns from a step that drew `step.count` marks in `ms` milliseconds, drawing included. */
	learn(step: DrawingStep, ms: number): void {
		if (step.count < TELLING) return;
		const current = this.perStep[step.marks];
		const fits = (step.count * this.stepMs) / Math.max(ms, 0.1);
		const next =
			fits < current ? Math.max(fits, current / 4) : Math.min((current + fits) / 2, 2 * current);
		this.perStep[step.marks] = Math.round(
			Math.min(MOST[step.marks], Math.max(FEWEST[step.marks], next))
		);
	}
}

/**
 * Counts the marks of one kind drawn towards a step: `add` returns the step
 * to yield once it holds as many as the pace says, `rest` what is left at the
 * end, if anything.
 */
export class StepTally {
	private count = 0;

	constructor(
		private readonly pace: DrawingPace,
		private readonly marks: MarkKind
	) {}

	add(count = 1): DrawingStep | undefined {
		this.count += count;
		return this.count >= this.pace.size(this.marks) ? this.rest() : undefined;
	}

	/** Counts a text written in `font`; the first ever written in it ends its step alone. */
	addText(font: string): DrawingStep | undefined {
		return this.add() ?? (this.pace.firstTextIn(font) ? this.rest() : undefined);
	}

	rest(): DrawingStep | undefined {
		if (this.count === 0) return undefined;
		const step = { marks: this.marks, count: this.count };
		this.count = 0;
		return step;
	}

	/** Room left in the current step. */
	get room(): number {
		return this.pace.size(this.marks) - this.count;
	}
}

/** What a drawing in steps yields: what a step drew, or nothing for a step of other work (sorting). */
export type DrawingSteps = Generator<DrawingStep | void, void, void>;

/** Runs a drawing made in steps to its end at once. */
export function drawAtOnce(steps: Iterator<unknown>): void {
	while (!steps.next().done);
}
