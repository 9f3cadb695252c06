import { spawn } from 'node:child_process';

/** @typedef {{ ok: true, output: string } | { ok: false, reason: string }} CommandResult */

/** Enough of a command's output to find why it failed. */
const KEPT_OUTPUT = 64 * 1024;

/**
 * Runs a command with its output captured, and ends it, with everything it
 * started, when it takes longer than `timeoutMs`: an installer that waits on
 * a network it cannot reach must not hold the tests up.
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs: number, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<CommandResult>}
 */
export function runCommand(command, args, { timeoutMs, env = {} }) {
	return new Promise((resolve) => {
		// Its own process group, so that a timeout ends the downloader it forks too.
		const child = spawn(command, args, {
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ...env }
		});
		let output = '';
		const keep = (/** @type {Buffer} */ chunk) => {
			output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);

		let timedOut = false;
		const endGroup = (/** @type {NodeJS.Signals} */ signal) => {
			try {
				if (child.pid) process.kill(-child.pid, signal);
			} catch {
				// Already gone.
			}
		};
		const timer = setTimeout(() => {
			timedOut = true;
			endGroup('SIGTERM');
			setTimeout(() => endGroup('SIGKILL'), 2_000).unref();
		}, timeoutMs);
		// Ctrl+C reaches our process group only; take the command's down with us.
		const interrupted = () => {
			endGroup('SIGTERM');
			process.exit(130);
		};
		process.once('SIGINT', interrupted);
		process.once('SIGTERM', interrupted);
		const settle = (/** @type {CommandResult} */ result) => {
			clearTimeout(timer);
			process.off('SIGINT', interrupted);
			process.off('SIGTERM', interrupted);
			resolve(result);
		};

		child.on('error', (error) => settle({ ok: false, reason: error.message }));
		child.on('close', (code, signal) => {
			if (timedOut) settle({ ok: false, reason: `no result after ${timeoutMs / 1000} s` });
			else if (code === 0) settle({ ok: true, output });
			else {
				const why = lastError(output);
				const status = code === null ? `ended by ${signal}` : `exit code ${code}`;
				settle({ ok: false, reason: why ? `${status}: ${why}` : status });
			}
		});
	});
}

/**
 * The line of a failed command's output that most likely says why: the last
 * error line, else the last line that is not part of a stack trace.
 * @param {string} output
 */
export function lastError(output) {
	const lines = output
		// eslint-disable-next-line no-control-regex -- colours in the installers' output
		.replace(/\u001b\[[0-9;]*m/g, '')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('at '));
	const error = lines.findLast((line) => /^(E:|Error\b|error\b|ERROR\b)/.test(line));
	const line = error ?? lines.at(-1) ?? '';
	return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
