/**
 * What the graph file takes for an id, an ISO 3166 code and an actor's own
 * code: one definition, read by the schema, by its quick check, and by the
 * readers of other tools' files that keep a value only when the file takes it.
 */

/** Lower-case letters, digits, ".", "_" or "-", led by a letter or a digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const ID_LENGTH = 100;
/** Two or three capital letters: `KP`, `PRK`. */
export const ISO_3166_PATTERN = /^[A-Z]{2,3}$/;
/** The short code drawn inside an actor: 1 to 5 letters or digits. */
export const ACTOR_CODE_PATTERN = /^[A-Za-z0-9]{1,5}$/;

/** Whether `text` is an id the graph file takes as it is. */
export function isGraphId(text: string): boolean {
	return text.length <= ID_LENGTH && ID_PATTERN.test(text);
}
