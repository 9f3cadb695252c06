import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { probePlaywrightDownload } from './playwright-download.mjs';
import { runCommand } from './run-command.mjs';

/** @typedef {import('./set-up-tools.mjs').Host} Host */

/**
 * This machine, as `setUpTools` sees it: where things are, who may install,
 * and the commands that do it.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Host}
 */
export function systemHost(env = process.env) {
	const which = (/** @type {string} */ command) => findOnPath(command, env.PATH ?? '');
	return {
		findChromium: () => findChromium({ env }),
		which,
		networkReaders: () => networkReaders(env),
		aptRights: () => aptRights(which),
		probePlaywrightDownload: () => probePlaywrightDownload(env),
		run: runCommand,
		print: (line) => console.log(line),
		fail: (line) => console.error(line)
	};
}

/**
 * The first executable file named `command` in the folders of `path`.
 * @param {string} command
 * @param {string} path a PATH value
 */
export function findOnPath(command, path) {
	for (const folder of path.split(delimiter)) {
		if (!folder) continue;
		const candidate = join(folder, command);
		try {
			accessSync(candidate, constants.X_OK);
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// Not here.
		}
	}
	return undefined;
}

/**
 * The Python the export tests read networks with (TIES_PYTHON, else
 * Debian's), when it has NetworkX, igraph and lxml.
 * @param {NodeJS.ProcessEnv} env
 */
function networkReaders(env) {
	const python = env.TIES_PYTHON ?? '/usr/bin/python3';
	const check = spawnSync(python, ['-c', 'import networkx, igraph, lxml'], { stdio: 'ignore' });
	return check.status === 0 ? python : undefined;
}

/**
 * Whether this process may install Debian packages: as root, or through
 * sudo without a password (never a prompt in the middle of a test run).
 * @param {(command: string) => string | undefined} which
 * @returns {import('./set-up-tools.mjs').AptRights}
 */
function aptRights(which) {
	if (!which('apt-get')) return { can: false, because: 'no apt-get here' };
	if (process.getuid?.() === 0) return { can: true, sudo: false };
	if (which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) {
		return { can: true, sudo: true };
	}
	return { can: false, because: 'apt-get needs root or passwordless sudo' };
}
