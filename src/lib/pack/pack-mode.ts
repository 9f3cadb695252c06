/** Set by vite.config.ts: true in the briefing pack's build only. */
declare const __TIES_PACK__: boolean;

/**
 * Whether this is the briefing pack: the read-only explorer and presentation
 * in one HTML file (TIES_BUILD=pack, see svelte.config.js). A constant of
 * the build, so the pack leaves out what it never shows (editing, the
 * library, opening files, exports) and everything they load.
 */
export const packMode: boolean = __TIES_PACK__;
