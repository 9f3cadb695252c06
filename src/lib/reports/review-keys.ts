/** What a key does in the review of a report's proposals. */
export type ReviewAction = 'accept' | 'reject' | 'edit' | 'next' | 'previous';

/** The keys of the review, as the panel lists them. */
export const REVIEW_KEYS: readonly { keys: string[]; action: ReviewAction; label: string }[] = [
	{ keys: ['A'], action: 'accept', label: 'Accept' },
	{ keys: ['R'], action: 'reject', label: 'Reject' },
	{ keys: ['E'], action: 'edit', label: 'Edit the type' },
	{ keys: ['J', '↓'], action: 'next', label: 'Next' },
	{ keys: ['K', '↑'], action: 'previous', label: 'Previous' }
];

const ACTIONS: Readonly<Record<string, ReviewAction>> = {
	a: 'accept',
	r: 'reject',
	e: 'edit',
	j: 'next',
	ArrowDown: 'next',
	k: 'previous',
	ArrowUp: 'previous'
};

/** What is typed into: keys there are the field's own. */
const TYPING =
	'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"]), textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * The action of a key pressed in the review, or none: A accepts, R rejects,
 * E edits the type, J or ↓ goes to the next proposal to review, K or ↑ to the
 * previous one. Keys with Ctrl, Cmd or Alt stay the browser's and the
 * explorer's (Ctrl+Z undoes); in a field being typed in, every key is the
 * field's.
 */
export function reviewAction(
	press: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
	typing: boolean
): ReviewAction | undefined {
	if (typing || press.ctrlKey || press.metaKey || press.altKey) return undefined;
	const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
	return ACTIONS[key];
}

/** Whether a key pressed on `target` is typed into a field. */
export function isTyping(target: EventTarget | null): boolean {
	return typeof Element !== 'undefined' && target instanceof Element && !!target.closest(TYPING);
}
