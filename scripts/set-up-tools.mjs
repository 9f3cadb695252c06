/**
 * @typedef {'chromium' | 'rsvg-convert' | 'soffice' | 'network-readers' | 'redis-server'} Tool
 * @typedef {{ can: true, sudo: boolean } | { can: false, because: string }} AptRights
 * @typedef {{ timeoutMs: number, env?: NodeJS.ProcessEnv }} RunOptions
 * @typedef {{
 *   findChromium: () => import('./find-chromium.mjs').ChromiumLookup,
 *   which: (command: string) => string | undefined,
 *   networkReaders: () => string | undefined,
 *   aptRights: () => AptRights,
 *   probePlaywrightDownload: () => Promise<import('./playwright-download.mjs').Reach>,
 *   run: (command: string, args: string[], options: RunOptions)
 *     => Promise<import('./run-command.mjs').CommandResult>,
 *   print: (line: string) => void,
 *   fail: (line: string) => void
 * }} Host
 */

const MINUTE = 60_000;

/** Each tool as it is named, the Debian packages that have it, and how to get it by hand. */
const TOOLS = {
	chromium: {
		label: 'Chromium',
		debianPackages: ['chromium'],
		byHand:
			'`npx playwright install chromium` where it can download, `sudo apt-get install -y chromium` on Debian, or set CHROMIUM_PATH'
	},
	'rsvg-convert': {
		label: 'rsvg-convert',
		debianPackages: ['librsvg2-bin'],
		byHand: '`sudo apt-get install -y librsvg2-bin` on Debian, `brew install librsvg` on macOS'
	},
	// LibreOffice draws SVG in slides and documents without paint-order: the export is checked in it
	// too, and the PowerPoint deck is read back by Impress.
	soffice: {
		label: 'LibreOffice',
		debianPackages: ['libreoffice-impress', 'libreoffice-draw'],
		byHand:
			'`sudo apt-get install -y libreoffice-impress libreoffice-draw` on Debian, `brew install --cask libreoffice` on macOS'
	},
	// The unit tests read the GraphML and GEXF exports back with NetworkX and igraph, and check
	// them against the published schemas with lxml, all in Debian's Python (tests/readers).
	'network-readers': {
		label: 'NetworkX, igraph and lxml for Python',
		debianPackages: ['python3-networkx', 'python3-igraph', 'python3-lxml'],
		byHand:
			'`sudo apt-get install -y python3-networkx python3-igraph python3-lxml` on Debian, or set TIES_PYTHON to a Python that has networkx, igraph and lxml'
	},
	// Two team servers share their documents through a real Redis in the unit tests.
	'redis-server': {
		label: 'Redis',
		debianPackages: ['redis-server'],
		byHand: '`sudo apt-get install -y redis-server` on Debian, `brew install redis` on macOS'
	}
};

/** @param {string} name */
export function isTool(name) {
	return Object.hasOwn(TOOLS, name);
}

/**
 * Makes sure the tools the end-to-end tests need are here, installing what is
 * missing: Chromium from Playwright's own download where it can be reached,
 * else (and everything else) from Debian's packages when this process may
 * install them. Silent when nothing is missing; one line for each step it
 * takes; one line on `fail` when it cannot get something.
 * `debianOnly` leaves Playwright out, for a checkout whose packages are not
 * installed yet (CI fetches the tools while `npm ci` runs).
 * @param {Tool[]} wanted
 * @param {Host} host
 * @param {{ debianOnly?: boolean }} [options]
 * @returns {Promise<boolean>} whether every wanted tool is here now
 */
