/**
 * A graph's title from the name of the file it came from, for files that
 * carry none (CSV, node-link): `dprk-network.csv` → `dprk-network`. An
 * address is named by its last segment: `https://x.org/data/ba-50.json?v=2`
 * → `ba-50`.
 */
export function titleFromFileName(name: string): string {
	// A file the analyst chose has no folder in its name: a "/" makes it an address.
	const address = name.includes('/');
	const last = (address ? name.split(/[?#]/)[0] : name).split(/[/\\]/).pop() ?? '';
	const base = address ? decoded(last) : last;
	const title = base.replace(/\.(json|csv|gexf|graphml|xml)$/i, '').trim();
	return title === '' ? 'Opened network' : title.slice(0, 200).trim();
}

/** `Sanctions%202024.json` → `Sanctions 2024.json`; a segment badly escaped stays as it is. */
function decoded(segment: string): string {
	try {
		return /%[0-9a-f]{2}/i.test(segment) ? decodeURIComponent(segment) : segment;
	} catch {
		return segment;
	}
}
