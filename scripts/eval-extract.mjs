/**
 * Scores the report reader against the annotated texts in eval/reports/:
 * precision, recall, F1, status accuracy and the share of trap sentences
 * wrongly turned into relations, for each set (dev…: read while the rules were
 * written; held-out: written apart and never read for that).
 *
 *   npm run eval:extract [-- --verbose] [-- --set dev] [-- --baseline] [-- --rules]
 *
 * `--baseline` scores the keyword co-occurrence reader (keyword-baseline.ts) instead;
 * `--rules` the reader's rules alone, without the pair model learnt from the sets.
 */
import { annotatedSets } from './annotated-sets.mjs';
import { loadSource } from './load-source.mjs';

const verbose = process.argv.includes('--verbose');
// "--baseline": the keyword co-occurrence reader's figures, to measure the reader against.
const baseline = process.argv.includes('--baseline');
const reading = process.argv.includes('--rules') ? { model: null } : {};
const setAt = process.argv.indexOf('--set');
const only = setAt >= 0 ? process.argv[setAt + 1] : undefined;
const json = await loadSource('./src/lib/reports/extraction-json.ts');
const score = await loadSource('./src/lib/reports/score-extraction.ts');
const reader = await loadSource('./src/lib/reports/extract-relations.ts');
const keywords = await loadSource('./src/lib/reports/keyword-baseline.ts');

const sets = annotatedSets((set) => !only || set === only);
const all = [];
for (const { set, texts } of sets) {
	const scores = [];
	for (const { file, text, annotation } of texts) {
		const { relations: proposals, namedTogether } = baseline
			? { relations: keywords.keywordBaseline(text), namedTogether: [] }
			: json.extractionJson(text, undefined, reading);
		const result = score.scoreText(proposals, annotation, namedTogether);
		scores.push(result);
		if (verbose && (result.wrong.length || result.missed.length || result.statusWrong.length)) {
			console.log(`\n${set}/${file}`);
			/** @type {(key: string, relations: Record<string, any>[], field: string) => string} */
			const said = (key, relations, field) =>
				relations.find((relation) => score.relationKey(relation) === key)?.[field] ?? '';
			for (const key of result.wrong)
				console.log(`  wrong   ${key}  | ${said(key, proposals, 'evidence')}`);
			for (const key of result.missed)
				console.log(`  missed  ${key}  | ${said(key, annotation.relations, 'sentence')}`);
			// The reasons, read only here: the reader's proposals as the review panel has them.
			const extraction = reader.extractRelations(text, undefined, reading);
			for (const line of result.statusWrong) {
				const key = line.slice(0, line.indexOf(':'));
				const first = extraction.relations.find(
					(/** @type {import('../src/lib/reports/proposal').Proposal} */ relation) =>
						score.relationKey(relation) === key
				);
				console.log(`  status  ${line}  | ${first?.reason} | ${first?.evidence}`);
			}
		}
	}
	const total = score.addScores(scores);
	all.push(total);
	report(`${set} (${scores.length} texts)`, total);
}
if (sets.length > 1) report('all', score.addScores(all));

/**
 * @param {string} name
 * @param {import('../src/lib/reports/score-extraction').Score} total
 */
function report(name, total) {
	const f = score.figures(total);
	console.log(
		`${name.padEnd(22)} precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  ` +
			`status ${f.statusAccuracy.toFixed(3)}  traps taken ${total.trapsTaken}/${total.traps} (${f.trapsTaken.toFixed(3)})  ` +
			`[${total.correct} right of ${total.proposed} proposed, ${total.annotated} annotated]  ` +
			`named together ${total.listed}, ${total.missedListed} of the missed  ` +
			`one-way trade the right way ${total.oneWayRight}/${total.oneWay}`
	);
}
