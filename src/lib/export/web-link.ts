/**
 * Whether an export may write `url` as a link: only addresses on the web. The
 * graph schema admits no others (or none, for a source with no address);
 * exports hold to it even if the schema changes.
 */
export function isWebLink(url: string | undefined): url is string {
	return url !== undefined && /^https?:\/\/[^\s]/i.test(url);
}
