import { afterEach, describe, expect, it } from 'vitest';
import {
	openBriefingChannel,
	type BriefingChannel,
	type BriefingMessage
} from './briefing-channel';

const opened: BriefingChannel[] = [];
afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

function open(name: string, heard: BriefingMessage[]) {
	const channel = openBriefingChannel(name, (message) => heard.push(message));
	opened.push(channel);
	return channel;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('openBriefingChannel', () => {
	it('carries a step from one window to the other, in both directions', async () => {
		const stageHeard: BriefingMessage[] = [];
		const presenterHeard: BriefingMessage[] = [];
		const stage = open('example', stageHeard);
		const presenter = open('example', presenterHeard);
		stage.send({ kind: 'step', index: 2 });
		presenter.send({ kind: 'hello' });
		await settle();
		expect(presenterHeard).toEqual([{ kind: 'step', index: 2 }]);
		expect(stageHeard).toEqual([{ kind: 'hello' }]);
	});

	it('keeps briefings of different graphs apart', async () => {
		const heard: BriefingMessage[] = [];
		open('a.json', heard);
		open('b.json', []).send({ kind: 'step', index: 1 });
		await settle();
		expect(heard).toEqual([]);
	});
});
