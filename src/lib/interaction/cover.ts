import type { Cover } from '$lib/layout/clear-areas';

/**
 * Tells, whenever it changes, where an element floating over the picture (a
 * dock) stands within `frame` (the picture's box): its rectangle in the
 * picture's pixels, or nothing once it is gone or hidden. Attach it to the
 * dock (`{@attach}`); it watches the dock's size, its row's (a dock moves
 * without changing size when its row narrows or rises) and the frame's.
 */
export function attachCover(
	frame: () => Element | null,
	report: (cover: Cover | undefined) => void
): (element: HTMLElement) => () => void {
	return (element) => {
		const measure = () => {
			const box = frame()?.getBoundingClientRect();
			const own = element.getBoundingClientRect();
			report(box && own.width > 0 && own.height > 0 ? coverWithin(own, box) : undefined);
		};
		const observer = new ResizeObserver(measure);
		observer.observe(element);
		if (element.parentElement) observer.observe(element.parentElement);
		const watched = frame();
		if (watched) observer.observe(watched);
		measure();
		return () => {
			observer.disconnect();
			report(undefined);
		};
	};
}

/** A rectangle of the page as it stands within `frame`. */
export function coverWithin(
	rect: { left: number; top: number; right: number; bottom: number },
	frame: { left: number; top: number }
): Cover {
	return {
		left: rect.left - frame.left,
		top: rect.top - frame.top,
		right: rect.right - frame.left,
		bottom: rect.bottom - frame.top
	};
}
