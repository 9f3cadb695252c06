/**
 * A coordinate as a number other tools parse: to a millionth of a unit, so
 * that a vanishing value such as 5e-324 is written 0 (igraph refuses to parse
 * a number that small) and no position is written in exponent notation.
 */
export function coordinateText(value: number): string {
	const rounded = Math.round(value * 1e6) / 1e6;
	return rounded === 0 ? '0' : String(rounded);
}
