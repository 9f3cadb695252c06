import { describe, expect, it } from 'vitest';
import { StorageProblem } from './graph-store';
import {
	NEWER_MESSAGE,
	QUOTA_MESSAGE,
	storageProblemOf,
	UNAVAILABLE_MESSAGE
} from './storage-problem';

describe('storageProblemOf', () => {
	it('says the storage is full for a quota error, in both spellings', () => {
		for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
			const problem = storageProblemOf(new DOMException('quota', name));
			expect(problem).toBeInstanceOf(StorageProblem);
			expect(problem.reason).toBe('quota');
			expect(problem.message).toBe(QUOTA_MESSAGE);
			expect(problem.message).toMatch(/^Your browser's storage for Ties is full/);
		}
	});

	it('says the browser keeps no graphs when opening fails, whatever the error', () => {
		const problem = storageProblemOf(new DOMException('mutation', 'InvalidStateError'), true);
		expect(problem.reason).toBe('unavailable');
		expect(problem.message).toBe(UNAVAILABLE_MESSAGE);
		expect(storageProblemOf(new Error('no IndexedDB'), true).reason).toBe('unavailable');
		expect(storageProblemOf(new DOMException('denied', 'SecurityError')).reason).toBe(
			'unavailable'
		);
	});

	it('asks for a reload when a newer Ties upgraded the database', () => {
		const problem = storageProblemOf(new DOMException('version', 'VersionError'), true);
		expect(problem).toMatchObject({ reason: 'unavailable', message: NEWER_MESSAGE });
	});

	it('calls anything else a failure worth another try, and keeps the cause', () => {
		const cause = new DOMException('disk', 'UnknownError');
		const problem = storageProblemOf(cause);
		expect(problem.reason).toBe('failed');
		expect(problem.message).toMatch(/try again/);
		expect(problem.cause).toBe(cause);
		expect(storageProblemOf('a string').reason).toBe('failed');
	});

	it('passes a StorageProblem through unchanged', () => {
		const problem = new StorageProblem('said already', 'quota');
		expect(storageProblemOf(problem)).toBe(problem);
	});
});
