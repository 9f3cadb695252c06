import type { ActorNames } from './actor-names';
import type { Token } from './tokens';

/** A hyphen or a dash between two names: "US-Japan", "China–Russia". */
const PAIR = /^(\p{Lu}[\p{L}.]*)([-–])(\p{Lu}[\p{L}.]*)$/u;

/**
 * "the US-Japan alliance", "China–Russia trade": two actors named as one word, split into the two
 * names and the dash between them, so that each is found as the actor it names. A word that is a
 * name whole ("Guinea-Bissau", "Timor-Leste"), whose halves are not both names ("Indo-Pacific",
 * "Rolls-Royce", "Iraqi-British"), or that begins a thing's name ("the China-Pakistan Economic
 * Corridor") is left as it is.
 */
export function splitPairedNames(tokens: Token[], names: ActorNames): Token[] {
	if (!tokens.some((token) => PAIR.test(token.text))) return tokens;
	// A state's or a body's own name, not a demonym: "an Iraqi-British businessman" is one person.
	const named = (word: string) => {
		const form = names.names.get(word)?.form;
		return form === 'name' || form === 'capital';
	};
	return tokens.flatMap((token, k) => {
		const pair = PAIR.exec(token.text);
		if (!pair || names.names.has(token.text)) return [token];
		const [, first, dash, second] = pair;
		if (!named(first) || !named(second)) return [token];
		// "the China-Pakistan Economic Corridor", "the EU-Israel Association Agreement": a thing's name.
		if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return [token];
		const at = token.start;
		const part = (text: string, start: number): Token => ({
			text,
			lower: text.toLowerCase(),
			start,
			end: start + text.length
		});
		return [
			part(first, at),
			part(dash, at + first.length),
			part(second, at + first.length + dash.length)
		];
	});
}
