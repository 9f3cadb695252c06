/** A part of the exported picture that knows its size before it is placed: header, legend, footer. */
export interface SvgBlock {
	width: number;
	height: number;
	/** Its markup with its top left corner at (x, y). */
	draw(x: number, y: number): string;
}
