import { ACTOR_SIZES, FONT_STACK, RELATION_SIZES } from '$lib/stage/visual-constants';
import type { DrawingPace } from './drawing-pace';

/** The fonts a drawing on the canvas writes in: actors' names and codes, relations' badges. */
export const NAME_FONT = `${ACTOR_SIZES.nameWeight} ${ACTOR_SIZES.nameSize}px ${FONT_STACK}`;
export const CODE_FONT = `${ACTOR_SIZES.codeWeight} ${ACTOR_SIZES.codeSize}px ${FONT_STACK}`;
export const BADGE_FONT = `700 ${RELATION_SIZES.badgeFontSize}px ${FONT_STACK}`;
const CANVAS_FONTS = [NAME_FONT, CODE_FONT, BADGE_FONT];

/** Where a font is written before any drawing needs it: a few pixels no one sees. */
export type ScratchContext = Pick<
	CanvasRenderingContext2D,
	'font' | 'lineWidth' | 'strokeText' | 'fillText' | 'getImageData'
>;

/**
 * Writes a word in each font a drawing writes in, each in a task of its own,
 * on a scratch canvas, and tells `pace` the font is ready. The first text
 * drawn in a font makes the browser load the font's faces for drawing, 20 to
 * 50 ms once on this machine: in a frame beside the drawing of a running
 * layout, that made a task of 55 ms the analyst sees as a stutter, when the
 * first names of a 1,000-actor network came into view. Called once the first
 * picture is shown; a font a drawing has already written in is left alone.
 */
export function prepareFonts(
	pace: DrawingPace,
	scratch: () => ScratchContext = scratchContext,
	later: (task: () => void) => void = (task) => setTimeout(task)
): void {
	for (const font of CANVAS_FONTS)
		later(() => {
			if (!pace.firstTextIn(font)) return;
			const context = scratch();
			context.font = font;
			context.lineWidth = ACTOR_SIZES.nameHalo;
			context.strokeText('Ag', 2, 20);
			context.fillText('Ag', 2, 20);
			// Reading a pixel makes the browser draw the text now, in this task.
			context.getImageData(0, 0, 1, 1);
		});
}

let scratchCanvas: ScratchContext | undefined;

function scratchContext(): ScratchContext {
	scratchCanvas ??= new OffscreenCanvas(32, 32).getContext('2d', { willReadFrequently: true })!;
	return scratchCanvas;
}
