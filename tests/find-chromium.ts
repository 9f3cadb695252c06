import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to test in: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else the one `npx playwright install chromium` downloads.
 */
export function findChromium(): { found: true; path: string | undefined } | { found: false } {
	const fromEnvironment = process.env.CHROMIUM_PATH;
	if (fromEnvironment)
		return existsSync(fromEnvironment) ? { found: true, path: fromEnvironment } : { found: false };
	if (existsSync('/usr/bin/chromium')) return { found: true, path: '/usr/bin/chromium' };
	try {
		if (existsSync(chromium.executablePath())) return { found: true, path: undefined };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return { found: false };
}

/**
 * The browser to launch, or the process stops with one line saying how to
 * install one. `for` names what needs it ("end-to-end tests", "benchmark").
 */
export function chromiumOrExit(purpose: string): {
	executablePath: string | undefined;
	args: string[];
} {
	const chromium = findChromium();
	if (!chromium.found) {
		console.error(
			`No Chromium for the ${purpose}: install one (Debian: apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
	return { executablePath: chromium.path, args: CHROMIUM_ARGS };
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
