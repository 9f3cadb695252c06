/** What the stage and the presenter view tell each other. */
export type BriefingMessage =
	| { kind: 'step'; index: number }
	/** Sent by a window that opens: whoever shows the briefing answers with its step. */
	| { kind: 'hello' };

export interface BriefingChannel {
	send(message: BriefingMessage): void;
	close(): void;
}

/**
 * Keeps the windows of one briefing in step: the stage and its presenter
 * view, either of which can drive. A BroadcastChannel reaches the other
 * windows of the same origin, never the sender. Without one (an old browser),
 * each window goes its own way.
 */
export function openBriefingChannel(
	name: string,
	onMessage: (message: BriefingMessage) => void
): BriefingChannel {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	const channel = new BroadcastChannel(`ties-briefing:${name}`);
	channel.onmessage = (event: MessageEvent<BriefingMessage>) => {
		const message = event.data;
		if (message?.kind === 'hello') onMessage(message);
		else if (message?.kind === 'step' && Number.isInteger(message.index)) onMessage(message);
	};
	return {
		send: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
