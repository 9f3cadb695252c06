/**
 * Who may join a team's server: each member has a name (what the History
 * shows as who made a change), a token and a role. An editor changes graphs;
 * a viewer reads them, and the server refuses any change a viewer sends.
 */

export type TeamRole = 'editor' | 'viewer';

export interface TeamMember {
	name: string;
	token: string;
	role: TeamRole;
}

/** Tokens shorter than this are refused: anyone could guess them. */
export const SHORTEST_TOKEN = 16;

/**
 * The members a members file lists, or what is wrong with it, each problem
 * placed (`members[2].token`). The file is JSON:
 * `{ "members": [ { "name": "Ana", "token": "…", "role": "editor" } ] }`.
 */
export function readMembers(
	text: string,
	origin: string
): { members: TeamMember[] } | { problems: string[] } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { problems: [`${origin} is not JSON (${(error as Error).message})`] };
	}
	const list = (json as { members?: unknown })?.members;
	if (!Array.isArray(list) || list.length === 0)
		return { problems: [`${origin} lists no members: it needs "members": [ … ]`] };
	const problems: string[] = [];
	const members: TeamMember[] = [];
	const tokens = new Set<string>();
	list.forEach((entry: unknown, i) => {
		const place = `${origin}: members[${i}]`;
		const { name, token, role } = (entry ?? {}) as Record<string, unknown>;
		if (typeof name !== 'string' || name.trim() === '' || name.length > 80)
			problems.push(`${place}.name must be a name of 1 to 80 characters`);
		if (typeof token !== 'string' || token.length < SHORTEST_TOKEN)
			problems.push(`${place}.token must be at least ${SHORTEST_TOKEN} characters`);
		else if (tokens.has(token)) problems.push(`${place}.token is another member's token`);
		if (role !== 'editor' && role !== 'viewer')
			problems.push(`${place}.role must be "editor" or "viewer"`);
		if (typeof token === 'string') tokens.add(token);
		if (problems.length === 0)
			members.push({
				name: (name as string).trim(),
				token: token as string,
				role: role as TeamRole
			});
	});
	return problems.length > 0 ? { problems } : { members };
}

/** The member a token belongs to, compared in constant time, or undefined. */
export function memberOf(members: readonly TeamMember[], token: string): TeamMember | undefined {
	let found: TeamMember | undefined;
	for (const member of members) if (sameText(member.token, token)) found = member;
	return found;
}

function sameText(a: string, b: string): boolean {
	let difference = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++)
		difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	return difference === 0;
}
