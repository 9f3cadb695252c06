import { defineConfig, devices } from '@playwright/test';
import { chromiumOrExit } from './scripts/find-chromium.mjs';

const launchOptions = chromiumOrExit('end-to-end tests');

/** Where the tests serve the app; TIES_E2E_PORT lets two checkouts test side by side. */
const PORT = Number(process.env.TIES_E2E_PORT ?? 4183);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Recording a trace of every test costs CI a quarter of its time (explorer and editing: 2.6 min
		// against 1.9); there a failing test is run again, traced. Locally, a failure keeps its trace.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 720 },
		// Ties also runs where a browser gives it no service worker (plain http, a file share): the
		// tests see it so, and offline.spec.ts lets the worker run.
		serviceWorkers: 'block',
		launchOptions
	},
	webServer: {
		command: `npm run build --silent && npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		// Never test a stale build left running by someone else.
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore'
	}
});
