import { describe, expect, it, vi } from 'vitest';
import { attachFlushOnHide } from './flush-on-hide';

function page() {
	const document = Object.assign(new EventTarget(), {
		visibilityState: 'visible' as DocumentVisibilityState
	});
	return { window: new EventTarget(), document };
}

describe('attachFlushOnHide', () => {
	it('flushes when the page is about to be left, left or hidden, not when it is shown', () => {
		const target = page();
		const autosave = { leaving: vi.fn(async () => {}) };
		attachFlushOnHide(autosave, target);
		target.window.dispatchEvent(new Event('beforeunload'));
		expect(autosave.leaving).toHaveBeenCalledTimes(1);
		target.window.dispatchEvent(new Event('pagehide'));
		expect(autosave.leaving).toHaveBeenCalledTimes(2);
		target.document.dispatchEvent(new Event('visibilitychange'));
		expect(autosave.leaving).toHaveBeenCalledTimes(2);
		target.document.visibilityState = 'hidden';
		target.document.dispatchEvent(new Event('visibilitychange'));
		expect(autosave.leaving).toHaveBeenCalledTimes(3);
	});

	it('asks for no leave-page prompt', () => {
		const target = page();
		attachFlushOnHide({ leaving: async () => {} }, target);
		const leaving = new Event('beforeunload', { cancelable: true });
		target.window.dispatchEvent(leaving);
		expect(leaving.defaultPrevented).toBe(false);
	});

	it('stops listening once detached', () => {
		const target = page();
		const autosave = { leaving: vi.fn(async () => {}) };
		const detach = attachFlushOnHide(autosave, target);
		detach();
		target.document.visibilityState = 'hidden';
		target.window.dispatchEvent(new Event('beforeunload'));
		target.window.dispatchEvent(new Event('pagehide'));
		target.document.dispatchEvent(new Event('visibilitychange'));
		expect(autosave.leaving).not.toHaveBeenCalled();
	});
});
