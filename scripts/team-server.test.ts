import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveTeam, teamClient, until, type TeamClient } from '../tests/fixtures/team-client';

/**
 * `npm run server` as a team runs it, in a process of its own: killed with
 * SIGKILL in the middle of a stream of changes and started again on the same
 * data folder, it still has every change it acknowledged.
 */

const token = 'ana-token-0123456789';
let folder: string;
const processes: ChildProcess[] = [];
const clients: TeamClient[] = [];

afterEach(() => {
	for (const made of clients.splice(0)) made.leave();
	for (const child of processes.splice(0)) child.kill('SIGKILL');
	rmSync(folder, { recursive: true, force: true });
});

/** Resolves once the Redis on `port` answers PING: started, not only spawned. */
async function redisAnswers(port: number, ms = 10_000): Promise<void> {
	const pong = () =>
		new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
			socket.once('data', (data) => {
				socket.destroy();
				resolve(data.toString().startsWith('+PONG'));
			});
			socket.once('error', () => resolve(false));
		});
	const end = Date.now() + ms;
	while (!(await pong())) {
		if (Date.now() > end) throw new Error(`Redis on port ${port} did not answer within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** Starts the server script; resolves with its address once it says it. */
async function serve(port = 0, more: string[] = []) {
	const served = serveTeam(folder, port, more);
	processes.push((await served).child);
	return served;
}

function client(address: string): TeamClient {
	const made = teamClient(address, token);
	clients.push(made);
	return made;
}

describe('npm run server', () => {
	it('keeps every acknowledged change through a SIGKILL, and its clients reconnect and converge', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ties-team-kill-'));
		writeFileSync(
			join(folder, 'team.json'),
			JSON.stringify({ members: [{ name: 'Ana', token, role: 'editor' }] })
		);
		const first = await serve();
		const port = Number(new URL(first.address).port);
		const ana = client(first.address);
		const cara = client(first.address);
		await until(() => ana.provider.isSynced && cara.provider.isSynced);
		const changes = ana.doc.getMap<number>('changes');
		// Each time the server has acknowledged all Ana sent, what she sent so far is safe.
		let acknowledged = 0;
		ana.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
			if (number === 0) acknowledged = changes.size;
		});
		let sent = 0;
		const stream = setInterval(() => changes.set(`change-${sent}`, sent++), 4);
		await until(() => sent > 200 && acknowledged > 100);
		first.child.kill('SIGKILL');
		clearInterval(stream);
		const safe = acknowledged;
		await new Promise((resolve) => first.child.once('exit', resolve));
		// Ana's copy goes with the kill: only what the server kept can bring her changes back.
		ana.leave();
		await serve(port);
		const ben = client(`ws://127.0.0.1:${port}`);
		await until(() => ben.provider.isSynced);
		const kept = ben.doc.getMap<number>('changes');
		for (let i = 0; i < safe; i++) expect(kept.has(`change-${i}`)).toBe(true);
		// Cara was connected through the kill: she reconnects by herself and ends as Ben does.
		await until(
			() => cara.provider.isSynced && cara.doc.getMap('changes').size === kept.size,
			30_000
		);
		expect(safe).toBeGreaterThan(100);
	}, 60_000);

	it('does not start, and says why, when its Redis does not answer', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ties-team-no-redis-'));
		writeFileSync(
			join(folder, 'team.json'),
			JSON.stringify({ members: [{ name: 'Ana', token, role: 'editor' }] })
		);
		// Port 1 is reserved and nothing listens there.
		await expect(serveTeam(folder, 0, ['--redis', '127.0.0.1:1'])).rejects.toThrow(
			/stopped \(1\)[\s\S]*The team server did not start: Could not reach Redis at 127\.0\.0\.1:1/
		);
	});

	it('serves one graph from two processes that share a Redis: a client on each, and their edits meet', async () => {
		folder = mkdtempSync(join(tmpdir(), 'ties-team-redis-'));
		writeFileSync(
			join(folder, 'team.json'),
			JSON.stringify({ members: [{ name: 'Ana', token, role: 'editor' }] })
		);
		const redisPort = 20_000 + Math.floor(Math.random() * 20_000);
		const redis = spawn(
			'redis-server',
			['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			{ stdio: 'ignore' }
		);
		processes.push(redis);
		await redisAnswers(redisPort);
		const shared = ['--redis', `127.0.0.1:${redisPort}`];
		const [one, two] = await Promise.all([serve(0, shared), serve(0, shared)]);
		expect(one.address).not.toBe(two.address);
		const ana = client(one.address);
		const ben = client(two.address);
		await until(() => ana.provider.isSynced && ben.provider.isSynced, 10_000);
		ana.doc.getMap('graph').set('title', 'Written on the first server');
		ben.doc.getMap('graph').set('subtitle', 'Written on the second');
		await until(
			() =>
				ben.doc.getMap('graph').get('title') === 'Written on the first server' &&
				ana.doc.getMap('graph').get('subtitle') === 'Written on the second',
			// Under a full test run's load the exchange through Redis can take a few seconds; what
			// matters is that the edits meet.
			30_000
		);
	}, 60_000);
});
