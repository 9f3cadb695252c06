// Gets the tools the browser tests need before they run:
// `node scripts/ensure-tools.mjs chromium rsvg-convert`. See set-up-tools.mjs for how.
import { isTool, setUpTools } from './set-up-tools.mjs';
import { systemHost } from './system-host.mjs';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !isTool(name));
if (wanted.length === 0 || unknown.length > 0) {
	console.error('usage: node scripts/ensure-tools.mjs chromium|rsvg-convert|soffice…');
	process.exit(2);
}
const ready = await setUpTools(
	/** @type {import('./set-up-tools.mjs').Tool[]} */ (wanted),
	systemHost()
);
process.exit(ready ? 0 : 1);
