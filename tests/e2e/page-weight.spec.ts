import { expect, test } from '@playwright/test';
import { initialJavaScript } from '../../bench/initial-javascript';

/**
 * The explorer's first load stays light: what it loads before it can be used
 * is at most 80 kB of gzipped JavaScript. Editors, exports, decks and packs
 * load when they are used. (The build is the one the tests are served from.)
 */
test('the explorer loads at most 80 kB of gzipped JavaScript before it can be used', () => {
	const js = initialJavaScript('build');
	expect(js.files).toBeGreaterThan(0);
	expect(js.gzipped / 1024).toBeLessThanOrEqual(80);
});
