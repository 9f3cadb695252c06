import { boundsOf, fitCamera, type Bounds, type Camera, type Viewport } from '$lib/layout/camera';
import type { Point } from '$lib/layout/point';

export interface StepCameraOptions {
	/** Room kept around what is framed, in picture units. */
	margin?: number;
	/** The closest the camera comes: a small network is drawn large, but not huge. */
	maxScale?: number;
	/**
	 * The scale from which names read from the back of the room. A network
	 * that fits the picture at this scale stays whole on every step; a larger
	 * one is zoomed to each step's focus.
	 */
	readable?: number;
}

/**
 * The camera of a step. The layout never moves; only this camera does, and
 * as little as it can: when the whole network fits the picture at a
 * readable scale, every actor stays in sight (and in the same place) on
 * every step, the camera only leaning toward the focus where the picture has
 * room to spare; when it does not, the camera frames the step's actors in
 * focus and lets the rest go past the edges. No actor in focus: the whole.
 */
export function stepCamera(
	positions: ReadonlyMap<string, Point>,
	focusActors: ReadonlySet<string>,
	picture: Viewport,
	{ margin = 40, maxScale = 2.4, readable = 1.1 }: StepCameraOptions = {}
): Camera {
	const whole = boundsOf(positions.values());
	const overview = fitCamera(whole, picture, { margin, maxScale });
	const focus = [...focusActors].flatMap((id) => {
		const place = positions.get(id);
		return place ? [place] : [];
	});
	if (focus.length === 0) return overview;
	const framed = fitCamera(boundsOf(focus), picture, { margin, maxScale });
	if (overview.k < readable) return framed;
	return keepWhole(
		{ ...framed, k: Math.min(framed.k, overview.k) },
		framed,
		whole,
		picture,
		margin
	);
}

/**
 * `camera` moved, without zooming, as close as it can come to centring what
 * `framed` centres while keeping all of `whole` inside the picture.
 */
function keepWhole(
	camera: Camera,
	framed: Camera,
	whole: Bounds,
	picture: Viewport,
	margin: number
): Camera {
	const { k } = camera;
	// The graph point `framed` puts in the middle of the picture.
	const middle = {
		x: (picture.width / 2 - framed.x) / framed.k,
		y: (picture.height / 2 - framed.y) / framed.k
	};
	const axis = (centre: number, size: number, low: number, high: number) => {
		const wanted = size / 2 - k * centre;
		// The translations that keep [low, high] within [margin, size - margin].
		const least = margin - k * low;
		const most = size - margin - k * high;
		if (least > most) return (least + most) / 2;
		return Math.min(most, Math.max(least, wanted));
	};
	return {
		k,
		x: axis(middle.x, picture.width, whole.minX, whole.maxX),
		y: axis(middle.y, picture.height, whole.minY, whole.maxY)
	};
}
