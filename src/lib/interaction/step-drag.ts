/** A list item's vertical extent on screen. */
export interface RowSpan {
	top: number;
	bottom: number;
}

/**
 * The place a dragged row takes when let go at height `y`: that of the row
 * under the pointer (which moves aside), or the first or last place above
 * or below the list.
 */
export function dropPlace(y: number, rows: readonly RowSpan[]): number {
	if (rows.length === 0) return 0;
	const under = rows.findIndex((row) => y < row.bottom);
	return under === -1 ? rows.length - 1 : under;
}

export interface StepDragOptions {
	/** The rows of the list, in order; the dragged one among them. */
	rows: () => HTMLElement[];
	/** The row dragged is over place `to` (none when the drag ended). */
	onover: (from: number, to: number | undefined) => void;
	/** The row at `from` was let go at place `to`. */
	onmove: (from: number, to: number) => void;
}

/**
 * Dragging a row's handle with a mouse, a pen or a finger moves the row: the
 * handle keeps the pointer while it is pressed, the place under it is shown
 * as it moves, and letting go moves the step there. Keys do the same
 * elsewhere (Move up, Move down), so the drag is the pointer's way only.
 */
export function attachStepDrag(
	handle: HTMLElement,
	from: () => number,
	options: StepDragOptions
): () => void {
	let dragging = false;
	const spans = () => options.rows().map((row) => row.getBoundingClientRect());

	function down(event: PointerEvent) {
		if (event.button !== 0) return;
		event.preventDefault();
		dragging = true;
		handle.setPointerCapture(event.pointerId);
		options.onover(from(), from());
	}
	function move(event: PointerEvent) {
		if (!dragging) return;
		options.onover(from(), dropPlace(event.clientY, spans()));
	}
	function up(event: PointerEvent) {
		if (!dragging) return;
		dragging = false;
		const to = dropPlace(event.clientY, spans());
		options.onover(from(), undefined);
		if (to !== from()) options.onmove(from(), to);
	}
	function cancel() {
		if (!dragging) return;
		dragging = false;
		options.onover(from(), undefined);
	}

	handle.addEventListener('pointerdown', down);
	handle.addEventListener('pointermove', move);
	handle.addEventListener('pointerup', up);
	handle.addEventListener('pointercancel', cancel);
	return () => {
		handle.removeEventListener('pointerdown', down);
		handle.removeEventListener('pointermove', move);
		handle.removeEventListener('pointerup', up);
		handle.removeEventListener('pointercancel', cancel);
	};
}
