import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from '@playwright/test';

/**
 * The ids of the browser's page (renderer) processes now running: the
 * processes under the browser's own whose command line says they render.
 */
export async function rendererProcesses(browser: Browser): Promise<Set<number>> {
	const session = await browser.newBrowserCDPSession();
	const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await session.detach();
	const root = processInfo.find((info) => info.type === 'browser')?.id;
	const parentOf = new Map<number, number>();
	const renderers: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// After "pid (name) state", the parent's id.
			parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
			if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer'))
				renderers.push(Number(entry));
		} catch {
			// The process has ended.
		}
	}
	const under = (id: number): boolean => {
		for (let at = parentOf.get(id); at !== undefined && at > 1; at = parentOf.get(at))
			if (at === root) return true;
		return false;
	};
	return new Set(renderers.filter(under));
}

/**
 * The most memory a page's process has held (its resident high-water mark,
 * Linux's VmHWM), in bytes: the page and its workers, which run in it, together.
 * Of several new processes, the largest is the page's.
 */
export function peakMemory(processes: Iterable<number>): number | undefined {
	let peak: number | undefined;
	for (const id of processes) {
		try {
			const status = readFileSync(`/proc/${id}/status`, 'utf8');
			const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
			if (Number.isFinite(kilobytes)) peak = Math.max(peak ?? 0, kilobytes * 1024);
		} catch {
			// The process has ended.
		}
	}
	return peak;
}

/** Resolves once none of `processes` runs any more, or after `capMs`. */
export async function processesEnded(processes: Iterable<number>, capMs = 5000): Promise<void> {
	const until = Date.now() + capMs;
	const running = () => [...processes].filter((id) => existsSync(`/proc/${id}`));
	while (running().length > 0 && Date.now() < until) await sleep(20);
}
