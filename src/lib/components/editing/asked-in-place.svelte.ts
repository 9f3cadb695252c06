import { tick } from 'svelte';

/**
 * A question asked in place of the button that asks it (delete this?).
 * Keep, or Escape anywhere in the question, takes it back and gives the
 * focus back to the button.
 */
export class AskedInPlace {
	asking = $state(false);
	/** The button that asks, to take the focus back. */
	trigger: HTMLButtonElement | undefined = $state();

	ask = () => {
		this.asking = true;
	};

	keep = async () => {
		this.asking = false;
		await tick();
		this.trigger?.focus();
	};

	onkeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape') return;
		// Escape takes back the question, not the panel or form around it.
		event.stopPropagation();
		this.keep();
	};
}
