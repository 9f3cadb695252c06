/**
 * The export's colours and type: the light theme of the screen (src/app.css),
 * written out, since a standalone file can use no CSS variables.
 */
export const INK = '#1f1f1f';
export const MUTED = '#5c5c5c';
export const RULE = '#dedede';
export const CANVAS = '#ffffff';
export const LINK = '#0a58a8';
export const ACTOR_FILL = '#f2f2f0';
export const ORGANIZATION_FILL = '#e6edf6';

/**
 * The system font stack, with the generic family last so every renderer finds
 * a face. Names are unquoted (valid CSS for names made of words): resvg 2.6
 * skips a quoted name that follows a comma and a space, and would miss
 * DejaVu Sans, the face most Linux renderers have.
 */
export const FONT_STACK =
	'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif';
