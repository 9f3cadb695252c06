import type { Editing, Explorer } from '$lib/state/explorer.svelte';

/** The control that opened the form: it takes the focus back when the form closes unsaved. */
let opener: HTMLElement | null = null;

/** Opens a form, remembering which control opened it. */
export function openForm(explorer: Explorer, editing: Editing, from: EventTarget | null): void {
	if (from instanceof HTMLElement) opener = from;
	explorer.openEditor(editing);
}

/** Gives the focus back to the control that opened the form, if it is still there. */
export function returnFocus(): void {
	if (opener?.isConnected) opener.focus();
	opener = null;
}
