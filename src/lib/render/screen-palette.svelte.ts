import { LIGHT_PALETTE, type Palette } from '$lib/stage/visual-constants';

/** The CSS custom property of each colour role, as src/app.css sets them for the system's theme. */
const PROPERTIES: Record<keyof Palette, string> = {
	ink: '--ink',
	muted: '--muted',
	rule: '--rule',
	canvas: '--canvas',
	link: '--link',
	actorFill: '--actor-fill',
	organizationFill: '--actor-fill-org'
};

/** The palette a page's styles give `element`: the screen's theme, light or dark. */
export function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const palette = { ...LIGHT_PALETTE };
	for (const [role, property] of Object.entries(PROPERTIES) as [keyof Palette, string][]) {
		palette[role] = style.getPropertyValue(property).trim() || LIGHT_PALETTE[role];
	}
	return palette;
}

/**
 * The screen's palette, read from the page's styles and read again when the
 * system's theme changes. Drawings on screen take their colours from it; a
 * picture meant for paper or a slide takes the light palette.
 */
class ScreenPalette {
	current: Palette = $state.raw(LIGHT_PALETTE);
	private watching = false;

	/** Starts following the page's theme (in a browser); returns the way to stop. */
	follow(): () => void {
		if (typeof window === 'undefined' || this.watching) return () => {};
		this.watching = true;
		const read = () => (this.current = readPalette(document.documentElement));
		read();
		const scheme = matchMedia('(prefers-color-scheme: dark)');
		scheme.addEventListener('change', read);
		return () => {
			scheme.removeEventListener('change', read);
			this.watching = false;
		};
	}
}

export const screenPalette = new ScreenPalette();
