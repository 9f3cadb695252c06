/**
 * A reader learnt from the annotated reports in eval/reports/ (see
 * train-pair-model.ts): for two actors named in a sentence, how likely each
 * type of relation is between them, and which of them gives or imposes.
 */
export interface PairModel {
	/** `none` first, then the relation types it reads. */
	types: string[];
	/** The weight of each feature for each type, in the order of `types`. */
	weights: Record<string, number[]>;
	/** The weight of each feature for the first-named actor being the giver or imposer. */
	direction: Record<string, number>;
	/** The least probability of a type at which a pair is proposed. */
	threshold: number;
}

/** The model's word for "no relation": the first of its types. */
export const NO_RELATION = 'none';

/** Each type's probability for a pair with these features, in the order of `model.types`. */
export function typeProbabilities(model: PairModel, features: string[]): number[] {
	const scores = model.types.map(() => 0);
	for (const feature of [...features, 'bias']) {
		const weights = model.weights[feature];
		if (weights) weights.forEach((weight, k) => (scores[k] += weight));
	}
	const top = Math.max(...scores);
	const exp = scores.map((score) => Math.exp(score - top));
	const sum = exp.reduce((a, b) => a + b, 0);
	return exp.map((value) => value / sum);
}

/**
 * The likeliest relation type for a pair, where it is likely enough: to propose
 * (the model's threshold), or as likely as `least`.
 */
export function likeliestType(
	model: PairModel,
	features: string[],
	least = model.threshold
): { type: string; probability: number } | undefined {
	const probabilities = typeProbabilities(model, features);
	let best = -1;
	probabilities.forEach((probability, k) => {
		if (model.types[k] !== NO_RELATION && (best < 0 || probability > probabilities[best])) best = k;
	});
	if (best < 0 || probabilities[best] < least) return undefined;
	return { type: model.types[best], probability: probabilities[best] };
}

/** The features the direction is read from: the pair's own, not the sentence's every word, and the type. */
export function directionFeatures(features: string[], type: string): string[] {
	return [...features.filter((feature) => !feature.startsWith('word:')), `type:${type}`];
}

/** Whether the first-named actor of a pair gives or imposes a relation of this type. */
export function firstGives(model: PairModel, features: string[], type: string): boolean {
	let score = model.direction.bias ?? 0;
	for (const feature of directionFeatures(features, type)) score += model.direction[feature] ?? 0;
	return score >= 0;
}
