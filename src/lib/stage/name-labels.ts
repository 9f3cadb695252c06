import { textWidth } from './text-width';
import { ACTOR_SIZES } from './visual-constants';

/** A box relative to an actor's centre, or in graph units. */
export interface LabelBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Where and how an actor's name is written, from the actor's centre, in graph units. */
export interface NameLabel {
	/** One line, or two where the name is wrapped; shortened with "…", or none, where it has no room. */
	lines: string[];
	/** The anchor of every line: below or above the circle, centred; beside it, from its edge. */
	x: number;
	/** The first line's baseline. */
	y: number;
	anchor: 'middle' | 'start' | 'end';
	/** From one baseline to the next. */
	lineHeight: number;
	/** The font size: the name's own, larger for a camera zoomed far out. */
	size: number;
	/** The name is shortened or left out: the full name shows on hover and focus. */
	shortened: boolean;
	/** What the name covers, its halo included. */
	box: LabelBox;
}

/** What placing a name needs of an actor. */
export interface NamedActor {
	id: string;
	name: string;
	x: number;
	y: number;
	radius: number;
	degree: number;
}

type Side = 'below' | 'above' | 'right' | 'left';
const SIDES: readonly Side[] = ['below', 'above', 'right', 'left'];

/**
 * Where each actor's name goes so that no name overlaps another or another
 * actor's circle: below the circle where it has room, else above, right or
 * left of it, on one line or wrapped onto two; else shortened with "…", and
 * where not even a letter fits, left out. The best-connected actors choose
 * first (then by id), so the same places give the same labels, whatever is
 * selected. `scale` enlarges the names, as a screen zoomed far out does.
 */
export function nameLabels(actors: readonly NamedActor[], scale = 1): Map<string, NameLabel> {
	const grid = new Grid();
	for (const [index, actor] of actors.entries()) {
		const r = actor.radius + ACTOR_SIZES.ringGap;
		grid.add(
			{ left: actor.x - r, top: actor.y - r, right: actor.x + r, bottom: actor.y + r },
			index
		);
	}
	const taken: LabelBox[] = [];
	const at: LabelBox = { left: 0, top: 0, right: 0, bottom: 0 };
	const free = (self: number, actor: NamedActor, box: LabelBox) => {
		at.left = box.left + actor.x;
		at.top = box.top + actor.y;
		at.right = box.right + actor.x;
		at.bottom = box.bottom + actor.y;
		return grid.none(at, (item) => {
			// Circles are the actors' own indexes; names taken are counted from -1 down.
			if (item < 0) return overlaps(at, taken[-1 - item]);
			if (item === self) return false;
			const other = actors[item];
			return touchesCircle(at, other.x, other.y, other.radius + ACTOR_SIZES.ringGap);
		});
	};
	const labels = new Map<string, NameLabel>();
	const order = actors
		.map((_, index) => index)
		.sort((a, b) => {
			const [one, other] = [actors[a], actors[b]];
			return other.degree - one.degree || (one.id < other.id ? -1 : 1);
		});
	for (const index of order) {
		const actor = actors[index];
		const label = chooseLabel(actor, scale, (box) => free(index, actor, box));
		labels.set(actor.id, label);
		if (label.lines.length === 0) continue;
		const box = moved(label.box, actor);
		taken.push(box);
		grid.add(box, -taken.length);
	}
	return labels;
}

/**
 * Boxes filed by the square cells of the picture they cover, so that a
 * name is tested only against what stands near it: placing names stays
 * quick however many actors there are.
 */
class Grid {
	private readonly cells = new Map<number, number[]>();
	private static readonly CELL = 64;

	add(box: LabelBox, item: number): void {
		this.visit(box, (key) => {
			const cell = this.cells.get(key);
			if (cell) cell.push(item);
			else this.cells.set(key, [item]);
			return false;
		});
	}

	/** Whether no item filed near `box` is hit by `hits`. */
	none(box: LabelBox, hits: (item: number) => boolean): boolean {
		return !this.visit(box, (key) => {
			const cell = this.cells.get(key);
			return cell !== undefined && cell.some(hits);
		});
	}

	/** Calls `each` with the key of every cell `box` covers, until it says stop. */
	private visit(box: LabelBox, each: (key: number) => boolean): boolean {
		const size = Grid.CELL;
		const [left, right] = [Math.floor(box.left / size), Math.floor(box.right / size)];
		const [top, bottom] = [Math.floor(box.top / size), Math.floor(box.bottom / size)];
		for (let x = left; x <= right; x++) {
			for (let y = top; y <= bottom; y++) {
				// Cells up to a million across either way of the origin: far beyond any picture.
				if (each((x + 1_048_576) * 2_097_152 + (y + 1_048_576))) return true;
			}
		}
		return false;
	}
}

