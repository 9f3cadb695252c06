import type { Autosave } from './autosave';

/**
 * Saves at once when the page is hidden or left (tab switched or closed,
 * reload, phone locked), so nothing on screen is lost. Returns the function
 * that detaches it; fits `$effect(() => attachFlushOnHide(autosave))`.
 *
 * `beforeunload` is the one that counts on reload: Chromium aborts database
 * writes begun in `pagehide`, when the page is already being torn down, but
 * lets those begun in `beforeunload` finish while the next page loads. No
 * leave-page prompt is asked for.
 */
export function attachFlushOnHide(
	autosave: Pick<Autosave, 'leaving'>,
	target:
		| { window: EventTarget; document: EventTarget & Pick<Document, 'visibilityState'> }
		| undefined = typeof window === 'undefined' ? undefined : { window, document }
): () => void {
	// Away from a browser (a test, the build) there is no page to leave.
	if (!target) return () => {};
	const flush = () => void autosave.leaving();
	const flushIfHidden = () => {
		if (target.document.visibilityState === 'hidden') flush();
	};
	target.window.addEventListener('beforeunload', flush);
	target.window.addEventListener('pagehide', flush);
	target.document.addEventListener('visibilitychange', flushIfHidden);
	return () => {
		target.window.removeEventListener('beforeunload', flush);
		target.window.removeEventListener('pagehide', flush);
		target.document.removeEventListener('visibilitychange', flushIfHidden);
	};
}
