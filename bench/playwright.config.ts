import { defineConfig } from '@playwright/test';
import { chromiumOrExit } from '../scripts/find-chromium.mjs';

const launchOptions = chromiumOrExit('benchmark');

export const BENCH_PORT = 4193;

/** `npm run bench`: the production build, served, measured in headless Chromium without a GPU. */
export default defineConfig({
	testDir: '.',
	testMatch: ['benchmark.spec.ts', 'report-reading.spec.ts'],
	workers: 1,
	timeout: 30 * 60_000,
	reporter: [['line']],
	use: {
		baseURL: `http://localhost:${BENCH_PORT}`,
		viewport: { width: 1280, height: 720 },
		serviceWorkers: 'block',
		launchOptions
	},
	webServer: {
		command: `npm run build --silent && npx vite preview --port ${BENCH_PORT} --strictPort`,
		// Commands run where this file is; the app is one folder up.
		cwd: '..',
		port: BENCH_PORT,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore'
	}
});