function chooseLabel(
	actor: NamedActor,
	scale: number,
	fits: (box: LabelBox) => boolean
): NameLabel {
	const whole = [actor.name];
	const wrapped = wrap(actor.name);
	for (const lines of wrapped ? [whole, wrapped] : [whole]) {
		for (const side of SIDES) {
			const label = labelAt(actor.radius, side, lines, scale, false);
			if (fits(label.box)) return label;
		}
	}
	// Shortened: on the side where the most of the name fits.
	const letters = Array.from(actor.name.trim());
	let best: NameLabel | undefined;
	let bestLength = 0;
	for (const side of SIDES) {
		let [low, high] = [1, letters.length - 1];
		while (low <= high) {
			const middle = (low + high) >> 1;
			const short = `${letters.slice(0, middle).join('').trimEnd()}…`;
			const label = labelAt(actor.radius, side, [short], scale, true);
			if (fits(label.box)) {
				if (middle > bestLength) [best, bestLength] = [label, middle];
				low = middle + 1;
			} else high = middle - 1;
		}
	}
	return best ?? { ...labelAt(actor.radius, 'below', [], scale, true), lines: [] };
}

/** The label of `lines` on one side of a circle of `radius`. */
export function labelAt(
	radius: number,
	side: Side,
	lines: string[],
	scale = 1,
	shortened = false
): NameLabel {
	const { nameSize, nameBaseline, ringGap, nameHalo } = ACTOR_SIZES;
	const size = nameSize * scale;
	const pad = (nameHalo / 2) * scale;
	const lineHeight = round(size * 1.15);
	// Room for the tallest and deepest letters of any face in the stack.
	const ascent = size * 0.95;
	const descent = size * 0.3;
	const width = Math.max(0, ...lines.map((line) => boldWidth(line, size))) + 2 * pad;
	const height = (lines.length - 1) * lineHeight + ascent + descent + 2 * pad;
	const edge = radius + ringGap;
	let x = 0;
	let y: number;
	let anchor: NameLabel['anchor'] = 'middle';
	if (side === 'below') y = edge + scale * (nameBaseline - ringGap);
	else if (side === 'above') y = -edge - descent - pad - (lines.length - 1) * lineHeight - 1;
	else {
		y = -height / 2 + pad + ascent;
		x = side === 'right' ? edge + pad : -edge - pad;
		anchor = side === 'right' ? 'start' : 'end';
	}
	const top = y - ascent - pad;
	const left = anchor === 'middle' ? x - width / 2 : anchor === 'start' ? x - pad : x - width + pad;
	return {
		lines,
		x: round(x),
		y: round(y),
		anchor,
		lineHeight,
		size: round(size),
		shortened,
		box: { left, top, right: left + width, bottom: top + height }
	};
}

/**
 * A line's width in bold at `size`, as textWidth gives it. Names are placed
 * again on every frame the layout or a drag moves them, so each line is
 * measured once, in thousandths of its size: the places change, not the names.
 */
const thousandths = new Map<string, number>();
function boldWidth(line: string, size: number): number {
	let measure = thousandths.get(line);
	if (measure === undefined) {
		if (thousandths.size > 20_000) thousandths.clear();
		measure = textWidth(line, 1000, 'bold');
		thousandths.set(line, measure);
	}
	return (measure * size) / 1000;
}

/** The name on two lines as even as its words allow; none for a single word. */
function wrap(name: string): string[] | undefined {
	const words = name.trim().split(/\s+/);
	if (words.length < 2) return undefined;
	let best: string[] = [];
	let widest = Infinity;
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const width = Math.max(...lines.map((line) => boldWidth(line, 1)));
		if (width < widest) [best, widest] = [lines, width];
	}
	return best;
}

function moved(box: LabelBox, at: { x: number; y: number }): LabelBox {
	return {
		left: box.left + at.x,
		top: box.top + at.y,
		right: box.right + at.x,
		bottom: box.bottom + at.y
	};
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function touchesCircle(box: LabelBox, x: number, y: number, r: number): boolean {
	const dx = x - Math.max(box.left, Math.min(x, box.right));
	const dy = y - Math.max(box.top, Math.min(y, box.bottom));
	return dx * dx + dy * dy < r * r;
}

function round(value: number): number {
	return Math.round(value * 100) / 100 + 0;
}
