import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTeam, teamClient, until, type TeamClient } from '../tests/fixtures/team-client';
import { median, percentile } from '../src/lib/bench/statistics';

/**
 * The team server under load, on loopback, from Node clients: many clients
 * editing one graph, and many graphs at once. Every client must end with the
 * server's state and nothing acknowledged may be lost, even when the server
 * is killed (SIGKILL) in the middle of the load and started again on its data
 * folder. `npm test` runs a short load; `npm run load:team` the full one (50
 * clients × 100 edits on one graph, 200 clients on 200 graphs, 50 clients
 * through a kill), printing the figures.
 */
const FULL = process.env.TEAM_LOAD === 'full';
const ONE_GRAPH = FULL ? { clients: 50, edits: 100 } : { clients: 10, edits: 20 };
const MANY_GRAPHS = FULL ? { clients: 200, edits: 100 } : { clients: 20, edits: 10 };
/** Each client edits this often (ms). */
const EVERY = 20;
const token = 'load-token-0123456789';

let folder: string;
let server: ChildProcess;
let address: string;
let port: number;
const clients: TeamClient[] = [];

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'ties-team-load-'));
	writeFileSync(
		join(folder, 'team.json'),
		JSON.stringify({ members: [{ name: 'Load', token, role: 'editor' }] })
	);
	({ child: server, address } = await serveTeam(folder));
	port = Number(new URL(address).port);
});

afterAll(() => {
	for (const client of clients.splice(0)) client.leave();
	server.kill('SIGKILL');
	rmSync(folder, { recursive: true, force: true });
});

