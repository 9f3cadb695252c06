import { isDirected } from '$lib/stage/relation-style';
import type { GraphIndex } from '$lib/model/graph-index';
import { relationQuoteCounts, relationQuotesChecked } from '$lib/model/quote-standing';
import type { Relation } from '$lib/model/schema';
import { typeLabel } from './graph-words';

/** Each attribute relationAttributes gives, with the kind of value it holds. */
export const RELATION_ATTRIBUTE_KINDS = {
	type: 'string',
	typeLabel: 'string',
	status: 'string',
	directed: 'boolean',
	signed: 'string',
	since: 'string',
	until: 'string',
	summary: 'string',
	evidence: 'integer',
	sources: 'string',
	sourceTitles: 'string',
	sourceUrls: 'string',
	url: 'string',
	published: 'string',
	reliability: 'string',
	credibility: 'string',
	locators: 'string',
	quotesChecked: 'string'
} as const;

/** Stands in a list for a value not given, so each entry keeps its place. */
const NOT_GIVEN = '-';

/**
 * A relation's facts as network tools keep them, one value per attribute:
 * type, status, dates (signed, since, until), how much evidence, which
 * sources (ids, ` | `-separated titles and space-separated links, each
 * source once, in the order its evidence cites them) and the first one's
 * link. Its evidence's grades and dates are
 * lists, space-separated, so that each entry lines up with another list:
 * `published` and `reliability` with `sources` (each source once),
 * `credibility` and `locators` (` | `-separated, as a locator has spaces)
 * with the evidence items in order; `-` where one is not given.
 * `quotesChecked` sums up its quotes: `yes` (all found in their source's
 * archived text), `no` (one at least not found), `not archived` (one at least
 * not checked). Missing dates are left out, not written empty.
 */
export function relationAttributes(relation: Relation, index: GraphIndex) {
	const sources = [...new Set(relation.evidence.map((evidence) => evidence.source))];
	const cited = sources.map((id) => index.sources.get(id));
	return {
		type: relation.type,
		typeLabel: typeLabel(relation.type, index),
		status: relation.status,
		directed: isDirected(relation, index.types.get(relation.type)),
		signed: relation.signed,
		since: relation.since,
		until: relation.until,
		summary: relation.summary,
		evidence: relation.evidence.length,
		sources: sources.join(' '),
		sourceTitles: cited.map((source, n) => source?.title ?? sources[n]).join(' | '),
		sourceUrls: cited.map((source) => source?.url ?? NOT_GIVEN).join(' '),
		url: cited[0]?.url,
		published: cited.map((source) => source?.published ?? NOT_GIVEN).join(' '),
		reliability: cited.map((source) => source?.reliability ?? NOT_GIVEN).join(' '),
		credibility: relation.evidence.map((evidence) => evidence.credibility ?? NOT_GIVEN).join(' '),
		locators: relation.evidence.map((evidence) => evidence.locator ?? NOT_GIVEN).join(' | '),
		quotesChecked: relationQuotesChecked(relationQuoteCounts(relation, index))
	};
}
