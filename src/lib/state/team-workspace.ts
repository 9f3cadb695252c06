import { checkGraph } from '$lib/import/read-graph-text';
import type { GraphFile } from '$lib/model/schema';
import { newGraphId } from '$lib/storage/library';
import { readGraph } from '$lib/team/graph-document';
import { syncGraph } from '$lib/team/graph-sync';
import { keptJoin, TeamSession, type TeamJoin } from '$lib/team/team-session.svelte';
import type { Workspace } from './workspace.svelte';

/**
 * The workspace's team: joining a team's server, sharing a graph of the
 * library with it, opening a team graph and keeping it in step. Loaded only
 * in a browser that joined a team, or when the analyst joins one.
 *
 * A team graph opened here is kept in the library as `team-<id>` (so that it
 * is listed, saved, versioned and opened by its address like any graph), and
 * while it is open, it is kept in step with the team's document (see
 * syncGraph); the document is the truth, the library's copy what was last seen.
 */

/** A team graph is kept in the library under its team id with this before it. */
export const TEAM_PREFIX = 'team-';
/** What a viewer is told of a team graph: the server refuses a viewer's changes, so the page offers none. */
const VIEWER = 'You are a viewer in this team: its graphs can be read and presented, not changed.';

/** Joins the team this browser joined before, if any. */
export async function rejoinTeam(workspace: Workspace): Promise<void> {
	const join = keptJoin();
	if (join) await joinTeam(workspace, join);
}

export async function joinTeam(workspace: Workspace, join: TeamJoin): Promise<void> {
	leaveTeam(workspace);
	const team = new TeamSession(join);
	team.relink = () => void linkTeamGraph(workspace);
	workspace.team = team;
	await linkTeamGraph(workspace);
}

export function leaveTeam(workspace: Workspace): void {
	workspace.teamLink?.stop();
	workspace.team?.leave();
	workspace.team = undefined;
}

/** Shares a graph of the library with the team, as a new team graph. */
export async function shareWithTeam(workspace: Workspace, id: string): Promise<void> {
	const team = workspace.team;
	if (!team) return;
	if (workspace.isOpen(id)) await workspace.saved();
	const graph = workspace.isOpen(id)
		? workspace.explorer?.document.graph
		: (await workspace.tryStore((store) => store.load(id)))?.graph;
	if (!graph) return;
	await team.share(graph, newGraphId(new Set(team.graphs.map((shared) => shared.id))));
}

/** Opens a team graph, kept in the library as `team-<id>`, and in step with the team. */
export async function openTeamGraph(workspace: Workspace, teamId: string): Promise<void> {
	const graph = await teamGraphNow(workspace, teamId);
	if (graph) await workspace.importGraph(graph, `${TEAM_PREFIX}${teamId}`);
}

/** Copies a team graph out into the library, as a graph of the analyst's own. */
export async function copyFromTeam(workspace: Workspace, teamId: string): Promise<void> {
	const graph = await teamGraphNow(workspace, teamId);
	if (graph) await workspace.importGraph(graph);
}

/** A team graph as it stands now, checked as a file is; or its problems shown. */
async function teamGraphNow(workspace: Workspace, teamId: string): Promise<GraphFile | undefined> {
	const team = workspace.team;
	if (!team) return undefined;
	const connection = team.openGraph(teamId);
	await connection.ready;
	const name = `The team graph "${teamId}"`;
	const checked = checkGraph(readGraph(connection.doc), name);
	connection.close();
	if (checked.ok) return checked.graph;
	workspace.fail(name, checked.problems);
	return undefined;
}

/** Keeps the open graph in step with its team graph, when it is one and a team is joined. */
export async function linkTeamGraph(workspace: Workspace): Promise<void> {
	workspace.teamLink?.stop();
	workspace.teamLink = undefined;
	const { team, origin } = workspace;
	if (team) team.problems = undefined;
	if (!team || origin?.kind !== 'library' || !origin.id.startsWith(TEAM_PREFIX)) return;
	const connection = team.openGraph(origin.id.slice(TEAM_PREFIX.length));
	/** The sync, once the graph is here. */
	const kept: { sync?: ReturnType<typeof syncGraph> } = {};
	const link = {
		changed: (graph: GraphFile) => kept.sync?.changed(graph),
		stop: () => {
			kept.sync?.stop();
			if (workspace.explorer?.document.lockedBy === viewer)
				workspace.explorer.document.lockedBy = undefined;
			connection.close();
			if (workspace.teamLink === link) workspace.teamLink = undefined;
			team.show(undefined);
		}
	};
	workspace.teamLink = link;
	const viewer = () => (team.mayChange ? undefined : VIEWER);
	if (workspace.explorer) workspace.explorer.document.lockedBy = viewer;
	// What the analyst changes until the document is here (a drag, an edit) is theirs to keep.
	const opening = workspace.explorer;
	const opened = opening?.document.graph;
	await connection.ready;
	const explorer = workspace.explorer;
	if (workspace.teamLink !== link || !explorer) return;
	explorer.document.lockedBy = viewer;
	kept.sync = syncGraph(explorer, connection.doc, {
		mayChange: () => team.mayChange,
		onProblem: (problems) => (team.problems = problems),
		opened: explorer === opening ? opened : undefined
	});
	team.show(connection);
}
