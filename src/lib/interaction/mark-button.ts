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
