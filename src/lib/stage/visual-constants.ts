import type { ActorKind } from '$lib/model/schema';

/**
 * The look every drawing of a network shares — the explorer's SVG, the canvas
 * of a large network, the SVG and PNG export, the slides and the handout.
 * Sizes are in graph units (a screen pixel at zoom 1).
 */

/**
 * The system font stack, with the generic family last so every renderer finds
 * a face. Names are unquoted (valid CSS for names made of words): resvg 2.6
 * skips a quoted name that follows a comma and a space, and would miss
 * DejaVu Sans, the face most Linux renderers have.
 */
export const FONT_STACK =
	'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif';

/** An actor's circle by kind: states larger than organizations, people smallest. */
export const ACTOR_RADIUS: Readonly<Record<ActorKind, number>> = {
	state: 26,
	organization: 22,
	person: 16,
	other: 16
};

/** An actor's circle, code and name. */
export const ACTOR_SIZES = {
	/** The ring around a selected actor stands this far outside its circle. */
	ringGap: 4,
	ringWidth: 3,
	outline: 1.5,
	/** An actor the analyst placed by hand has a heavier outline on screen. */
	placedOutline: 2.5,
	codeSize: 12,
	codeWeight: 700,
	/** Letter spacing of the code, in units of its size. */
	codeSpacing: 0.04,
	nameSize: 13.5,
	nameWeight: 600,
	/** The name's baseline below the circle's edge: clear of the selection ring. */
	nameBaseline: 16,
	/** The halo behind a name that keeps it legible over lines. */
	nameHalo: 4
} as const;

/** A relation's line, its ends and its marks. */
export const RELATION_SIZES = {
	/** Lines stop this far short of an actor's circle. */
	gap: 3,
	arrowLength: 11,
	arrowHalfWidth: 5.5,
	/** The line stops this far into its arrowhead, so a heavy line cannot blunt the tip. */
	arrowInset: 0.7,
	barHalfLength: 9,
	/** A bar is drawn this much heavier than its line. */
	barExtraWidth: 1,
	/** Space between neighbouring curves of one pair, at their middle. */
	curveSpacing: 26,
	/** The "?" or "×" of doubt, in a small disc at the line's middle. */
	badgeRadius: 8,
	badgeFontSize: 11,
	badgeOutline: 1.5,
	/** A reported relation's empty bead at the line's middle: smaller than a badge of doubt. */
	beadRadius: 4,
	/** The halo of a selected relation is this much wider than its line. */
	haloExtraWidth: 8,
	/** A solid line of doubt is perforated: dots of the canvas's colour over it. */
	perforation: [3, 3] as readonly number[],
	/** The perforation's width: a share of the line's, at least `perforationMinimum`. */
	perforationShare: 0.6,
	perforationMinimum: 1.5,
	/** How wide a line takes the pointer on screen. */
	hitWidth: 16
} as const;

/** How strongly things are drawn. */
export const OPACITY = {
	/** An alleged or denied relation: never drawn as strongly as a confirmed one. */
	doubt: 0.65,
	/** What a selection (or a briefing step) sets aside. */
	fadedRelation: 0.2,
	fadedActor: 0.35,
	/** The halo of a selected relation. */
	halo: 0.18
} as const;

/** How much heavier lines are on a slide: they must carry across a room. */
export const SLIDE_LINE_SCALE = 1.6;

/**
 * Colours of the light theme, as a picture on paper or a slide has them. The
 * screen follows the system's theme with the same roles (src/app.css).
 */
export interface Palette {
	ink: string;
	muted: string;
	rule: string;
	canvas: string;
	link: string;
	actorFill: string;
	organizationFill: string;
}

export const LIGHT_PALETTE: Palette = {
	ink: '#1f1f1f',
	muted: '#5c5c5c',
	rule: '#dedede',
	canvas: '#ffffff',
	link: '#0a58a8',
	actorFill: '#f2f2f0',
	organizationFill: '#e6edf6'
};

/** The colour of a type that declares none. */
export const UNTYPED_COLOUR = '#6B6B6B';

/** The radius of an actor's circle. */
export function actorRadius(kind: ActorKind): number {
	return ACTOR_RADIUS[kind];
}

/** The largest circle any actor has: what framing keeps room for. */
export const LARGEST_RADIUS = Math.max(...Object.values(ACTOR_RADIUS));
