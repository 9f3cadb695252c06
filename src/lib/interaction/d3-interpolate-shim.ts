/**
 * Stands in for d3-interpolate, which d3-zoom imports only for
 * `interpolateZoom`, the path of an animated zoom transition. Ties animates
 * no camera through d3 (d3-transition is shimmed away too), so the
 * interpolation is never run; should it be, it jumps straight to the end,
 * as every camera move here does. The page is spared d3-interpolate and the
 * d3-color it pulls in: about 3 kB of its first-load JavaScript, gzipped.
 * Wired in vite.config.ts as an alias of `d3-interpolate`.
 */
type View = [x: number, y: number, size: number];

export function interpolateZoom(
	_from: View,
	to: View
): ((t: number) => View) & { duration: number } {
	return Object.assign(() => to, { duration: 0 });
}
