import { directionFeatures, type PairModel } from './pair-model';

/** A pair named in an annotated sentence, with what the annotator read between them. */
export interface PairExample {
	features: string[];
	/** A relation type, or `none`. */
	type: string;
	/** For a type with a direction: whether the first-named actor gives or imposes. */
	firstGives?: boolean;
}

export interface Training {
	/** `none` first, then the relation types to learn. */
	types: string[];
	/** The types with a direction, whose giver the model learns to tell. */
	directed: string[];
	threshold: number;
	epochs?: number;
	/** How strongly weights are pulled back to nothing, against learning one text by heart. */
	shrink?: number;
	rate?: number;
}

/** The same order of examples on every run, for the same model from the same texts. */
function shuffled<T>(items: T[], seed: number): T[] {
	const order = [...items];
	let state = seed;
	for (let i = order.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2147483648;
		const j = Math.floor((state / 2147483648) * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order;
}

/** Weights smaller than this change no decision and are left out of the model. */
const NEGLIGIBLE = 0.1;
const rounded = (weight: number) => Math.round(weight * 100) / 100;
/** Features seen in fewer examples than this are a text's or two's words, not a pattern: not learnt. */
const RARE = 3;

/** Each example's features, without those too rare to learn from. */
function withoutRare(inputs: string[][]): string[][] {
	const seen = new Map<string, number>();
	for (const features of inputs) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
	return inputs.map((features) => features.filter((f) => seen.get(f)! >= RARE));
}

/**
 * Softmax regression by stochastic gradient descent, weights shrunk towards
 * nothing, over the examples in a fixed order: `labels[i]` is the class of
 * `inputs[i]`, one of `classes`. Returns each feature's weights, with `bias`.
 */
function softmaxRegression(
	inputs: string[][],
	labels: number[],
	classes: number,
	{ epochs, shrink, rate }: Required<Pick<Training, 'epochs' | 'shrink' | 'rate'>>
): Map<string, Float64Array> {
	inputs = withoutRare(inputs);
	const weights = new Map<string, Float64Array>();
	const of = (feature: string) => {
		let found = weights.get(feature);
		if (!found) weights.set(feature, (found = new Float64Array(classes)));
		return found;
	};
	const indices = inputs.map((_, i) => i);
	const scores = new Float64Array(classes);
	for (let epoch = 0; epoch < epochs; epoch++) {
		const step = rate / (1 + epoch);
		for (const i of shuffled(indices, epoch + 7)) {
			const features = [...inputs[i], 'bias'];
			scores.fill(0);
			for (const feature of features) {
				const w = weights.get(feature);
				if (w) for (let k = 0; k < classes; k++) scores[k] += w[k];
			}
			const top = Math.max(...scores);
			let sum = 0;
			for (let k = 0; k < classes; k++) sum += scores[k] = Math.exp(scores[k] - top);
			for (const feature of features) {
				const w = of(feature);
				for (let k = 0; k < classes; k++) {
					const error = scores[k] / sum - (k === labels[i] ? 1 : 0);
					w[k] -= step * (error + shrink * w[k]);
				}
			}
		}
	}
	return weights;
}

/**
 * Learns a pair model by logistic regression, in a fixed order so that the
 * same examples always give the same model: one softmax over the types for
 * what ties a pair, one over the first-named actor giving or not for the
 * direction of the types that have one.
 */
export function trainPairModel(examples: PairExample[], training: Training): PairModel {
	const settings = { epochs: 15, shrink: 1e-4, rate: 0.1, ...training };
	const typeWeights = softmaxRegression(
		examples.map((example) => example.features),
		examples.map((example) => Math.max(0, training.types.indexOf(example.type))),
		training.types.length,
		settings
	);
	const directed = examples.filter(
		(example) => training.directed.includes(example.type) && example.firstGives !== undefined
	);
	const directionWeights = softmaxRegression(
		directed.map((example) => directionFeatures(example.features, example.type)),
		directed.map((example) => (example.firstGives ? 1 : 0)),
		2,
		settings
	);
	const weights: Record<string, number[]> = {};
	for (const [feature, w] of [...typeWeights].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (w.some((weight) => Math.abs(weight) >= NEGLIGIBLE)) weights[feature] = [...w].map(rounded);
	}
	const direction: Record<string, number> = {};
	for (const [feature, w] of [...directionWeights].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const weight = rounded(w[1] - w[0]);
		if (Math.abs(weight) >= NEGLIGIBLE) direction[feature] = weight;
	}
	return { types: training.types, weights, direction, threshold: training.threshold };
}
