import * as z from 'zod';
import { formatPath, type GraphProblem } from './graph-problem';
import { formatProblem, inCurrentFormat } from './file-format';
import { checkReferences } from './references';
import { quickShape } from './quick-shape';
import { GraphFileSchema, type GraphFile } from './schema';

export type ParsedGraph = { ok: true; graph: GraphFile } | { ok: false; problems: GraphProblem[] };

/**
 * Checks a graph file, already read as JSON, and returns it typed or every
 * problem in it, each with its path. A file of an older format is read as
 * one of the current format; one of a newer format is refused before its
 * contents are read, so nothing in it is misread. A file that passes the
 * quick check (quickShape) is not checked twice; zod checks any other, and
 * words its problems. `fresh`: the input is the caller's alone (just parsed
 * or just made), and what passes as it stands is kept rather than copied.
 * Never throws on bad input.
 */
export function parseGraph(input: unknown, { fresh = false } = {}): ParsedGraph {
	let file = input;
	if (typeof file === 'object' && file !== null && !Array.isArray(file)) {
		const problem = formatProblem(file as Record<string, unknown>);
		if (problem) return { ok: false, problems: [problem] };
		file = inCurrentFormat(file as Record<string, unknown>);
	}
	let graph = quickShape(file, { fresh });
	if (!graph) {
		const result = GraphFileSchema.safeParse(file, { reportInput: true });
		if (!result.success) return { ok: false, problems: result.error.issues.map(toProblem) };
		graph = result.data;
	}
	const problems = checkReferences(graph);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, graph };
}

function toProblem(issue: z.core.$ZodIssue): GraphProblem {
	return { origin: '', place: formatPath(issue.path), message: describeIssue(issue) };
}

/** Zod's wording, rephrased where an analyst would not follow it. */
function describeIssue(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `is missing (expected ${article(issue.expected)})`;
			return `must be ${article(issue.expected)}, not ${article(kindOf(issue.input))}`;
		case 'unrecognized_keys':
			return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
		default:
			return issue.message;
	}
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function article(kind: string): string {
	if (kind === 'null' || kind === 'undefined') return kind;
	return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
