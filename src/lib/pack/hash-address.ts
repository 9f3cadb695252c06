import { readAddress, writeAddress } from '$lib/address/address';
import { packMode } from './pack-mode';

/** Stands for the pack's own file: its addresses are all after '#'. */
const PACK_BASE = 'http://pack.invalid/';

/**
 * The address the pages read, from the browser's `location`. In the pack
 * the route and its query live after '#' (`pack.html#/present?step=2`), as
 * the file's own path cannot change; elsewhere the address is the location.
 */
export function pageAddress(location: URL, inHash = packMode): URL {
	if (!inHash) return location;
	return new URL(location.hash.slice(1) || '/', PACK_BASE);
}

/** The step the page's address names, as people count (from 1), if it names one. */
export function stepOfPage(location: URL, inHash = packMode): number | undefined {
	return readAddress(pageAddress(location, inHash)).address.step;
}

/** The location that shows `step` on the page at `location`: in the pack, written after '#'. */
export function locationWithStep(location: URL, step: number, inHash = packMode): URL {
	if (!inHash) return writeAddress(location, { step });
	const address = writeAddress(pageAddress(location, true), { step });
	const next = new URL(location);
	next.hash = address.pathname + address.search;
	return next;
}
