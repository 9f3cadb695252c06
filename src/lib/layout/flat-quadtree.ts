/** Below this width a square is not split again: points closer than this share a leaf. */
const SMALLEST_SQUARE = 1e-3;

/**
 * A quadtree over points held in flat typed arrays, built again each tick of a
 * large layout: the structure behind Barnes–Hut repulsion and the search for
 * overlapping actors. d3-quadtree does the same with an object per square and
 * a closure per visit, which at 20,000 actors costs a tenth of a second a
 * tick; here a square is an index into arrays and nothing is allocated once
 * the arrays have grown to the network's size.
 *
 * Squares are numbered from 0 (the root, a square around every point); an
 * inner square's four quarters are `firstChild[s]` to `firstChild[s] + 3`, in
 * the order top-left, top-right, bottom-left, bottom-right; a leaf
 * (`firstChild[s] < 0`) holds a list of points, `head[s]` then `next[p]`,
 * ending in -1.
 */
export class FlatQuadtree {
	/** Squares in use. Children are numbered after their parent, so a loop from the last square back to 0 sees children before parents. */
	count = 0;
	left = new Float64Array(0);
	top = new Float64Array(0);
	width = new Float64Array(0);
	firstChild = new Int32Array(0);
	head = new Int32Array(0);
	next = new Int32Array(0);

	/** Builds the tree over the first `n` points of `x`, `y`. */
	build(x: ArrayLike<number>, y: ArrayLike<number>, n: number): void {
		if (this.next.length < n) this.next = new Int32Array(n);
		this.reserve(Math.max(16, 2 * n));
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (let i = 0; i < n; i++) {
			if (x[i] < minX) minX = x[i];
			if (x[i] > maxX) maxX = x[i];
			if (y[i] < minY) minY = y[i];
			if (y[i] > maxY) maxY = y[i];
		}
		const side = Math.max(maxX - minX, maxY - minY, SMALLEST_SQUARE) * 1.0001;
		this.count = 0;
		this.square(n > 0 ? minX : 0, n > 0 ? minY : 0, side);
		for (let p = 0; p < n; p++) this.insert(p, x, y);
	}

	private insert(p: number, x: ArrayLike<number>, y: ArrayLike<number>): void {
		const px = x[p];
		const py = y[p];
		let s = 0;
		for (;;) {
			const child = this.firstChild[s];
			if (child >= 0) {
				const half = this.width[s] / 2;
				const right = px >= this.left[s] + half ? 1 : 0;
				const below = py >= this.top[s] + half ? 2 : 0;
				s = child + right + below;
				continue;
			}
			const first = this.head[s];
			if (first < 0 || this.width[s] < SMALLEST_SQUARE || (x[first] === px && y[first] === py)) {
				this.next[p] = first;
				this.head[s] = p;
				return;
			}
			// A leaf that holds other points: split it, move them into their quarter, and go on down.
			const half = this.width[s] / 2;
			const quarters = this.count;
			for (let q = 0; q < 4; q++)
				this.square(this.left[s] + (q & 1) * half, this.top[s] + (q >> 1) * half, half);
			this.firstChild[s] = quarters;
			this.head[s] = -1;
			const right = x[first] >= this.left[s] + half ? 1 : 0;
			const below = y[first] >= this.top[s] + half ? 2 : 0;
			this.head[quarters + right + below] = first;
		}
	}

	private square(left: number, top: number, width: number): void {
		if (this.count === this.firstChild.length) this.reserve(this.count * 2);
		const s = this.count++;
		this.left[s] = left;
		this.top[s] = top;
		this.width[s] = width;
		this.firstChild[s] = -1;
		this.head[s] = -1;
	}

	/** Grows the square arrays to hold at least `size` squares, keeping those built. */
	private reserve(size: number): void {
		if (this.firstChild.length >= size) return;
		this.left = grown(this.left, size);
		this.top = grown(this.top, size);
		this.width = grown(this.width, size);
		this.firstChild = grown(this.firstChild, size);
		this.head = grown(this.head, size);
	}
}

/** The squares still to visit in a walk down the tree, last in first out, in an array reused from walk to walk. */
export class SquareStack {
	private squares = new Int32Array(64);
	size = 0;

	/** Starts a walk at the root. */
	reset(): void {
		this.squares[0] = 0;
		this.size = 1;
	}

	pop(): number {
		return this.squares[--this.size];
	}

	/** The four quarters of a square, the first numbered `first`. */
	pushQuarters(first: number): void {
		if (this.size + 4 > this.squares.length)
			this.squares = grown(this.squares, this.squares.length * 2);
		for (let q = 0; q < 4; q++) this.squares[this.size++] = first + q;
	}
}

export function grown<T extends Float64Array | Int32Array>(array: T, size: number): T {
	const bigger = new (array.constructor as new (size: number) => T)(size);
	bigger.set(array);
	return bigger;
}
