/**
 * The top bar's actions that the first picture can do without: Find, Open
 * file and Export. One module, so they load as one small chunk just after the
 * page, like the editing buttons, and weigh nothing on its first load.
 */
export { default as ExportMenu } from './ExportMenu.svelte';
export { default as FindField } from './FindField.svelte';
export { default as OpenGraph } from './OpenGraph.svelte';
