import sqlite, { type Database } from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeLog } from './change-log';

let database: Database;

beforeEach(async () => {
	database = new sqlite.Database(':memory:');
	await new Promise<void>((resolve, reject) =>
		database.run(
			'CREATE TABLE "changes" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "document" TEXT NOT NULL, "member" TEXT NOT NULL, "at" INTEGER NOT NULL, "change" BLOB NOT NULL)',
			(error: Error | null) => (error ? reject(error) : resolve())
		)
	);
});

afterEach(() => new Promise<void>((resolve) => database.close(() => resolve())));

const rows = () =>
	new Promise<{ member: string; change: Buffer }[]>((resolve, reject) =>
		database.all(
			'SELECT "member", "change" FROM "changes" ORDER BY "id"',
			(error: Error | null, found: { member: string; change: Buffer }[]) =>
				error ? reject(error) : resolve(found)
		)
	);

describe('ChangeLog', () => {
	it('has each change on disk when it resolves, in the order they came, many to a write', async () => {
		const log = new ChangeLog(database);
		let statements = 0;
		database.on('trace', (sql: string) => {
			if (sql.startsWith('INSERT')) statements += 1;
		});
		const kept = Array.from({ length: 500 }, (_, i) =>
			log.keep({ document: 'g', member: `m${i}`, at: i, change: new Uint8Array([i % 256, 1]) })
		);
		await kept[0];
		expect((await rows()).length).toBeGreaterThanOrEqual(1);
		await Promise.all(kept);
		const written = await rows();
		expect(written.map((row) => row.member)).toEqual(kept.map((_, i) => `m${i}`));
		expect([...written[300].change]).toEqual([300 % 256, 1]);
		// The first change is written alone; those that came meanwhile, together.
		expect(statements).toBeGreaterThanOrEqual(1);
		expect(statements).toBeLessThanOrEqual(3);
	});

	it('tells every change of a write that failed, and writes the next ones', async () => {
		const log = new ChangeLog(database);
		const refused = log.keep({
			document: null as unknown as string,
			member: 'm',
			at: 0,
			change: new Uint8Array([1])
		});
		await expect(refused).rejects.toThrow(/NOT NULL/);
		await log.keep({ document: 'g', member: 'after', at: 1, change: new Uint8Array([2]) });
		expect((await rows()).map((row) => row.member)).toEqual(['after']);
	});
});
