/**
 * Stands in the briefing pack for the modules it leaves out (see
 * LEFT_OUT_OF_PACK in vite.config.ts): nothing in the pack ever loads it.
 */
export default undefined;
