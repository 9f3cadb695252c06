import { ACTOR_CODE_PATTERN, ISO_3166_PATTERN, isGraphId } from './field-patterns';
import { partialDateProblem } from './partial-date';
import type { GraphFile } from './schema';

/**
 * The graph file's shape (schema.ts), checked without zod: a copy of a file
 * that passes, with its fields in the schema's order as zod would give it,
 * or undefined wherever zod could answer anything else: a problem, a text
 * it would trim, an optional field written as `undefined`. Then zod checks
 * the file and says where and why. A large network's first picture waits on
 * this check; zod, compiled without eval under the page's security policy,
 * takes tens of milliseconds per thousand actors. quick-shape.test.ts holds
 * the two to the same answers on valid and broken files.
 *
 * `fresh`: the value is the caller's alone (just parsed, or just made), so
 * every object and list in it that passes as it stands, its fields in the
 * schema's order, is kept rather than copied; the file a network opens
 * from is made of thousands of them. Only what differs is copied.
 */
export function quickShape(value: unknown, { fresh = false } = {}): GraphFile | undefined {
	keeping = fresh;
	try {
		return graphFile(value);
	} catch (error) {
		if (error === REFUSED) return undefined;
		throw error;
	} finally {
		keeping = false;
	}
}

/** Whether the check under way keeps what passes as it stands (see quickShape's `fresh`). */
let keeping = false;

/** Thrown to leave the check at the first doubt; never leaves quickShape. */
const REFUSED = Symbol('refused');

function refuse(): never {
	throw REFUSED;
}

type Check<T> = (value: unknown) => T;
type Record_ = Record<string, unknown>;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LINK = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
/** The characters String.prototype.trim takes off (\s is the same set). */
const SPACE = /\s/;

function id(value: unknown): string {
	if (typeof value !== 'string' || !isGraphId(value)) refuse();
	return value;
}

/** A text the schema trims: one that has nothing to trim, not empty, at most `max` long. */
function text(max: number): Check<string> {
	return (value) => {
		if (typeof value !== 'string' || value.length === 0 || value.length > max) refuse();
		// What trim would take off, looked for at both ends: trimming thousands of texts copies each.
		if (SPACE.test(value[0]) || SPACE.test(value[value.length - 1])) refuse();
		return value;
	};
}

function matching(pattern: RegExp): Check<string> {
	return (value) => {
		if (typeof value !== 'string' || !pattern.test(value)) refuse();
		return value;
	};
}

function oneOf<T extends string>(...values: readonly T[]): Check<T> {
	const known = new Set<unknown>(values);
	return (value) => {
		if (!known.has(value)) refuse();
		return value as T;
	};
}

function partialDate(value: unknown): string {
	if (typeof value !== 'string' || !DATE.test(value) || partialDateProblem(value)) refuse();
	return value;
}

function webLink(value: unknown): string {
	if (typeof value !== 'string' || value.length > 2000 || !LINK.test(value)) refuse();
	if (!URL.canParse(value)) refuse();
	return value;
}

function number(min = -Infinity, max = Infinity, whole = false): Check<number> {
	return (value) => {
		if (typeof value !== 'number' || !Number.isFinite(value)) refuse();
		if (value < min || value > max || (whole && !Number.isSafeInteger(value))) refuse();
		return value;
	};
}

function boolean(value: unknown): boolean {
	if (typeof value !== 'boolean') refuse();
	return value;
}

function list<T>(item: Check<T>, max: number, min = 0): Check<T[]> {
	return (value) => {
		if (!Array.isArray(value) || value.length < min || value.length > max) refuse();
		// Kept as it stands until an item differs (see quickShape's `fresh`), else copied from the start.
		let copy: T[] | undefined = keeping ? undefined : [];
		for (let i = 0; i < value.length; i++) {
			const checked = item(value[i]);
			if (!copy && checked !== value[i]) copy = value.slice(0, i) as T[];
			if (copy) copy.push(checked);
		}
		return copy ?? (value as T[]);
	};
}

/**
 * A strict object: only the fields of `shape`, each present one checked, the
 * required ones present, copied in the shape's order (or kept, where it
 * may be and already is in that order).
 */
