import { describe, expect, it } from 'vitest';
import { VERSIONS_SIZE_LIMIT, versionsToDrop, type VersionSummary } from './graph-versions';

const version = (key: number, kept: string, size = 100): VersionSummary => ({
	key,
	graphId: 'a',
	saved: kept,
	kept,
	change: '',
	reason: 'hour',
	actors: 0,
	relations: 0,
	size
});

describe('versionsToDrop', () => {
	const now = new Date('2025-03-01T00:00:00Z');

	it('lets go of versions kept more than 30 days ago', () => {
		const versions = [
			version(1, '2025-01-01T00:00:00Z'),
			version(2, '2025-01-29T23:00:00Z'),
			version(3, '2025-02-15T00:00:00Z')
		];
		expect(versionsToDrop(versions, now)).toEqual([1, 2]);
	});

	it('keeps the newest even when it is older than 30 days', () => {
		expect(versionsToDrop([version(1, '2024-01-01T00:00:00Z')], now)).toEqual([]);
	});

	it('lets go of the oldest while all together are over the size limit', () => {
		const half = VERSIONS_SIZE_LIMIT / 2;
		const versions = [1, 2, 3, 4, 5].map((key) => version(key, '2025-02-20T00:00:00Z', half));
		// Five halves of the limit: the three oldest go, and the two left make the limit, not more.
		expect(versionsToDrop(versions, now)).toEqual([1, 2, 3]);
	});
});
