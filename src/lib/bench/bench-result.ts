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
	/**
	 * Main-thread work per hot frame: drawing (and, for SVG, applying the frame to the page); a
	 * canvas drawn by a worker leaves the page only the positions to hand on.
	 */
	frameWorkMedianMs: number;
	/** Whole pictures shown per second while the layout is held hot (canvas): how closely the picture follows it. */
	hotPicturesPerSecond?: number;
	frameMode: 'hot-layout';
	notes: string[];
	/** Frame times while panning and zooming the settled picture. */
	panZoomFrameMedianMs?: number;
	/** Time to export the settled picture as SVG, and the file's size. */
	svgExportMs?: number;
	svgBytes?: number;
	renderer?: 'svg' | 'canvas';
	/** The page's longest task (over 50 ms) from the graph in memory until settled; 0 if none. */
	longestTaskMs?: number;
	/** How many tasks over 50 ms the page ran meanwhile. */
	longTasks?: number;
	/** What each of those tasks was spent on, in words (see LongTasks.causesSince). */
	longTaskCauses?: string[];
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
	/** Whether it was cut off and the time for 300 ticks projected from those done. */
	projected?: boolean;
}

/** graphology's ForceAtlas2 in a worker, as Gephi Lite runs it, for 300 iterations. */
export interface ForceAtlas2Result {
	ok: boolean;
	target: 'forceatlas2';
	n: number;
	edges: number;
	iterations: number;
	computeMs: number;
	projected: boolean;
	/** The page's longest task (over 50 ms) meanwhile, applying positions to the graph; 0 if none. */
	longestTaskMs: number;
}

/** force-graph's first picture of the same file. */
export interface ForceGraphResult {
	ok: boolean;
	target: 'force-graph';
	n: number;
	edges: number;
	firstPaintMs: number;
}
