/** A layout's positions (x, y per slot) with the places the analyst set laid over them; the same array when none is set. */
export function withPlaces(
	xy: Float64Array,
	slotOf: ReadonlyMap<string, number>,
	places: ReadonlyMap<string, { x: number; y: number }>
): Float64Array {
	if (places.size === 0) return xy;
	const placed = new Float64Array(xy);
	for (const [id, place] of places) {
		const slot = slotOf.get(id);
		if (slot === undefined) continue;
		placed[2 * slot] = place.x;
		placed[2 * slot + 1] = place.y;
	}
	return placed;
}
