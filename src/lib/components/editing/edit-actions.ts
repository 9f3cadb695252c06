/**
 * The editing buttons the explorer shows outside the forms: in the top bar,
 * the Evidence panel and each evidence item. One module, so they load as one
 * small chunk just after the page, and none of them weighs on its first load.
 */
export { default as EditButtons } from './EditButtons.svelte';
export { default as EvidenceActions } from './EvidenceActions.svelte';
export { default as RecordActions } from './RecordActions.svelte';
