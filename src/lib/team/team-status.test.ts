import { describe, expect, it } from 'vitest';
import { describeStatus, joinProblem } from './team-status';

describe('describeStatus', () => {
	it('says honestly whether changes are shared, waiting, or refused and why', () => {
		expect(describeStatus({ kind: 'connected' })).toBe('Connected');
		expect(describeStatus({ kind: 'offline', waiting: 0 })).toBe('Offline');
		expect(describeStatus({ kind: 'offline', waiting: 1 })).toBe('Offline, 1 change waiting');
		expect(describeStatus({ kind: 'offline', waiting: 3 })).toBe('Offline, 3 changes waiting');
		expect(
			describeStatus({ kind: 'refused', reason: 'The server did not accept this token.' })
		).toBe('Refused: The server did not accept this token.');
	});
});

describe('joinProblem', () => {
	it('asks for a ws:// or wss:// address', () => {
		expect(joinProblem('wss://team.example.org/ties')).toBeUndefined();
		expect(joinProblem(' ws://127.0.0.1:1234 ')).toBeUndefined();
		expect(joinProblem('https://team.example.org')).toBe('The address starts with ws:// or wss://');
		expect(joinProblem('ws://')).toBe('This is not an address');
	});
});
