/**
 * Splits items of the given heights, in order, into at most `columns` columns
 * so that the tallest column is as short as it can be. Returns the index of
 * the first item of each column.
 */
export function flowIntoColumns(heights: readonly number[], columns: number): number[] {
	if (heights.length === 0) return [0];
	const fits = (capacity: number) => starts(heights, capacity).length <= columns;
	let low = Math.max(...heights);
	let high = heights.reduce((sum, height) => sum + height, 0);
	while (high - low > 0.5) {
		const middle = (low + high) / 2;
		if (fits(middle)) high = middle;
		else low = middle;
	}
	return starts(heights, high);
}

/** Where each column starts when a column holds at most `capacity`. */
function starts(heights: readonly number[], capacity: number): number[] {
	const result = [0];
	let filled = 0;
	heights.forEach((height, index) => {
		if (filled > 0 && filled + height > capacity) {
			result.push(index);
			filled = 0;
		}
		filled += height;
	});
	return result;
}
