// Gets the tools the tests need before they run:
// `node scripts/ensure-tools.mjs chromium rsvg-convert soffice` for the browser tests,
// `node scripts/ensure-tools.mjs network-readers` for the unit tests. See set-up-tools.mjs for how.
// `--debian-only` takes everything from Debian's packages, Chromium too: it needs no node_modules.
import { isTool, setUpTools } from './set-up-tools.mjs';
import { systemHost } from './system-host.mjs';

const debianOnly = process.argv[2] === '--debian-only';
const wanted = process.argv.slice(debianOnly ? 3 : 2);
const unknown = wanted.filter((name) => !isTool(name));
if (wanted.length === 0 || unknown.length > 0) {
	console.error(
		'usage: node scripts/ensure-tools.mjs [--debian-only] chromium|rsvg-convert|soffice|network-readers|redis-server…'
	);
	process.exit(2);
}
const ready = await setUpTools(
	/** @type {import('./set-up-tools.mjs').Tool[]} */ (wanted),
	systemHost(),
	{ debianOnly }
);
process.exit(ready ? 0 : 1);
