import type { Database } from 'sqlite3';

/** One change as the History keeps it: which document, who sent it, when, and the Yjs update. */
export interface KeptChange {
	document: string;
	member: string;
	at: number;
	change: Uint8Array;
}

/** SQLite allows 32,766 parameters in a statement; each change takes four. */
const ROWS_PER_STATEMENT = 8000;

/**
 * The History's writer: each change is on disk when `keep` resolves. Changes
 * that arrive while a write is under way wait for the next, which writes them
 * all in one statement (a group commit): under load, one disk write serves
 * many changes, and none waits for more than the write before it.
 */
export class ChangeLog {
	private waiting: { kept: KeptChange; done: (error?: Error) => void }[] = [];
	private writing = false;

	constructor(private readonly database: Database) {}

	keep(kept: KeptChange): Promise<void> {
		return new Promise((resolve, reject) => {
			this.waiting.push({ kept, done: (error) => (error ? reject(error) : resolve()) });
			if (!this.writing) void this.write();
		});
	}

	private async write(): Promise<void> {
		this.writing = true;
		while (this.waiting.length > 0) {
			const batch = this.waiting.splice(0, ROWS_PER_STATEMENT);
			const error = await this.insert(batch.map((waiting) => waiting.kept));
			for (const waiting of batch) waiting.done(error);
		}
		this.writing = false;
	}

	private insert(rows: KeptChange[]): Promise<Error | undefined> {
		const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
		const parameters = rows.flatMap((row) => [
			row.document,
			row.member,
			row.at,
			Buffer.from(row.change)
		]);
		return new Promise((resolve) =>
			this.database.run(
				`INSERT INTO "changes" ("document", "member", "at", "change") VALUES ${values}`,
				parameters,
				(error: Error | null) => resolve(error ?? undefined)
			)
		);
	}
}
