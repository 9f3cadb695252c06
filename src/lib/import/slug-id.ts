/**
 * An id made from a name, as the schema wants ids (lower-case letters,
 * digits and "-"), different from every id in `taken`, which it joins:
 * `Côte d'Ivoire` → `cote-d-ivoire`, then `cote-d-ivoire-2`. A name with no
 * Latin letters or digits gets `fallback`, numbered the same way.
 */
export function slugId(name: string, fallback: string, taken: Set<string>): string {
	// Thousands of edges have no name to make an id of: they need no normalizing.
	const slug = name === '' ? '' : slugOf(name);
	const base = slug === '' ? fallback : slug;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

function slugOf(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, 60)
		.replace(/^-+|-+$/g, '');
}
