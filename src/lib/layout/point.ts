/** A place in graph coordinates (before the camera's pan and zoom). */
export interface Point {
	x: number;
	y: number;
}

/** Where each actor stands, by actor id. */
export type Positions = ReadonlyMap<string, Point>;
