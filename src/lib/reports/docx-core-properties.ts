/** What a Word document says of itself in its core properties: the title and when it was made. */
export interface DocxCoreProperties {
	title?: string;
	/** YYYY-MM-DD. */
	created?: string;
}

/**
 * Reads a Word document's core properties (`docProps/core.xml`): `dc:title`
 * and `dcterms:created`, which Word fills in as File → Info shows them. The
 * creation date is the day the document was first saved: the day of the
 * report, for a report written and published at once.
 */
export function docxCoreProperties(xml: string): DocxCoreProperties {
	const title = element(xml, 'title')?.replace(/\s+/g, ' ').trim();
	const created = /^(\d{4}-\d{2}-\d{2})/.exec(element(xml, 'created')?.trim() ?? '')?.[1];
	return {
		...(title ? { title } : {}),
		...(created ? { created } : {})
	};
}

/** The text of the first element named `name` (whatever its namespace prefix), its entities decoded. */
function element(xml: string, name: string): string | undefined {
	const match = new RegExp(
		`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`
	).exec(xml);
	return match ? decodeEntities(match[1]) : undefined;
}

const NAMED: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

function decodeEntities(text: string): string {
	return text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (entity, hex, decimal, name) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
		return NAMED[name] ?? entity;
	});
}
