/** A count with its noun, singular for one: `1 actor`, `0 relations`, `7 relations`. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${grouped(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A whole number with its thousands grouped, as English writes it: `20,000`.
 * Written out rather than asked of `toLocaleString`, whose first call in a
 * page loads the locale's data: tens of milliseconds on the way to a first
 * picture. Any other number is left to `toLocaleString`.
 */
export function grouped(count: number): string {
	if (!Number.isSafeInteger(count)) return count.toLocaleString('en');
	const digits = String(Math.abs(count));
	let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
	for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
	return count < 0 ? `-${text}` : text;
}
