import * as z from 'zod';
import { ACTOR_CODE_PATTERN, ID_LENGTH, ID_PATTERN, ISO_3166_PATTERN } from './field-patterns';
import { partialDateProblem } from './partial-date';

// No compiled parsers: the Content Security Policy allows no eval, and zod's
// probe for it would be reported as a violation. Set before any schema is made.
z.config({ jitless: true });

/**
 * The graph file: one JSON document per network. This module describes its
 * shape; `checkReferences` (in references.ts) checks what a shape cannot say,
 * such as a relation naming an actor that does not exist.
 */

const id = (what: string) =>
	z
		.string()
		.min(1, `${what} id is empty`)
		.max(ID_LENGTH, `${what} id is longer than ${ID_LENGTH} characters`)
		.regex(ID_PATTERN, `${what} id must be lower-case letters, digits, ".", "_" or "-"`);

const text = (max: number) =>
	z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);

/** A year, a year-month or a full ISO date. */
export const PartialDateSchema = z
	.string()
	// `abort`: a malformed value gets this one message, not a second from the check below.
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
		message: 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
		abort: true
	})
	.superRefine((value, context) => {
		const problem = partialDateProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem });
	});

/** Links in a graph file lead to the web and nowhere else. */
export const WebLinkSchema = z
	.string()
	.max(2000, 'is longer than 2000 characters')
	.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\//, {
		message: 'must be an http:// or https:// link',
		abort: true
	})
	.refine((value) => URL.canParse(value), 'is not a valid link');

export const ActorKindSchema = z.enum(['state', 'organization', 'person', 'other']);

export const ActorSchema = z.strictObject({
	id: id('actor'),
	name: text(80),
	fullName: text(200).optional(),
	kind: ActorKindSchema,
	iso3166: z
		.string()
		.regex(ISO_3166_PATTERN, 'must be an ISO 3166 code of two or three capital letters')
		.optional(),
	code: z
		.string()
		.regex(ACTOR_CODE_PATTERN, 'must be 1 to 5 letters or digits')
		.optional()
		.describe('Short code drawn inside the actor, e.g. PRK; defaults to the ISO code'),
	aliases: z.array(text(200)).max(50).optional(),
	position: z
		.strictObject({ x: z.number().finite(), y: z.number().finite() })
		.optional()
		.describe(
			'Where the actor stands: set by the analyst, or kept from the layout so that an edit moves nothing'
		),
	pinned: z
		.boolean()
		.optional()
		.describe('The analyst placed the actor by hand: tidying the layout leaves it where it is')
});

export const LineDashSchema = z.enum([
	'solid',
	'long-dash',
	'short-dash',
	'dash-dot',
	'dotted',
	'double'
]);
export const LineEndSchema = z.enum(['none', 'arrow', 'bar']);

export const RelationTypeSchema = z.strictObject({
	id: id('relation type'),
	label: text(60),
	colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0072B2'),
	dash: LineDashSchema.describe('Line pattern; keeps types apart in grayscale'),
	end: LineEndSchema.describe('What marks the target end of a directed relation'),
	weight: z
		.number()
		.min(0.5, 'must be from 0.5 to 8')
		.max(8, 'must be from 0.5 to 8')
		.optional()
		.describe('Line width in pixels'),
	directed: z.boolean().describe('Whether relations of this type flow one way by nature')
});

export const ReliabilitySchema = z
	.enum(['A', 'B', 'C', 'D', 'E', 'F'])
	.describe('Admiralty code: A completely reliable … E unreliable, F cannot be judged');

export const SourceSchema = z.strictObject({
	id: id('source'),
	title: text(300),
	publisher: text(200),
	url: WebLinkSchema.optional().describe(
		'Where the source can be read; left out for one that has no address, such as a file opened from another tool'
	),
	published: PartialDateSchema,
	reliability: ReliabilitySchema.optional(),
	archivedText: z
		.string()
		.max(1_000_000, 'is longer than 1,000,000 characters')
		.optional()
		.describe('The text of the source as read, so quotes can be checked and shown in place')
});

