import type { TeamStatus } from './team-session.svelte';

/** The connection in a few words, as the top bar and the Library say it. */
export function describeStatus(status: TeamStatus): string {
	switch (status.kind) {
		case 'connecting':
			return 'Connecting…';
		case 'connected':
			return 'Connected';
		case 'offline':
			return status.waiting === 0
				? 'Offline'
				: `Offline, ${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting`;
		case 'refused':
			return `Refused: ${status.reason}`;
	}
}

/** What is wrong with an address to join, in words; undefined when it is one. */
export function joinProblem(address: string): string | undefined {
	if (!/^wss?:\/\//i.test(address.trim())) return 'The address starts with ws:// or wss://';
	return URL.canParse(address.trim()) ? undefined : 'This is not an address';
}
