/** The longest run of a path or query kept whole when it offers no place to break. */
const LONGEST_RUN = 18;

/**
 * A web address cut into the parts a printed line may end between: after the
 * scheme's "//" and after each "/", before "?", "&", "=", "#" and ".", after
 * "-" and "_" in a path; never inside a label of the host name, so that
 * "https://www.ksat.com/" breaks as "https://www" | ".ksat" | ".com/" and
 * never as "ksa" | "t.com". A run of a path longer than 18 characters with
 * none of those (a long number, a hash) is cut every 18 characters, since a
 * line must end somewhere. The parts joined are the address, unchanged.
 */
export function breakAddress(address: string): string[] {
	const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(address);
	if (!match) return pathParts(address);
	const [, scheme, host, rest] = match;
	const labels = host.split(/(?=\.)/);
	const [first, ...others] = rest === '' ? [''] : pathParts(rest);
	const hostParts = [...labels.slice(0, -1), labels.at(-1)! + first];
	return [scheme, ...hostParts, ...others].filter((part) => part !== '');
}

/** A path, query and fragment at its break points, long runs cut. */
function pathParts(rest: string): string[] {
	const parts = rest.split(/(?<=[/\-_])|(?=[?&=#.])/).filter((part) => part !== '');
	return parts.flatMap((part) => {
		if (part.length <= LONGEST_RUN) return [part];
		const runs: string[] = [];
		for (let at = 0; at < part.length; at += LONGEST_RUN)
			runs.push(part.slice(at, at + LONGEST_RUN));
		return runs;
	});
}
