/**
 * What the /bench page reports through `window.__bench`. Other tools measure
 * Ties through this shape: keep it stable, add fields rather than change them.
 */
export interface BenchResult {
	ok: boolean;
	target: 'ties';
	n: number;
	edges: number;
	/** From the graph in memory to the end of the first frame showing every actor, relation and name. */
	firstPaintMs: number;
	/** From the graph in memory to the end of the frame showing the layout cooled below alphaMin. */
	settleMs: number;
	/** Whether settling was cut off at the cap; settleMs is then the cap. */
	settleCapped: boolean;
	/** With a capped settle, the time it would take, projected from the time per tick so far. */
	settleProjectedMs: number;
	/** Frame times while the layout is held hot (alphaTarget 0.3), 120 frames after 5 warm-up. */
	frameMedianMs: number;
	frameP95Ms: number;
	/** Main-thread work per hot frame: drawing (and, for SVG, applying the frame to the page). */
	frameWorkMedianMs: number;
	frameMode: 'hot-layout';
	notes: string[];
	/** Frame times while panning and zooming the settled picture. */
	panZoomFrameMedianMs?: number;
	/** Time to export the settled picture as SVG, and the file's size. */
	svgExportMs?: number;
	svgBytes?: number;
	renderer?: 'svg' | 'canvas';
	error?: string;
}

/** The compute-only baseline: d3-force alone, the same simulation for the same 300 ticks, no page. */
export interface BaselineResult {
	ok: boolean;
	target: 'd3-force';
	n: number;
	edges: number;
	ticks: number;
	computeMs: number;
}
