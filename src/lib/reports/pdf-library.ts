/** pdf.js, the PDF reader of Firefox. */
export type Pdfjs = typeof import('pdfjs-dist');

/**
 * Loads pdf.js when a PDF is first read. In the browser it reads in a worker
 * of its own, bundled with the site as a script file beside the others, whose
 * address is relative to the page's scripts: the site works from any folder
 * of any host. In Node (the specs) its legacy build reads in the same thread.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
	// Vite writes SSR in as a constant, so a browser build holds no trace of the legacy build.
	if (import.meta.env.SSR) return import('pdfjs-dist/legacy/build/pdf.mjs');
	const [pdfjs, worker] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?worker&url')
	]);
	pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
	return pdfjs;
}
