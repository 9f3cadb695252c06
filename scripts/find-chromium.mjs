import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's Chromium (`apt-get install -y chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * @typedef {{ found: true, path: string }
 *   | { found: false, pinned: string | undefined }} ChromiumLookup
 * `pinned` is CHROMIUM_PATH when it is set to a file that is not there: no
 * other browser will do then, since the tests would still launch that one.
 */

/**
 * The Chromium to test in: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else the one `npx playwright install chromium` downloads.
 * The only place that says where a browser is looked for.
 * @param {{ env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean,
 *   playwrightChromium?: () => string | undefined }} [where]
 * @returns {ChromiumLookup}
 */
export function findChromium({
	env = process.env,
	exists = existsSync,
	playwrightChromium = playwrightChromiumPath
} = {}) {
	const pinned = env.CHROMIUM_PATH;
	if (pinned) return exists(pinned) ? { found: true, path: pinned } : { found: false, pinned };
	if (exists(SYSTEM_CHROMIUM)) return { found: true, path: SYSTEM_CHROMIUM };
	const own = playwrightChromium();
	if (own && exists(own)) return { found: true, path: own };
	return { found: false, pinned: undefined };
}

/** Where Playwright keeps (or would keep) its own Chromium, honouring PLAYWRIGHT_BROWSERS_PATH. */
function playwrightChromiumPath() {
	try {
		// Loaded only when asked: it takes seconds, and the browser is usually found before.
		/** @type {typeof import('@playwright/test')} */
		const playwright = createRequire(import.meta.url)('@playwright/test');
		return playwright.chromium.executablePath();
	} catch {
		// This platform has no Playwright build of Chromium.
		return undefined;
	}
}

/** Flags that keep a headless Chromium quiet and working as root on a machine without a network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Launch options for a Playwright config, or the process stops with one line.
 * `npm run test:e2e` and `npm run bench` install a browser before this runs;
 * the line is for someone who calls `playwright test` directly.
 * @param {string} purpose what needs the browser ("end-to-end tests", "benchmark")
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumOrExit(purpose) {
	const lookup = findChromium();
	if (!lookup.found) {
		console.error(
			lookup.pinned
				? `No Chromium for the ${purpose}: CHROMIUM_PATH is ${lookup.pinned}, which does not exist.`
				: `No Chromium for the ${purpose}: run \`node scripts/ensure-tools.mjs chromium\` to install one, or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
	return { executablePath: lookup.path, args: CHROMIUM_ARGS };
}
