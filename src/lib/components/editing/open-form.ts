import type { Editing, OpenForm } from '$lib/state/open-form.svelte';

/** The control that opened the form: it takes the focus back when the form closes unsaved. */
let opener: HTMLElement | null = null;

/** Opens a form, remembering which control opened it. */
export function openForm(form: OpenForm, editing: Editing, from: EventTarget | null): void {
	if (from instanceof HTMLElement) opener = from;
	form.open(editing);
}

/** Gives the focus back to the control that opened the form, if it is still there. */
export function returnFocus(): void {
	if (opener?.isConnected) opener.focus();
	opener = null;
}
