import { formatPath, type GraphProblem } from '$lib/model/graph-problem';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from './import-limits';
import { grouped } from '$lib/model/count-words';

/** Fields whose texts the schema limits itself (a source's archived text may be long). */
const OWN_LIMIT = new Set(['archivedText']);

/**
 * What in a value `JSON.parse` returned is too much to open: nesting deeper
 * than `MAX_DEPTH` (one problem, at the first place it goes too deep) and
 * every text or field name longer than `MAX_TEXT_LENGTH`, each placed by its
 * path. Walks without recursion, so no file can overflow the stack; the
 * caller names their origin. Never throws.
 */
export function limitProblems(value: unknown): GraphProblem[] {
	if (withinLimits(value)) return [];
	const problems: GraphProblem[] = [];
	const tooLong = (path: (string | number)[], what: string, characters: number) =>
		problems.push({
			origin: '',
			place: formatPath(path),
			message: `${what} of ${grouped(characters)} characters is too long to open (at most ${grouped(MAX_TEXT_LENGTH)})`
		});
	// Texts are checked where they stand; only arrays and objects wait their turn.
	const checkText = (child: string, key: string | number, parent: Place) => {
		const ownLimit = typeof key === 'string' && OWN_LIMIT.has(key);
		if (child.length > MAX_TEXT_LENGTH && !ownLimit) {
			tooLong([...pathOf(parent), key], 'a text', child.length);
		}
	};
	if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH)
		tooLong([], 'a text', value.length);
	const stack: Place[] = [{ value, key: '', depth: 0 }];
	while (stack.length > 0) {
		const place = stack.pop()!;
		const item = place.value;
		if (typeof item !== 'object' || item === null) continue;
		if (place.depth >= MAX_DEPTH) {
			return [
				{
					origin: '',
					// Where the deep nesting starts: its whole path would only repeat "[0]".
					place: `${formatPath(pathOf(place).slice(0, 4))}…`,
					message: `the JSON is nested more than ${MAX_DEPTH} levels deep; a graph file needs no more than 6`
				}
			];
		}
		const depth = place.depth + 1;
		// Texts are checked in the file's order; arrays and objects are pushed last to first, so
		// that the problems they hold come in the file's order too.
		if (Array.isArray(item)) {
			for (let i = 0; i < item.length; i++) {
				const child: unknown = item[i];
				if (typeof child === 'string') checkText(child, i, place);
			}
			for (let i = item.length - 1; i >= 0; i--) {
				const child: unknown = item[i];
				if (typeof child === 'object' && child !== null) {
					stack.push({ value: child, key: i, parent: place, depth });
				}
			}
			continue;
		}
		const keys = Object.keys(item);
		for (const key of keys) {
			if (key.length > MAX_TEXT_LENGTH) tooLong(pathOf(place), 'a field name', key.length);
			const child: unknown = (item as Record<string, unknown>)[key];
			if (typeof child === 'string') checkText(child, key, place);
		}
		for (let i = keys.length - 1; i >= 0; i--) {
			const child: unknown = (item as Record<string, unknown>)[keys[i]];
			if (typeof child === 'object' && child !== null) {
				stack.push({ value: child, key: keys[i], parent: place, depth });
			}
		}
	}
	return problems;
}

/**
 * Whether nothing in the value goes too deep and no text or field name is too
 * long: the quick walk every file takes, with no record of the way down.
 * Only a file it doubts is walked again to place its problems (a long text
 * may still be one whose field has a limit of its own).
 */
function withinLimits(value: unknown): boolean {
	const values: object[] = [];
	const depths: number[] = [];
	// A text over the limit, or an array or object to walk at `depth`.
	const tooLong = (child: unknown, depth: number): boolean => {
		if (typeof child === 'string') return child.length > MAX_TEXT_LENGTH;
		if (typeof child === 'object' && child !== null) {
			values.push(child);
			depths.push(depth);
		}
		return false;
	};
	if (tooLong(value, 0)) return false;
	while (values.length > 0) {
		const item = values.pop()!;
		const depth = depths.pop()!;
		if (depth >= MAX_DEPTH) return false;
		if (Array.isArray(item)) {
			for (let i = 0; i < item.length; i++) if (tooLong(item[i], depth + 1)) return false;
			continue;
		}
		for (const key in item) {
			if (key.length > MAX_TEXT_LENGTH) return false;
			if (tooLong((item as Record<string, unknown>)[key], depth + 1)) return false;
		}
	}
	return true;
}

/** A value met on the walk, and how it was reached: its path is built only for a problem. */
interface Place {
	value: unknown;
	key: string | number;
	parent?: Place;
	depth: number;
}

function pathOf(place: Place): (string | number)[] {
	const path: (string | number)[] = [];
	for (let at: Place | undefined = place; at?.parent; at = at.parent) path.unshift(at.key);
	return path;
}
