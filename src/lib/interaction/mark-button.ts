/**
 * What makes a mark of the picture (an actor, a relation) a button: focusable,
 * named for screen readers, pressed while selected, and activated by a click,
 * Enter or Space. Spread onto the mark's element.
 */
export function markButton(label: string, pressed: boolean, activate: () => void) {
	return {
		role: 'button' as const,
		tabindex: 0,
		'aria-label': label,
		'aria-pressed': pressed,
		onclick: activate,
		onkeydown: (event: KeyboardEvent) => {
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			activate();
		}
	};
}