/** The server process's peak resident memory, in MB (Linux). */
function serverPeakMemory(): number {
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

function joinGraph(graph: string): TeamClient {
	const client = teamClient(address, token, graph);
	clients.push(client);
	return client;
}

/** Each client sets `edits` keys of its own, one every EVERY ms, stamped with the time sent. */
async function edit(group: TeamClient[], edits: number, offset = 0): Promise<void> {
	await Promise.all(
		group.map(async (client, i) => {
			const map = client.doc.getMap<number>('edits');
			for (let n = 0; n < edits; n++) {
				map.set(`${offset + i}-${n}`, performance.now());
				await new Promise((resolve) => setTimeout(resolve, EVERY));
			}
		})
	);
}

describe('the team server under load', () => {
	it(`takes ${ONE_GRAPH.clients} clients making ${ONE_GRAPH.edits} edits each on one graph; each sees every edit`, async () => {
		const group = Array.from({ length: ONE_GRAPH.clients }, () => joinGraph('one-graph'));
		await Promise.all(group.map((client) => client.synced));
		// From one client's edit to its arrival at every other client.
		const delays: number[] = [];
		group.forEach((client, i) => {
			client.doc.getMap<number>('edits').observe((event) => {
				if (event.transaction.local) return;
				const now = performance.now();
				for (const key of event.keysChanged) {
					if (key.startsWith(`${i}-`)) continue;
					delays.push(now - (event.target.get(key) as number));
				}
			});
		});
		const started = performance.now();
		await edit(group, ONE_GRAPH.edits);
		const total = ONE_GRAPH.clients * ONE_GRAPH.edits;
		await until(
			() => group.every((client) => client.doc.getMap('edits').size === total),
			FULL ? 120_000 : 30_000
		);
		const seconds = (performance.now() - started) / 1000;
		await until(() => group.every((client) => client.provider.unsyncedChanges === 0), 30_000);
		// A newcomer reads what the server holds: every acknowledged edit, the same as each client.
		const reader = joinGraph('one-graph');
		await reader.synced;
		const held = JSON.stringify(
			reader.doc.getMap('edits').toJSON(),
			Object.keys(reader.doc.getMap('edits').toJSON()).sort()
		);
		expect(reader.doc.getMap('edits').size).toBe(total);
		for (const client of group) {
			const mine = client.doc.getMap('edits').toJSON();
			expect(JSON.stringify(mine, Object.keys(mine).sort())).toBe(held);
		}
		expect(delays.length).toBe(total * (ONE_GRAPH.clients - 1));
		console.log(
			`one graph: ${ONE_GRAPH.clients} clients × ${ONE_GRAPH.edits} edits in ${seconds.toFixed(1)} s; edit to every other client: median ${median(delays).toFixed(0)} ms, p95 ${percentile(delays, 0.95).toFixed(0)} ms; server peak memory ${serverPeakMemory().toFixed(0)} MB`
		);
		for (const client of clients.splice(0)) client.leave();
	}, 180_000);

	it(`takes ${MANY_GRAPHS.clients} clients on as many graphs; each graph is kept whole`, async () => {
		const group = Array.from({ length: MANY_GRAPHS.clients }, (_, i) => joinGraph(`graph-${i}`));
		await Promise.all(group.map((client) => client.synced));
		const started = performance.now();
		await edit(group, MANY_GRAPHS.edits);
		await until(() => group.every((client) => client.provider.unsyncedChanges === 0), 60_000);
		const seconds = (performance.now() - started) / 1000;
		for (const client of group) client.leave();
		// Each graph read back afresh holds every edit its client made.
		const readers = group.map((_, i) => joinGraph(`graph-${i}`));
		await Promise.all(readers.map((reader) => reader.synced));
		readers.forEach((reader, i) => {
			const kept = reader.doc.getMap<number>('edits');
			expect(kept.size).toBe(MANY_GRAPHS.edits);
			expect(kept.has(`${i}-${MANY_GRAPHS.edits - 1}`)).toBe(true);
		});
		console.log(
			`many graphs: ${MANY_GRAPHS.clients} clients on ${MANY_GRAPHS.clients} graphs × ${MANY_GRAPHS.edits} edits in ${seconds.toFixed(1)} s, all kept; server peak memory ${serverPeakMemory().toFixed(0)} MB`
		);
	}, 180_000);

	it(`keeps every acknowledged edit of ${ONE_GRAPH.clients} clients through a SIGKILL mid-load; they reconnect and converge`, async () => {
		const group = Array.from({ length: ONE_GRAPH.clients }, () => joinGraph('killed-graph'));
		await Promise.all(group.map((client) => client.synced));
		// Each time the server has acknowledged all a client sent, what it sent so far is safe.
		const sent = group.map(() => [] as string[]);
		const acknowledged = group.map(() => 0);
		group.forEach((client, i) => {
			const map = client.doc.getMap<number>('edits');
			map.observe((event) => {
				if (event.transaction.local) for (const key of event.keysChanged) sent[i].push(key);
			});
			client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
				if (number === 0) acknowledged[i] = sent[i].length;
			});
		});
		const total = ONE_GRAPH.clients * ONE_GRAPH.edits;
		const editing = edit(group, ONE_GRAPH.edits);
		// Killed once a third of the edits are acknowledged: the rest are made while it is down.
		await until(() => acknowledged.reduce((sum, n) => sum + n, 0) >= total / 3, 60_000);
		const safe = acknowledged.flatMap((n, i) => sent[i].slice(0, n));
		server.kill('SIGKILL');
		await new Promise((resolve) => server.once('exit', resolve));
		const killedAt = performance.now();
		// What the server kept, read by a newcomer from a server started on its data folder
		// elsewhere, before the clients (which hold every edit) can send anything back.
		const check = await serveTeam(folder);
		const reader = teamClient(check.address, token, 'killed-graph');
		await reader.synced;
		const kept = reader.doc.getMap<number>('edits');
		const lost = safe.filter((key) => !kept.has(key));
		reader.leave();
		check.child.kill('SIGKILL');
		await new Promise((resolve) => check.child.once('exit', resolve));
		expect(lost).toEqual([]);
		expect(safe.length).toBeGreaterThanOrEqual(total / 3);
		// Back at its address: the clients reconnect by themselves, without a reload, send what
		// the server missed and end with the same graph.
		({ child: server } = await serveTeam(folder, port));
		await editing;
		await until(
			() =>
				group.every(
					(client) =>
						client.provider.isSynced &&
						client.provider.unsyncedChanges === 0 &&
						client.doc.getMap('edits').size === total
				),
			FULL ? 120_000 : 60_000
		);
		const converged = (performance.now() - killedAt) / 1000;
		const newcomer = joinGraph('killed-graph');
		await newcomer.synced;
		expect(newcomer.doc.getMap('edits').size).toBe(total);
		console.log(
			`killed mid-load: ${safe.length} of ${total} edits acknowledged before the SIGKILL, all kept; ${ONE_GRAPH.clients} clients reconnected and converged ${converged.toFixed(1)} s after the kill`
		);
		for (const client of clients.splice(0)) client.leave();
	}, 180_000);
});
