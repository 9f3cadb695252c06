import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { packTemplate } from './build-pack-page.mjs';

/**
 * Builds the briefing pack template after the site: the same app, built a
 * second time as one self-contained page (TIES_BUILD=pack, see
 * svelte.config.js), made a template with its policy and its empty graph
 * element, and shipped with the site as pack-template.html, which Export →
 * Briefing pack fills with the graph.
 */
const PAGE = '.svelte-kit/pack/site/pack.html';
/** The static site, and the files `vite preview` serves. */
const SITES = ['build', '.svelte-kit/output/client'];
const NAME = 'pack-template.html';

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: { ...process.env, TIES_BUILD: 'pack' }
});
if (built.status !== 0) {
	console.error('The briefing pack could not be built');
	process.exit(built.status ?? 1);
}

const template = packTemplate(readFileSync(PAGE, 'utf8'));
const [first, ...others] = SITES.filter((site) => existsSync(site));
if (!first) {
	console.error(
		`No site to ship the pack template with: build the site first (${SITES.join(', ')})`
	);
	process.exit(1);
}
writeFileSync(`${first}/${NAME}`, template);
for (const site of others) copyFileSync(`${first}/${NAME}`, `${site}/${NAME}`);
console.log(
	`Briefing pack template: ${(template.length / 1024).toFixed(0)} kB, in ${[first, ...others].join(', ')}`
);
