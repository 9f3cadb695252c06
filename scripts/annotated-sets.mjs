/**
 * The annotated report sets in eval/reports/ (see its README), each set's
 * texts in name order with their annotations, for the commands that score
 * the reader and learn its pair model.
 */
import { readdirSync, readFileSync } from 'node:fs';

const ROOT = new URL('../eval/reports/', import.meta.url);

/**
 * The sets `take` keeps, in name order, each with its texts.
 * @param {(set: string) => boolean} take
 * @returns {{ set: string, texts: { file: string, text: string, annotation: any }[] }[]}
 */
export function annotatedSets(take = () => true) {
	return readdirSync(ROOT, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && take(entry.name))
		.map((entry) => entry.name)
		.sort()
		.map((set) => {
			const folder = new URL(`${set}/`, ROOT);
			const texts = readdirSync(folder)
				.filter((name) => name.endsWith('.txt'))
				.sort()
				.map((file) => ({
					file,
					text: readFileSync(new URL(file, folder), 'utf8'),
					annotation: JSON.parse(
						readFileSync(new URL(file.replace(/\.txt$/, '.json'), folder), 'utf8')
					)
				}));
			return { set, texts };
		});
}