export const RelationStatusSchema = z.enum(['confirmed', 'reported', 'alleged', 'denied']);

export const EvidenceSchema = z
	.strictObject({
		source: id('source'),
		quote: text(4000).optional().describe('Verbatim words from the source, nothing changed'),
		note: text(4000).optional().describe("The analyst's paraphrase or comment"),
		locator: text(200).optional().describe('Where in the source: article, paragraph, page'),
		credibility: z
			.number()
			.int('must be a whole number from 1 to 6')
			.min(1, 'must be from 1 to 6')
			.max(6, 'must be from 1 to 6')
			.optional()
			.describe('Admiralty code: 1 confirmed by other sources … 6 cannot be judged')
	})
	.refine((evidence) => evidence.quote !== undefined || evidence.note !== undefined, {
		message: 'needs a verbatim quote or a note'
	});

export const RelationSchema = z.strictObject({
	id: id('relation'),
	type: id('relation type'),
	source: id('actor'),
	target: id('actor'),
	directed: z.boolean().optional().describe("Defaults to the type's own direction"),
	status: RelationStatusSchema,
	signed: PartialDateSchema.optional().describe(
		'The date it was agreed or signed, where it took effect later: a treaty signed but not yet in force'
	),
	since: PartialDateSchema.optional().describe('The date it took effect'),
	until: PartialDateSchema.optional().describe('The date it ended'),
	summary: text(300),
	evidence: z.array(EvidenceSchema).min(1, 'needs at least one evidence item').max(500)
});

export const StoryStepSchema = z.strictObject({
	id: id('story step').optional(),
	title: text(120),
	caption: text(800).describe('What the step says, in a few sentences; quote only verbatim'),
	actors: z
		.array(id('actor'))
		.max(1000)
		.optional()
		.describe('Actors in focus, besides the ends of the relations in focus'),
	relations: z
		.array(id('relation'))
		.max(10_000)
		.optional()
		.describe('Relations in focus; none named and no actors either: the whole network'),
	asOf: PartialDateSchema.optional().describe('The date the step shows the network as of'),
	notes: text(4000).optional().describe("The presenter's notes, not shown to the room")
});

export const GraphFileSchema = z.strictObject({
	$schema: z.string().optional(),
	format: z
		.number()
		.int()
		.min(1)
		.optional()
		.describe('The version of the file format: 2 as Ties writes it now; a file without one is 1'),
	title: text(200),
	subtitle: text(300).optional(),
	description: text(4000)
		.optional()
		.describe('What the network shows and how it was made, for the reader of a handout or pack'),
	marking: text(120)
		.optional()
		.describe(
			'A handling line, e.g. a caveat, carried at the top and bottom of every slide, export and handout page'
		),
	asOf: PartialDateSchema.describe('The date the network is drawn as of'),
	seed: z
		.number()
		.int()
		.min(0)
		.optional()
		.describe('Seed of the layout; the same seed, the same picture'),
	// A new graph starts empty: actors are added one by one.
	actors: z.array(ActorSchema).max(20_000),
	relationTypes: z
		.array(RelationTypeSchema)
		.max(100)
		.optional()
		.describe('Types beyond trade, aid, defense-pact and sanctions, or overrides of their style'),
	sources: z.array(SourceSchema).max(20_000),
	relations: z.array(RelationSchema).max(100_000),
	story: z
		.array(StoryStepSchema)
		.min(1, 'needs at least one step')
		.max(200)
		.optional()
		.describe('A briefing: the steps in which /present tells the network, in order')
});

export type GraphFile = z.infer<typeof GraphFileSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type RelationStatus = z.infer<typeof RelationStatusSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type LineDash = z.infer<typeof LineDashSchema>;
export type LineEnd = z.infer<typeof LineEndSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
