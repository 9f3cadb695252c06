import { describe, expect, it } from 'vitest';
import { findChromium, SYSTEM_CHROMIUM } from './find-chromium.mjs';

const PLAYWRIGHT_CHROME = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A lookup on a machine that has exactly the files in `present`. */
function lookOn(present: string[], env: NodeJS.ProcessEnv = {}) {
	return findChromium({
		env,
		exists: (path) => present.includes(path),
		playwrightChromium: () => PLAYWRIGHT_CHROME
	});
}

describe('findChromium', () => {
	it('takes CHROMIUM_PATH first', () => {
		expect(
			lookOn(['/opt/chrome', SYSTEM_CHROMIUM, PLAYWRIGHT_CHROME], { CHROMIUM_PATH: '/opt/chrome' })
		).toEqual({ found: true, path: '/opt/chrome' });
	});

	it('finds nothing, and says so, when CHROMIUM_PATH names a missing file', () => {
		expect(lookOn([SYSTEM_CHROMIUM], { CHROMIUM_PATH: '/opt/chrome' })).toEqual({
			found: false,
			pinned: '/opt/chrome'
		});
	});

	it("takes Debian's Chromium before Playwright's own", () => {
		expect(lookOn([SYSTEM_CHROMIUM, PLAYWRIGHT_CHROME])).toEqual({
			found: true,
			path: SYSTEM_CHROMIUM
		});
	});

	it("takes Playwright's own when it is the only one", () => {
		expect(lookOn([PLAYWRIGHT_CHROME])).toEqual({ found: true, path: PLAYWRIGHT_CHROME });
	});

	it('finds nothing on a machine without a Chromium', () => {
		expect(lookOn([])).toEqual({ found: false, pinned: undefined });
		expect(
			findChromium({ env: {}, exists: () => true, playwrightChromium: () => undefined })
		).toEqual({ found: true, path: SYSTEM_CHROMIUM });
		expect(
			findChromium({ env: {}, exists: () => false, playwrightChromium: () => undefined })
		).toEqual({ found: false, pinned: undefined });
	});
});