export async function setUpTools(wanted, host, { debianOnly = false } = {}) {
	let missing = wanted.filter((tool) => !locate(tool, host));
	if (missing.length === 0) return true;

	if (missing.includes('chromium') && !debianOnly) {
		const lookup = host.findChromium();
		if (!lookup.found && lookup.pinned) {
			host.fail(
				`CHROMIUM_PATH is ${lookup.pinned}, which does not exist: point it to a Chromium, or unset it to have one found or installed.`
			);
			return false;
		}
		if (await installPlaywrightChromium(host)) missing = missing.filter((t) => t !== 'chromium');
	}
	if (missing.includes('rsvg-convert')) host.print('rsvg-convert not found.');
	if (missing.includes('soffice')) host.print('LibreOffice (soffice) not found.');
	if (missing.includes('network-readers'))
		host.print('NetworkX, igraph or lxml for Python not found.');
	if (missing.includes('redis-server')) host.print('Redis (redis-server) not found.');
	if (missing.length === 0) return true;
	return installDebianPackages(missing, host);
}

/**
 * @param {Tool} tool
 * @param {Host} host
 */
function locate(tool, host) {
	if (tool === 'network-readers') return host.networkReaders();
	if (tool !== 'chromium') return host.which(tool);
	const lookup = host.findChromium();
	return lookup.found ? lookup.path : undefined;
}

/** @param {Host} host */
async function installPlaywrightChromium(host) {
	host.print(
		"Chromium not found; installing Playwright's Chromium (npx playwright install chromium)…"
	);
	const reach = await host.probePlaywrightDownload();
	if (!reach.reachable) {
		host.print(`Playwright's download is out of reach (${reach.reason}).`);
		return false;
	}
	const install = await host.run('npx', ['playwright', 'install', 'chromium'], {
		timeoutMs: 15 * MINUTE
	});
	if (!install.ok) {
		host.print(`Playwright's installer failed (${install.reason}).`);
		return false;
	}
	const lookup = host.findChromium();
	if (!lookup.found) {
		host.print("Playwright's installer finished, but its Chromium is not where it should be.");
		return false;
	}
	// A download that cannot start here (missing system libraries) is no browser for the tests.
	const starts = await host.run(lookup.path, ['--version'], { timeoutMs: MINUTE });
	if (!starts.ok) {
		host.print(`Playwright's Chromium does not start here (${starts.reason}).`);
		return false;
	}
	host.print(`Playwright's Chromium installed: ${lookup.path}`);
	return true;
}

/**
 * @param {Tool[]} missing
 * @param {Host} host
 */
async function installDebianPackages(missing, host) {
	const rights = host.aptRights();
	if (!rights.can) return cannotGet(missing, rights.because, host);

	const packages = missing.flatMap((tool) => TOOLS[tool].debianPackages);
	host.print(
		`Installing Debian's ${packages.join(' and ')} (apt-get update && apt-get install -y ${packages.join(' ')})…`
	);
	// sudo keeps only the variables it is told to; `env` passes the one apt needs.
	const [command, ...asRoot] = rights.sudo
		? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']
		: ['apt-get'];
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	const update = await host.run(command, [...asRoot, '-qq', 'update'], {
		timeoutMs: 5 * MINUTE,
		env
	});
	if (!update.ok) return cannotGet(missing, `apt-get update failed: ${update.reason}`, host);
	// Another install in progress holds dpkg's lock; wait for it rather than fail.
	const install = await host.run(
		command,
		[...asRoot, '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'install', ...packages],
		{ timeoutMs: 20 * MINUTE, env }
	);
	if (!install.ok) return cannotGet(missing, `apt-get install failed: ${install.reason}`, host);

	/** @type {Tool[]} */
	const stillMissing = [];
	for (const tool of missing) {
		const path = locate(tool, host);
		if (path) host.print(`${TOOLS[tool].label} installed: ${path}`);
		else stillMissing.push(tool);
	}
	if (stillMissing.length === 0) return true;
	return cannotGet(stillMissing, 'apt-get did not put it where it is looked for', host);
}

/**
 * The one line that says what is missing, why it was not installed, and what to do.
 * @param {Tool[]} missing
 * @param {string} because
 * @param {Host} host
 * @returns {false}
 */
function cannotGet(missing, because, host) {
	const names = missing.map((tool) => TOOLS[tool].label).join(' and ');
	const advice = missing.map((tool) => `${TOOLS[tool].label}: ${TOOLS[tool].byHand}.`).join(' ');
	host.fail(`Cannot install ${names} (${because}). ${advice}`);
	return false;
}
