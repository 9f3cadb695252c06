import { describe, expect, it } from 'vitest';
import { forceNote, undatedNote } from './force-words';

const treaty = { signed: '2024-06-19', since: '2024-12-04' };

describe('forceNote', () => {
	it('says a treaty signed but not yet in force is just that', () => {
		expect(forceNote(treaty, '2024-10-06')).toBe('signed, not yet in force as of 6 Oct 2024');
	});

	it('says nothing of a relation in force, or of one without dates', () => {
		expect(forceNote(treaty, '2025')).toBeUndefined();
		expect(forceNote({ since: '1949-10-06' }, '2024-10-06')).toBeUndefined();
		expect(forceNote({}, '1949')).toBeUndefined();
	});

	it('says when a relation had not begun or had ended', () => {
		expect(forceNote(treaty, '2023')).toBe('not yet signed as of 2023');
		expect(forceNote({ since: '2024-12-04' }, '2024-10-06')).toBe(
			'not yet in force as of 6 Oct 2024'
		);
		expect(forceNote({ since: '2009', until: '2024-04-30' }, '2024-10-06')).toBe(
			'no longer in force as of 6 Oct 2024'
		);
	});

	it('does not claim a relation known only to be signed is out of force', () => {
		expect(forceNote({ signed: '2024-06-19' }, '2024-10-06')).toBe(
			'signed by 6 Oct 2024; not known to be in force'
		);
	});
});

describe('undatedNote', () => {
	it('says how many undated relations a past date leaves out, and why', () => {
		expect(undatedNote(2, '1949-12-31')).toBe(
			'2 undated relations are not shown as of 31 Dec 1949: when they began is not known'
		);
		expect(undatedNote(1, '1949-12-31')).toBe(
			'1 undated relation is not shown as of 31 Dec 1949: when it began is not known'
		);
	});

	it('says nothing when none are left out', () => {
		expect(undatedNote(0, '1949-12-31')).toBeUndefined();
	});
});
