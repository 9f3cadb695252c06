import { StorageProblem } from './graph-store';

/** What the analyst reads when the browser's storage for Ties is full. */
export const QUOTA_MESSAGE =
	"Your browser's storage for Ties is full, so your latest changes are not saved. Download the graph to keep them, then make room by deleting graphs you no longer need.";

/** What the analyst reads when the browser keeps no database for Ties (private mode, storage turned off). */
export const UNAVAILABLE_MESSAGE =
	'This browser does not let Ties keep graphs (private browsing, or site storage turned off). Your graphs stay only until this tab is closed: download a graph to keep it.';

/** Another tab holds the database open while this one needs to upgrade it. */
export const BLOCKED_MESSAGE =
	'Ties is open in another tab that holds its storage. Close the other Ties tabs, then try again.';

/** The database was upgraded by a newer Ties in another tab. */
export const NEWER_MESSAGE =
	'A newer version of Ties is open in another tab. Reload this tab to go on saving your changes.';

const FAILED_MESSAGE =
	"Ties could not save to your browser's storage. Download the graph to keep your changes, then try again.";

/** Names browsers give a full quota: the standard one, and Firefox's older one. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Any failure of the browser's storage as a StorageProblem, in words an
 * analyst can act on. `opening`: the failure came while opening the database,
 * where any error means the browser keeps nothing for Ties.
 */
export function storageProblemOf(error: unknown, opening = false): StorageProblem {
	if (error instanceof StorageProblem) return error;
	const name = error instanceof Error || isDomException(error) ? error.name : '';
	let problem: StorageProblem;
	if (QUOTA_NAMES.has(name)) problem = new StorageProblem(QUOTA_MESSAGE, 'quota');
	else if (name === 'VersionError') problem = new StorageProblem(NEWER_MESSAGE, 'unavailable');
	// Any failure to open (Firefox's private mode says InvalidStateError) leaves Ties without storage.
	else if (opening || name === 'SecurityError')
		problem = new StorageProblem(UNAVAILABLE_MESSAGE, 'unavailable');
	else problem = new StorageProblem(FAILED_MESSAGE, 'failed');
	// The browser's own words stay for the console and for bug reports.
	problem.cause = error;
	return problem;
}

// DOMException is not an Error subclass in every runtime.
function isDomException(error: unknown): error is DOMException {
	return typeof DOMException !== 'undefined' && error instanceof DOMException;
}
