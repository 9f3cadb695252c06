import * as z from 'zod';
import { GraphFileSchema } from './schema';

/**
 * The graph file's shape as a JSON Schema, published as static/graph.schema.json
 * so editors can check and complete a file while it is written. It says only
 * what a shape can say: a file that fits it may still fail `checkReferences`
 * or the checks JSON Schema cannot express (a real calendar date, a link that
 * parses, evidence with a quote or a note).
 */
export function graphJsonSchema(): z.core.JSONSchema.BaseSchema {
	// `input`: the schema describes the file as written, before parsing trims text.
	// `any`: refinements have no JSON Schema form and are left to the parser.
	const { $schema, ...shape } = z.toJSONSchema(GraphFileSchema, {
		target: 'draft-2020-12',
		unrepresentable: 'any',
		io: 'input'
	});
	return {
		$schema,
		$id: 'graph.schema.json',
		title: 'Ties graph file',
		description:
			'A Ties graph file: one JSON document per network, listing its actors, the relations ' +
			'between them, and the sources behind them. Every relation carries evidence: at least ' +
			'one quote or note citing a source.',
		...shape
	};
}
