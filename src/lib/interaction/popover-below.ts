/** Which edges of a popover and its button line up: left (`start`) or right (`end`). */
export type Align = 'start' | 'end';

/** Where a popover is fixed in the window, in CSS pixels: its top, and its left or right. */
export type Placement = { top: number } & ({ left: number } | { right: number });

/** The gap between a button and its popover. */
const GAP = 6;
/** The least room kept between a popover and the window's edge. */
const MARGIN = 8;

/**
 * Where a popover `width` wide goes: just below its `button` (a box in window
 * coordinates), an edge lined up with the button's, and kept `MARGIN` inside a
 * window `windowWidth` wide. Where the window is too narrow for both edges,
 * the aligned one stays in.
 */
export function placeBelow(
	button: { bottom: number; left: number; right: number },
	width: number,
	windowWidth: number,
	align: Align
): Placement {
	const top = button.bottom + GAP;
	const inside = (edge: number) => Math.max(MARGIN, Math.min(edge, windowWidth - width - MARGIN));
	return align === 'start'
		? { top, left: inside(button.left) }
		: { top, right: inside(windowWidth - button.right) };
}

/**
 * Makes `popover` (an element with the `popover` attribute) open below the
 * button that opens it (`popovertarget` naming its id), and Escape in it
 * close it alone, not the panel behind. Returns what undoes this, as
 * `{@attach}` wants.
 */
export function attachPopoverBelow(popover: HTMLElement, align: Align): () => void {
	function place() {
		const button = document.querySelector(`[popovertarget="${CSS.escape(popover.id)}"]`);
		if (!button) return;
		const placement = placeBelow(
			button.getBoundingClientRect(),
			popover.offsetWidth,
			window.innerWidth,
			align
		);
		popover.style.top = `${placement.top}px`;
		// A panel taller than the room below its button scrolls inside, its every edge in the window.
		popover.style.maxHeight = `${Math.max(120, window.innerHeight - placement.top - MARGIN)}px`;
		if ('left' in placement) popover.style.left = `${placement.left}px`;
		else popover.style.right = `${placement.right}px`;
	}
	// Placed before it shows, so it never shows elsewhere; placed again once shown, when its width is known.
	function ontoggle(event: Event) {
		if ((event as ToggleEvent).newState === 'open') place();
	}
	function onkeydown(event: KeyboardEvent) {
		if (event.key === 'Escape') event.stopPropagation();
	}
	popover.addEventListener('beforetoggle', ontoggle);
	popover.addEventListener('toggle', ontoggle);
	popover.addEventListener('keydown', onkeydown);
	return () => {
		popover.removeEventListener('beforetoggle', ontoggle);
		popover.removeEventListener('toggle', ontoggle);
		popover.removeEventListener('keydown', onkeydown);
	};
}