function object<T>(shape: Record<string, Check<unknown>>, required: readonly string[]): Check<T> {
	const names = Object.keys(shape);
	const checks = Object.values(shape);
	const mustHave = names.map((name) => required.includes(name));
	return (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse();
		const input = value as Record_;
		const prototype = Object.getPrototypeOf(input);
		if (prototype !== Object.prototype && prototype !== null) refuse();
		let present = 0;
		// Kept as it stands until a field differs (see quickShape's `fresh`), else copied from the
		// start: always one without a prototype, which zod gives back as a plain object.
		let copy: Record_ | undefined = keeping && prototype !== null ? undefined : {};
		for (let i = 0; i < names.length; i++) {
			const name = names[i];
			const field = input[name];
			if (field === undefined) {
				// Missing where it must be: zod says which. One written as undefined is counted below.
				if (mustHave[i]) refuse();
				continue;
			}
			// No check passes undefined, nor a field the object inherits rather than has.
			if (!Object.hasOwn(input, name)) refuse();
			const checked = checks[i](field);
			if (!copy && checked !== field) copy = fieldsBefore(input, names, i);
			if (copy) copy[name] = checked;
			present++;
		}
		// Any other field, or one written as undefined, is one zod would answer; a field out of
		// the schema's order is one a copy puts in its place.
		let fields = 0;
		let inOrder = true;
		let next = 0;
		for (const name in input) {
			if (!Object.hasOwn(input, name)) continue;
			fields++;
			if (copy || !inOrder) continue;
			while (next < names.length && names[next] !== name) next++;
			if (next++ === names.length) inOrder = false;
		}
		if (fields !== present) refuse();
		return (copy ?? (inOrder ? input : fieldsBefore(input, names, names.length))) as T;
	};
}

/** A copy of the fields of `input` among the first `count` of `names`, in their order. */
function fieldsBefore(input: Record_, names: readonly string[], count: number): Record_ {
	const copy: Record_ = {};
	for (let i = 0; i < count; i++)
		if (input[names[i]] !== undefined) copy[names[i]] = input[names[i]];
	return copy;
}

const actor = object(
	{
		id,
		name: text(80),
		fullName: text(200),
		kind: oneOf('state', 'organization', 'person', 'other'),
		iso3166: matching(ISO_3166_PATTERN),
		code: matching(ACTOR_CODE_PATTERN),
		aliases: list(text(200), 50),
		position: object({ x: number(), y: number() }, ['x', 'y']),
		pinned: boolean
	},
	['id', 'name', 'kind']
);

const relationType = object(
	{
		id,
		label: text(60),
		colour: matching(COLOUR),
		dash: oneOf('solid', 'long-dash', 'short-dash', 'dash-dot', 'dotted', 'double'),
		end: oneOf('none', 'arrow', 'bar'),
		weight: number(0.5, 8),
		directed: boolean
	},
	['id', 'label', 'colour', 'dash', 'end', 'directed']
);

const source = object(
	{
		id,
		title: text(300),
		publisher: text(200),
		url: webLink,
		published: partialDate,
		reliability: oneOf('A', 'B', 'C', 'D', 'E', 'F'),
		archivedText: (value) => {
			if (typeof value !== 'string' || value.length > 1_000_000) refuse();
			return value;
		}
	},
	['id', 'title', 'publisher', 'published']
);

const evidenceShape = object<Record_>(
	{
		source: id,
		quote: text(4000),
		note: text(4000),
		locator: text(200),
		credibility: number(1, 6, true)
	},
	['source']
);

function evidence(value: unknown): Record_ {
	const item = evidenceShape(value);
	if (item.quote === undefined && item.note === undefined) refuse();
	return item;
}

const relation = object(
	{
		id,
		type: id,
		source: id,
		target: id,
		directed: boolean,
		status: oneOf('confirmed', 'reported', 'alleged', 'denied'),
		signed: partialDate,
		since: partialDate,
		until: partialDate,
		summary: text(300),
		evidence: list(evidence, 500, 1)
	},
	['id', 'type', 'source', 'target', 'status', 'summary', 'evidence']
);

const storyStep = object(
	{
		id,
		title: text(120),
		caption: text(800),
		actors: list(id, 1000),
		relations: list(id, 10_000),
		asOf: partialDate,
		notes: text(4000)
	},
	['title', 'caption']
);

const graphFile = object<GraphFile>(
	{
		$schema: (value) => {
			if (typeof value !== 'string') refuse();
			return value;
		},
		format: number(1, Infinity, true),
		title: text(200),
		subtitle: text(300),
		description: text(4000),
		marking: text(120),
		asOf: partialDate,
		seed: number(0, Infinity, true),
		actors: list(actor, 20_000),
		relationTypes: list(relationType, 100),
		sources: list(source, 20_000),
		relations: list(relation, 100_000),
		story: list(storyStep, 200, 1)
	},
	['title', 'asOf', 'actors', 'sources', 'relations']
);
