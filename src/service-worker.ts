/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

/**
 * Keeps Ties working without a network once it has been opened: the app's
 * own files (its code, including the parts that load only when used, such
 * as the forms, the Library and the readers of files) are kept in the
 * browser's cache when the app is first opened, and served from there. The
 * pages themselves come from the network while there is one, so a new
 * version of Ties arrives at once, and from the cache when there is none.
 * Nothing else is touched: graphs opened from the web and the analyst's
 * library (IndexedDB) go their own way.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `ties-${version}`;
const APP_FILES = new Set([...build, ...files, ...prerendered]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...APP_FILES]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	// The files of earlier versions of Ties are let go.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (request.mode === 'navigate') {
		// The page from the network; without one, the page as kept (whatever its address says).
		event.respondWith(
			fetch(request).catch(async () => {
				const cache = await caches.open(CACHE);
				return (
					(await cache.match(url.pathname, { ignoreSearch: true })) ??
					(await cache.match(`${url.pathname.replace(/\/$/, '')}/`, { ignoreSearch: true })) ??
					Response.error()
				);
			})
		);
		return;
	}
	if (!APP_FILES.has(url.pathname)) return;
	// The app's files never change under one name: the kept copy, else the network.
	event.respondWith(
		caches.open(CACHE).then(async (cache) => (await cache.match(url.pathname)) ?? fetch(request))
	);
});
