import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { readPalette, screenPalette } from './screen-palette.svelte';

/** A page whose styles set these custom properties, as app.css does for a theme. */
function styledWith(properties: Record<string, string>) {
	vi.stubGlobal('getComputedStyle', () => ({
		getPropertyValue: (name: string) => properties[name] ?? ''
	}));
	return {} as Element;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('readPalette', () => {
	it('takes each colour from the page’s theme', () => {
		const element = styledWith({
			'--ink': ' #f0f0f0 ',
			'--canvas': '#121212',
			'--actor-fill': '#2a2a2a',
			'--actor-fill-org': '#33302a'
		});
		expect(readPalette(element)).toEqual({
			...LIGHT_PALETTE,
			ink: '#f0f0f0',
			canvas: '#121212',
			actorFill: '#2a2a2a',
			organizationFill: '#33302a'
		});
	});

	it('falls back to the light palette for a colour the styles do not set', () => {
		expect(readPalette(styledWith({}))).toEqual(LIGHT_PALETTE);
	});
});

describe('screenPalette', () => {
	it('is the light palette where there is no page to follow (prerendering)', () => {
		const stop = screenPalette.follow();
		expect(screenPalette.current).toEqual(LIGHT_PALETTE);
		stop();
	});
});
