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
