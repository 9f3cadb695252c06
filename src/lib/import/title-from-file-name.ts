/**
 * A graph's title from the name of the file it came from, for files that
 * carry none (CSV, node-link): `dprk-network.csv` → `dprk-network`.
 */
export function titleFromFileName(name: string): string {
	const base = name.split(/[/\\]/).pop() ?? '';
	const title = base.replace(/\.(json|csv)$/i, '').trim();
	return title === '' ? 'Opened network' : title.slice(0, 200).trim();
}
