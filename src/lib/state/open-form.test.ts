import { describe, expect, it } from 'vitest';
import { OpenForm } from './open-form.svelte';

describe('OpenForm', () => {
	it('has no form open at first', () => {
		expect(new OpenForm().editing).toBeNull();
	});

	it('opens one form at a time: opening another replaces the first', () => {
		const form = new OpenForm();
		form.open({ kind: 'relation', from: 'prk' });
		expect(form.editing).toEqual({ kind: 'relation', from: 'prk' });
		form.open({ kind: 'evidence', relationId: 'chn-prk-trade', index: 1 });
		expect(form.editing).toEqual({ kind: 'evidence', relationId: 'chn-prk-trade', index: 1 });
	});

	it('opens the graph’s details and its relation types, with a new type to fill in', () => {
		const form = new OpenForm();
		form.open({ kind: 'details' });
		expect(form.editing).toEqual({ kind: 'details' });
		form.open({ kind: 'types', adding: true });
		expect(form.editing).toEqual({ kind: 'types', adding: true });
	});

	it('closes the form, dropping what it held', () => {
		const form = new OpenForm();
		form.open({ kind: 'actor', id: 'prk' });
		form.close();
		expect(form.editing).toBeNull();
	});

	it('opens no form on a graph that may not be changed', () => {
		let mayEdit = false;
		const form = new OpenForm(() => mayEdit);
		form.open({ kind: 'actor' });
		expect(form.editing).toBeNull();
		mayEdit = true;
		form.open({ kind: 'actor' });
		expect(form.editing).toEqual({ kind: 'actor' });
	});
});
