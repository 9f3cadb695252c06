/** A count with its noun, singular for one: `1 actor`, `0 relations`, `7 relations`. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
