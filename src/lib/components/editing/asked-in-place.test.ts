import { describe, expect, it, vi } from 'vitest';
import { AskedInPlace } from './asked-in-place.svelte';

describe('a question asked in place', () => {
	it('is asked, and Keep takes it back and gives the focus back to its button', async () => {
		const asked = new AskedInPlace();
		const focus = vi.fn();
		asked.trigger = { focus } as unknown as HTMLButtonElement;
		asked.ask();
		expect(asked.asking).toBe(true);
		await asked.keep();
		expect(asked.asking).toBe(false);
		expect(focus).toHaveBeenCalledOnce();
	});

	it('is taken back by Escape alone, which goes no further than the question', () => {
		const asked = new AskedInPlace();
		asked.ask();
		const key = (name: string) =>
			({ key: name, stopPropagation: vi.fn() }) as unknown as KeyboardEvent;
		const enter = key('Enter');
		asked.onkeydown(enter);
		expect(asked.asking).toBe(true);
		expect(enter.stopPropagation).not.toHaveBeenCalled();
		const escape = key('Escape');
		asked.onkeydown(escape);
		expect(asked.asking).toBe(false);
		expect(escape.stopPropagation).toHaveBeenCalledOnce();
	});
});
