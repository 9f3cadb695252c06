import { selection } from 'd3-selection';

/**
 * Stands in for d3-transition, which d3-zoom imports only to stop a running
 * zoom animation before a new gesture. Ties animates no camera through d3
 * (camera moves are instant or CSS-eased), so there is never one to stop,
 * and the page is spared d3-transition, d3-color, d3-ease and most of
 * d3-interpolate: about 8 kB of its first-load JavaScript. Wired in
 * vite.config.ts as an alias of `d3-transition`.
 */
export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
	this: unknown
) {
	return this;
};
