import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../../tests/fixtures/example-graph';
import { teamClient, until, type TeamClient } from '../../../../tests/fixtures/team-client';
import { readGraph, writeGraph } from '../graph-document';
import { changeIn, startTeamServer, type TeamServer } from './team-server';
import type { TeamMember } from './team-members';

const members: TeamMember[] = [
	{ name: 'Ana', token: 'ana-token-0123456789', role: 'editor' },
	{ name: 'Ben', token: 'ben-token-0123456789', role: 'editor' },
	{ name: 'Vic', token: 'vic-token-0123456789', role: 'viewer' }
];

let folder: string;
let server: TeamServer;
let lines: string[];
const open: TeamClient[] = [];

beforeEach(async () => {
	folder = mkdtempSync(join(tmpdir(), 'ties-team-'));
	lines = [];
	server = await startTeamServer({
		dataFolder: folder,
		members,
		log: (line) => lines.push(line),
		largestChange: 64 * 1024
	});
});

afterEach(async () => {
	for (const client of open.splice(0)) client.leave();
	await server.stop();
	rmSync(folder, { recursive: true, force: true });
});

/** A member's client on `graph`, closed after the test. */
function connect(token: string, graph = 'north-korea') {
	const client = teamClient(server.address, token, graph);
	open.push(client);
	return client;
}

describe('the team server', { timeout: 20_000 }, () => {
	it('lets two editors change one relation’s different fields, and both end with both changes', async () => {
		const ana = connect(members[0].token);
		await ana.synced;
		const graph = exampleGraph();
		writeGraph(ana.doc, graph);
		const ben = connect(members[1].token);
		await ben.synced;
		await until(() => readGraph(ben.doc).actors.length === graph.actors.length);

		const [relation, ...rest] = graph.relations;
		writeGraph(ana.doc, { ...graph, relations: [{ ...relation, status: 'alleged' }, ...rest] });
		writeGraph(ben.doc, {
			...graph,
			relations: [{ ...relation, summary: 'Ben checked' }, ...rest]
		});
		await until(
			() =>
				JSON.stringify(readGraph(ana.doc)) === JSON.stringify(readGraph(ben.doc)) &&
				readGraph(ana.doc).relations[0].summary === 'Ben checked' &&
				readGraph(ana.doc).relations[0].status === 'alleged'
		);
	});

	it('refuses a client without a valid token, and logs why', async () => {
		const stranger = connect('not-a-member-token-at-all');
		await until(() => stranger.refusals.length > 0);
		expect(stranger.doc.getMap('graph').size).toBe(0);
		expect(lines.join('\n')).toMatch(
			/refused: a connection to "north-korea" without a valid token/
		);
	});

	it('refuses a viewer’s changes on the server: the others never see them, and the viewer sees theirs', async () => {
		const ana = connect(members[0].token);
		await ana.synced;
		writeGraph(ana.doc, exampleGraph());
		const vic = connect(members[2].token);
		await vic.synced;
		await until(() => readGraph(vic.doc).actors.length > 0);
		// The viewer's client changes its copy anyway, as a modified client would.
		vic.doc.getMap('graph').set('title', 'Changed by a viewer');
		const ben = connect(members[1].token);
		await ben.synced;
		await until(() => readGraph(ben.doc).actors.length > 0);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(readGraph(ben.doc).title).toBe(exampleGraph().title);
		expect(readGraph(ana.doc).title).toBe(exampleGraph().title);
		expect(lines.join('\n')).toMatch(/refused: Vic \(viewer\) tried to change "north-korea"/);
		// What an editor changes still reaches the viewer.
		ana.doc.getMap('graph').set('subtitle', 'Checked by Ana');
		await until(() => vic.doc.getMap('graph').get('subtitle') === 'Checked by Ana');
	});

	it('disconnects a client whose change is too large, and keeps the document as it was', async () => {
		const ana = connect(members[0].token);
		await ana.synced;
		writeGraph(ana.doc, exampleGraph());
		const ben = connect(members[1].token);
		await ben.synced;
		await until(() => readGraph(ben.doc).actors.length > 0);
		ben.doc.getMap('graph').set('description', 'x'.repeat(100 * 1024));
		await until(() => ben.closed.some((reason) => reason.startsWith('A change may be at most')));
		expect(lines.join('\n')).toMatch(/refused: Ben's message to "north-korea" of \d+ bytes/);
		const again = connect(members[0].token);
		await again.synced;
		await until(() => readGraph(again.doc).actors.length > 0);
		expect(readGraph(again.doc).description).toBe(exampleGraph().description);
	});

	it('refuses a change that would make a graph larger than allowed, measured as it grows', async () => {
		await server.stop();
		server = await startTeamServer({
			dataFolder: folder,
			members,
			log: (line) => lines.push(line),
			largestDocument: 16 * 1024
		});
		const ana = connect(members[0].token);
		await ana.synced;
		const notes = ana.doc.getMap<string>('graph');
		// 3 kB at a time: the fifth or sixth is one too many.
		for (let i = 0; i < 8 && ana.closed.length === 0; i++) {
			notes.set(`note-${i}`, String(i).repeat(3000));
			await until(() => ana.provider.unsyncedChanges === 0 || ana.closed.length > 0);
		}
		expect(ana.closed).toContain(`A graph may be at most ${16 * 1024} bytes.`);
		expect(lines.join('\n')).toMatch(
			/refused: Ana's change would make "north-korea" larger than allowed/
		);
		const reader = connect(members[1].token);
		await reader.synced;
		const kept = reader.doc.getMap('graph');
		expect(kept.size).toBeGreaterThanOrEqual(4);
		expect(kept.size).toBeLessThan(6);
	});

	it('disconnects a client that sends a malformed change; the document is unharmed', async () => {
		const ana = connect(members[0].token);
		await ana.synced;
		writeGraph(ana.doc, exampleGraph());
		await until(() => lines.length > 0 && ana.provider.unsyncedChanges === 0);
		const mallory = connect(members[1].token);
		await mallory.synced;
		// A sync update (0, 2) of bytes that are no Yjs update.
		const message = encoding.createEncoder();
		encoding.writeVarString(message, 'north-korea');
		encoding.writeVarUint(message, 0);
		encoding.writeVarUint(message, 2);
		encoding.writeVarUint8Array(message, new Uint8Array([9, 200, 1, 7, 7, 7, 0, 255]));
		const raw = encoding.toUint8Array(message);
		expect(changeIn(raw)).toHaveProperty('malformed');
		mallory.provider.configuration.websocketProvider.send(raw);
		await until(() => mallory.closed.includes('The change could not be read.'));
		expect(lines.join('\n')).toMatch(/refused: Ben sent "north-korea" a malformed change/);
		const check = connect(members[0].token);
		await check.synced;
		await until(() => readGraph(check.doc).actors.length > 0);
		expect(readGraph(check.doc)).toEqual(exampleGraph());
	});

	it('keeps every acknowledged change when stopped at once and started again on the same folder', async () => {
		const ana = connect(members[0].token);
		await ana.synced;
		const graph = exampleGraph();
		writeGraph(ana.doc, graph);
		writeGraph(ana.doc, { ...graph, title: 'The last change' });
		await until(() => ana.provider.unsyncedChanges === 0);
		ana.leave();
		await server.stop();
		server = await startTeamServer({ dataFolder: folder, members, log: () => {} });
		const back = connect(members[1].token);
		await back.synced;
		await until(() => readGraph(back.doc).actors.length > 0);
		expect(readGraph(back.doc).title).toBe('The last change');
	});
});
