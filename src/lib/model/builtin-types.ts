import type { GraphFile, RelationType } from './schema';

/**
 * The four relation types every graph knows. Colour (Okabe–Ito, purple from
 * Paul Tol), line pattern and line end each differ, so the types stay apart
 * in grayscale and for colour-blind readers.
 */
export const BUILTIN_RELATION_TYPES: readonly RelationType[] = [
	{ id: 'trade', label: 'Trade', colour: '#0072B2', dash: 'solid', end: 'arrow', directed: false },
	{ id: 'aid', label: 'Aid', colour: '#009E73', dash: 'long-dash', end: 'arrow', directed: true },
	{
		id: 'defense-pact',
		label: 'Defense pact',
		colour: '#AA3377',
		dash: 'double',
		end: 'none',
		weight: 4.5,
		directed: false
	},
	{
		id: 'sanctions',
		label: 'Sanctions',
		colour: '#D55E00',
		dash: 'solid',
		end: 'bar',
		weight: 3,
		directed: true
	}
];

/** Every type a graph can use, by id: the built-ins, then the file's own (which may restyle a built-in). */
export function relationTypesOf(
	graph: Pick<GraphFile, 'relationTypes'>
): Map<string, RelationType> {
	const types = new Map<string, RelationType>();
	for (const type of BUILTIN_RELATION_TYPES) types.set(type.id, type);
	for (const type of graph.relationTypes ?? []) types.set(type.id, type);
	return types;
}
