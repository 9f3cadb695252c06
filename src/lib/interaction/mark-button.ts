/**
 * The keys that press a mark of the picture (an actor, a relation) made a
 * button: Enter and Space, as on any button. The mark's element also takes
 * `role="button"`, a `tabindex`, its name and its pressed state.
 */
export function pressKeys(press: () => void): (event: KeyboardEvent) => void {
	return (event) => {
		if (event.key !== 'Enter' && event.key !== ' ') return;
		event.preventDefault();
		press();
	};
}

/**
 * How long after a click a second one makes it a double-click: what a click
 * sets off in the view (the panel opening, the camera moving) waits this
 * long, so that the second click lands where the first did.
 */
export const DOUBLE_CLICK_MS = 350;
