/**
 * Whether an export may write `url` as a link: only addresses on the web. The
 * graph schema admits no others; exports hold to it even if the schema changes.
 */
export function isWebLink(url: string): boolean {
	return /^https?:\/\/[^\s]/i.test(url);
}
