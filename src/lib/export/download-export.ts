import type { ExportView } from './export-view';
import { fileNameFor } from './file-name';
import type { PictureChoice } from './picture-choice';
import type { PngChoice } from './png-export';
import { saveFile } from './save-file';

/** What the analyst can export: the picture, or the graph's data for other tools. */
export type ExportFormat = 'svg' | 'png' | 'json' | 'csv' | 'actors-csv' | 'gexf' | 'graphml';

const TYPES: Record<ExportFormat, string> = {
	svg: 'image/svg+xml',
	png: 'image/png',
	json: 'application/json',
	csv: 'text/csv;charset=utf-8',
	'actors-csv': 'text/csv;charset=utf-8',
	gexf: 'application/xml',
	graphml: 'application/xml'
};

/**
 * Exports the view in a format and saves the file; a picture as the page
 * or the slide `picture` says, a slide's file named as one
 * (`…-2024-10-06-slide-16x9.svg`). Each exporter is loaded
 * only now, when asked for, so none of them weighs on the page's first load.
 */
export async function downloadExport(
	format: ExportFormat,
	view: ExportView,
	png: PngChoice = { scale: 2, background: 'white' },
	picture: PictureChoice = { format: 'page', highlight: true }
): Promise<void> {
	const blob = await exportFile(format, view, png, picture);
	const slide = picture.format !== 'page' && (format === 'svg' || format === 'png');
	// The actors CSV is named as the relations CSV it goes with, `…-actors.csv`.
	const actors = format === 'actors-csv';
	saveFile(
		blob,
		fileNameFor(
			{ title: view.graph.title, asOf: view.asOf },
			actors ? 'csv' : format,
			slide ? picture.format.replace(':', 'x') : actors ? 'actors' : undefined
		)
	);
}

async function exportFile(
	format: ExportFormat,
	view: ExportView,
	png: PngChoice,
	picture: PictureChoice
): Promise<Blob> {
	const file = (content: string) => new Blob([content], { type: TYPES[format] });
	switch (format) {
		case 'svg': {
			const { pictureSvg } = await import('./picture-choice');
			return file(pictureSvg(view, picture));
		}
		case 'png': {
			const { exportPng } = await import('./png-export');
			return exportPng(view, png, picture);
		}
		case 'json': {
			const { exportJson } = await import('./json-export');
			return file(exportJson(view.graph));
		}
		case 'csv': {
			const { exportCsv } = await import('$lib/csv/csv-export');
			return file(exportCsv(view.graph));
		}
		case 'actors-csv': {
			const { exportActorsCsv } = await import('$lib/csv/actors-csv');
			return file(exportActorsCsv(view.graph));
		}
		case 'gexf': {
			const { exportGexf } = await import('./gexf-export');
			return file(exportGexf(view.graph, view.positions));
		}
		case 'graphml': {
			const { exportGraphml } = await import('./graphml-export');
			return file(exportGraphml(view.graph, view.positions));
		}
	}
}
