import { clip } from '$lib/model/graph-problem';
import { gexfNetwork } from './gexf-network';
import { graphmlNetwork } from './graphml-network';
import type { ReadNetwork } from './network';
import type { XmlTools } from './xml-elements';

/**
 * The network of a GEXF or GraphML file, told by its root element, not its
 * name. XML that is not well-formed is placed by line and column as the
 * parser says; a file that is neither format is named as such.
 */
export function xmlNetwork(text: string, origin: string, tools: XmlTools): ReadNetwork {
	// Entities can multiply a small file a billionfold, or read another file: these formats need none.
	const root = /<(?:[\w-]+:)?(?:gexf|graphml)\b/.exec(text);
	if (/<!ENTITY/i.test(root ? text.slice(0, root.index) : text)) {
		return {
			ok: false,
			problems: [
				{
					origin,
					place: '',
					message:
						'declares XML entities (<!ENTITY>), which GEXF and GraphML never need: Ties does not open such a file'
				}
			]
		};
	}
	let document: Document;
	try {
		document = new tools.DOMParser().parseFromString(text, 'application/xml');
	} catch (error) {
		// A browser's parser never throws; a stand-in's (xmldom, in Node) throws with the place.
		const at = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
		const place = at?.lineNumber ? `line ${at.lineNumber}, column ${at.columnNumber ?? 0} ` : '';
		return notXml(origin, place + (error instanceof Error ? error.message : String(error)));
	}
	const error = document.getElementsByTagName('parsererror')[0];
	if (error) return notXml(origin, error.textContent ?? '');
	const element = document.documentElement;
	switch (element?.localName) {
		case 'gexf':
			return gexfNetwork(document, origin, tools);
		case 'graphml':
			return graphmlNetwork(document, origin, tools);
		default:
			return {
				ok: false,
				problems: [
					{
						origin,
						place: '',
						message: `is XML, but neither GEXF nor GraphML: its root element is <${clip(element?.localName ?? '', 40)}>`
					}
				]
			};
	}
}

/** Why the text is not XML, with the line and column the parser gives (browsers and xmldom word it differently). */
function notXml(origin: string, reason: string): ReadNetwork {
	const place = /line:?\s*(\d+)[^\d]+(?:column|col):?\s*(\d+)/i.exec(reason);
	const said =
		/error on line \d+ at column \d+:\s*([^\n]*)/.exec(reason)?.[1] ??
		reason.replace(/^line \d+, column \d+ /, '');
	return {
		ok: false,
		problems: [
			{
				origin,
				place: place ? `line ${place[1]}, column ${place[2]}` : '',
				message: `is not well-formed XML: ${clip(said.replace(/\s+/g, ' ').trim(), 200)}`
			}
		]
	};
}
