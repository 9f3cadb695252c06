import { connect } from 'node:net';
import { runCommand } from './run-command.mjs';

/** @typedef {{ reachable: true } | { reachable: false, reason: string }} Reach */

/** How long a download host may take to accept a connection before it counts as out of reach. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Whether Playwright's installer can reach where it downloads Chromium from.
 * Its own retries take 20 s to give up on a host that does not resolve and
 * minutes on one that never answers; a connection attempt to each host it
 * would use (as `playwright install --dry-run` names them) takes seconds.
 * Behind a proxy nothing can be told from here, so the installer is let try.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<Reach>}
 */
export async function probePlaywrightDownload(env = process.env) {
	if (['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'].some((name) => env[name])) {
		return { reachable: true };
	}
	const dryRun = await runCommand('npx', ['playwright', 'install', '--dry-run', 'chromium'], {
		timeoutMs: 60_000
	});
	const hosts = dryRun.ok ? downloadHosts(dryRun.output) : [];
	if (hosts.length === 0) return { reachable: true };
	const attempts = await Promise.all(hosts.map((host) => canConnect(host)));
	if (attempts.some((attempt) => attempt === true)) return { reachable: true };
	return {
		reachable: false,
		reason: hosts.map((host, i) => `${host.name}: ${attempts[i]}`).join(', ')
	};
}

/**
 * The hosts and ports in the download addresses of `playwright install --dry-run`.
 * @param {string} dryRunOutput
 * @returns {{ name: string, port: number }[]}
 */
export function downloadHosts(dryRunOutput) {
	/** @type {Map<string, { name: string, port: number }>} */
	const hosts = new Map();
	for (const [, address] of dryRunOutput.matchAll(/Download (?:url|fallback \d+):\s+(\S+)/g)) {
		try {
			const url = new URL(address);
			const port = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
			hosts.set(`${url.hostname}:${port}`, { name: url.hostname, port });
		} catch {
			// Not an address after all.
		}
	}
	return [...hosts.values()];
}

/**
 * True when a TCP connection to the host opens in time, else why not.
 * @param {{ name: string, port: number }} host
 * @param {number} [timeoutMs]
 * @returns {Promise<true | string>}
 */
export function canConnect({ name, port }, timeoutMs = CONNECT_TIMEOUT_MS) {
	return new Promise((resolve) => {
		const socket = connect({ host: name, port });
		const done = (/** @type {true | string} */ result) => {
			socket.destroy();
			resolve(result);
		};
		socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
		socket.once('connect', () => done(true));
		socket.once('error', (error) =>
			done(/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message)
		);
	});
}
