import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastError, runCommand } from './run-command.mjs';

const node = process.execPath;

/** Whether a process is alive; a zombie that init has yet to reap is not (Linux's /proc tells). */
function isRunning(pid: number) {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
	} catch {
		return !existsSync('/proc');
	}
}

describe('runCommand', () => {
	it("returns a command's output when it succeeds", async () => {
		const result = await runCommand(node, ['-e', 'console.log("ready")'], { timeoutMs: 20_000 });
		expect(result).toEqual({ ok: true, output: 'ready\n' });
	});

	it('passes extra variables to the command', async () => {
		const result = await runCommand(node, ['-e', 'console.log(process.env.TIES_PROBE)'], {
			timeoutMs: 20_000,
			env: { TIES_PROBE: 'yes' }
		});
		expect(result).toEqual({ ok: true, output: 'yes\n' });
	});

	it('says why a command failed', async () => {
		const result = await runCommand(
			node,
			[
				'-e',
				'console.log("Reading lists"); console.error("E: Unable to locate package x"); process.exit(100)'
			],
			{ timeoutMs: 20_000 }
		);
		expect(result).toEqual({ ok: false, reason: 'exit code 100: E: Unable to locate package x' });
	});

	it('says when a command is not there', async () => {
		const result = await runCommand('ties-no-such-command', [], { timeoutMs: 20_000 });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toContain('ENOENT');
	});

	it('ends a command that takes too long, and what it started', async () => {
		const pidFile = join(mkdtempSync(join(tmpdir(), 'ties-run-')), 'grandchild.pid');
		// The grandchild notes its process id and waits for ever, as a stuck download would.
		const grandchild = `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`;
		const parent = `require("child_process").spawn(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { stdio: "ignore" }); setInterval(() => {}, 1000)`;
		const started = Date.now();
		const result = await runCommand(node, ['-e', parent], { timeoutMs: 5_000 });
		expect(result).toEqual({ ok: false, reason: 'no result after 5 s' });
		expect(Date.now() - started).toBeLessThan(9_000);
		const grandchildPid = Number(readFileSync(pidFile, 'utf8'));
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(isRunning(grandchildPid)).toBe(false);
	}, 20_000);
});

describe('lastError', () => {
	it('picks the last error line, not the stack trace under it', () => {
		const output = [
			'Downloading Chrome for Testing from https://cdn.example/chrome.zip',
			'\u001b[31mError: getaddrinfo ENOTFOUND cdn.example\u001b[39m',
			'    at GetAddrInfoReqWrap.onlookupall (node:internal/dns/promises:99:17)',
			''
		].join('\n');
		expect(lastError(output)).toBe('Error: getaddrinfo ENOTFOUND cdn.example');
	});

	it('falls back on the last line, shortened', () => {
		expect(lastError('one\ntwo\n')).toBe('two');
		expect(lastError('x'.repeat(300))).toHaveLength(160);
		expect(lastError('')).toBe('');
	});
});
