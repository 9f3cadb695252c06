import { describe, expect, it } from 'vitest';
import type { CommandResult } from './run-command.mjs';
import type { Reach } from './playwright-download.mjs';
import { setUpTools, type AptRights, type Host, type Tool } from './set-up-tools.mjs';

const PLAYWRIGHT_CHROME = '/home/analyst/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** What the fake machine has, and how each installer will fare on it. */
interface Machine {
	chromium?: string;
	rsvgConvert?: string;
	soffice?: string;
	networkReaders?: string;
	pinned?: string;
	playwrightReach?: Reach;
	playwrightInstall?: CommandResult;
	playwrightChromiumStarts?: boolean;
	rights?: AptRights;
	aptUpdate?: CommandResult;
	aptInstall?: CommandResult;
	/** Whether the packages apt installs put their programs where they are looked for. */
	aptDelivers?: boolean;
}

const ok: CommandResult = { ok: true, output: '' };

/** A host over `machine` that records every command run and every line printed. */
function fakeHost(machine: Machine) {
	const commands: string[] = [];
	const printed: string[] = [];
	const failed: string[] = [];
	const host: Host = {
		findChromium: () =>
			machine.chromium
				? { found: true, path: machine.chromium }
				: { found: false, pinned: machine.pinned },
		which: (command) =>
			command === 'rsvg-convert'
				? machine.rsvgConvert
				: command === 'soffice'
					? machine.soffice
					: undefined,
		networkReaders: () => machine.networkReaders,
		aptRights: () => machine.rights ?? { can: true, sudo: false },
		probePlaywrightDownload: async () => machine.playwrightReach ?? { reachable: true },
		run: async (command, args) => {
			const line = [command, ...args].join(' ');
			commands.push(line);
			if (line === 'npx playwright install chromium') {
				const result = machine.playwrightInstall ?? ok;
				if (result.ok) machine.chromium = PLAYWRIGHT_CHROME;
				return result;
			}
			if (command === PLAYWRIGHT_CHROME) {
				return machine.playwrightChromiumStarts === false
					? { ok: false, reason: 'exit code 127: libnss3.so: cannot open shared object file' }
					: ok;
			}
			if (args.includes('update')) return machine.aptUpdate ?? ok;
			if (args.includes('install')) {
				const result = machine.aptInstall ?? ok;
				if (result.ok && machine.aptDelivers !== false) {
					if (args.includes('chromium')) machine.chromium = '/usr/bin/chromium';
					if (args.includes('librsvg2-bin')) machine.rsvgConvert = '/usr/bin/rsvg-convert';
					if (args.includes('libreoffice-impress') && args.includes('libreoffice-draw'))
						machine.soffice = '/usr/bin/soffice';
					if (['python3-networkx', 'python3-igraph', 'python3-lxml'].every((p) => args.includes(p)))
						machine.networkReaders = '/usr/bin/python3';
				}
				return result;
			}
			throw new Error(`unexpected command: ${line}`);
		},
		print: (line) => printed.push(line),
		fail: (line) => failed.push(line)
	};
	return { host, commands, printed, failed };
}

const BOTH: Tool[] = ['chromium', 'rsvg-convert'];
const unreachable: Reach = { reachable: false, reason: 'cdn.example: ENOTFOUND' };

describe('setUpTools', () => {
	it('does nothing and says nothing when every tool is there', async () => {
		const { host, commands, printed, failed } = fakeHost({
			chromium: '/usr/bin/chromium',
			rsvgConvert: '/usr/bin/rsvg-convert'
		});
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect([commands, printed, failed]).toEqual([[], [], []]);
	});

	it('looks only for the tools it is asked for', async () => {
		const { host, commands, printed } = fakeHost({ chromium: '/usr/bin/chromium' });
		expect(await setUpTools(['chromium'], host)).toBe(true);
		expect([commands, printed]).toEqual([[], []]);
	});

	it("installs Playwright's Chromium where its download can be reached, and checks that it starts", async () => {
		const { host, commands, printed } = fakeHost({ rsvgConvert: '/usr/bin/rsvg-convert' });
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands).toEqual(['npx playwright install chromium', `${PLAYWRIGHT_CHROME} --version`]);
		expect(printed).toEqual([
			"Chromium not found; installing Playwright's Chromium (npx playwright install chromium)…",
			`Playwright's Chromium installed: ${PLAYWRIGHT_CHROME}`
		]);
	});

	it("falls back on Debian's chromium when Playwright's download is out of reach, without running its installer", async () => {
		const { host, commands, printed, failed } = fakeHost({
			rsvgConvert: '/usr/bin/rsvg-convert',
			playwrightReach: unreachable
		});
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install chromium'
		]);
		expect(printed).toEqual([
			"Chromium not found; installing Playwright's Chromium (npx playwright install chromium)…",
			"Playwright's download is out of reach (cdn.example: ENOTFOUND).",
			"Installing Debian's chromium (apt-get update && apt-get install -y chromium)…",
			'Chromium installed: /usr/bin/chromium'
		]);
		expect(failed).toEqual([]);
	});

	it("takes Chromium from Debian without asking Playwright when told to use Debian's packages only", async () => {
		const { host, commands, failed } = fakeHost({ rsvgConvert: '/usr/bin/rsvg-convert' });
		expect(await setUpTools(BOTH, host, { debianOnly: true })).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install chromium'
		]);
		expect(failed).toEqual([]);
	});

	it("falls back on Debian's chromium when Playwright's installer fails or times out", async () => {
		const { host, commands, printed } = fakeHost({
			rsvgConvert: '/usr/bin/rsvg-convert',
			playwrightInstall: { ok: false, reason: 'no result after 900 s' }
		});
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands[0]).toBe('npx playwright install chromium');
		expect(commands.slice(1)).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install chromium'
		]);
		expect(printed[1]).toBe("Playwright's installer failed (no result after 900 s).");
	});

	it("falls back on Debian's chromium when Playwright's does not start here", async () => {
		const { host, commands, printed } = fakeHost({
			rsvgConvert: '/usr/bin/rsvg-convert',
			playwrightChromiumStarts: false
		});
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands.at(-1)).toBe('apt-get -y -qq -o DPkg::Lock::Timeout=300 install chromium');
		expect(printed[1]).toBe(
			"Playwright's Chromium does not start here (exit code 127: libnss3.so: cannot open shared object file)."
		);
		expect(printed.at(-1)).toBe('Chromium installed: /usr/bin/chromium');
	});

	it('installs a missing rsvg-convert from Debian, without trying Playwright', async () => {
		const { host, commands, printed } = fakeHost({ chromium: '/usr/bin/chromium' });
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install librsvg2-bin'
		]);
		expect(printed).toEqual([
			'rsvg-convert not found.',
			"Installing Debian's librsvg2-bin (apt-get update && apt-get install -y librsvg2-bin)…",
			'rsvg-convert installed: /usr/bin/rsvg-convert'
		]);
	});

	it('installs a missing LibreOffice from Debian’s Impress and Draw', async () => {
		const { host, commands, printed } = fakeHost({
			chromium: '/usr/bin/chromium',
			rsvgConvert: '/usr/bin/rsvg-convert'
		});
		expect(await setUpTools([...BOTH, 'soffice'], host)).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install libreoffice-impress libreoffice-draw'
		]);
		expect(printed).toEqual([
			'LibreOffice (soffice) not found.',
			"Installing Debian's libreoffice-impress and libreoffice-draw (apt-get update && apt-get install -y libreoffice-impress libreoffice-draw)…",
			'LibreOffice installed: /usr/bin/soffice'
		]);
	});

	it('says how to get LibreOffice by hand when it cannot install it', async () => {
		const { host, failed } = fakeHost({
			chromium: '/usr/bin/chromium',
			rsvgConvert: '/usr/bin/rsvg-convert',
			rights: { can: false, because: 'not root, and no sudo' }
		});
		expect(await setUpTools(['soffice'], host)).toBe(false);
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatch(/^Cannot install LibreOffice \(not root, and no sudo\)\./);
		expect(failed[0]).toContain('libreoffice-impress libreoffice-draw');
	});

	it('installs both from Debian in one go when Playwright cannot help', async () => {
		const { host, commands, printed } = fakeHost({ playwrightReach: unreachable });
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install chromium librsvg2-bin'
		]);
		expect(printed.slice(2)).toEqual([
			'rsvg-convert not found.',
			"Installing Debian's chromium and librsvg2-bin (apt-get update && apt-get install -y chromium librsvg2-bin)…",
			'Chromium installed: /usr/bin/chromium',
			'rsvg-convert installed: /usr/bin/rsvg-convert'
		]);
	});

	it('uses sudo without a password when not root, never one that would ask', async () => {
		const { host, commands } = fakeHost({
			chromium: '/usr/bin/chromium',
			rights: { can: true, sudo: true }
		});
		expect(await setUpTools(BOTH, host)).toBe(true);
		expect(commands).toEqual([
			'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -qq update',
			'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=300 install librsvg2-bin'
		]);
	});

	it('fails with one line saying what to do when it may not install packages', async () => {
		const { host, commands, failed } = fakeHost({
			playwrightReach: unreachable,
			rights: { can: false, because: 'apt-get needs root or passwordless sudo' }
		});
		expect(await setUpTools(BOTH, host)).toBe(false);
		expect(commands).toEqual([]);
		expect(failed).toEqual([
			'Cannot install Chromium and rsvg-convert (apt-get needs root or passwordless sudo). ' +
				'Chromium: `npx playwright install chromium` where it can download, `sudo apt-get install -y chromium` on Debian, or set CHROMIUM_PATH. ' +
				'rsvg-convert: `sudo apt-get install -y librsvg2-bin` on Debian, `brew install librsvg` on macOS.'
		]);
	});

	it('fails with one line when apt-get update or install fails', async () => {
		const update = fakeHost({
			chromium: '/usr/bin/chromium',
			aptUpdate: { ok: false, reason: 'exit code 100: E: Could not get lock' }
		});
		expect(await setUpTools(BOTH, update.host)).toBe(false);
		expect(update.commands).toEqual(['apt-get -qq update']);
		expect(update.failed).toHaveLength(1);
		expect(update.failed[0]).toMatch(
			/^Cannot install rsvg-convert \(apt-get update failed: exit code 100: E: Could not get lock\)\. rsvg-convert: /
		);

		const install = fakeHost({
			chromium: '/usr/bin/chromium',
			aptInstall: { ok: false, reason: 'exit code 100: E: Unable to locate package librsvg2-bin' }
		});
		expect(await setUpTools(BOTH, install.host)).toBe(false);
		expect(install.failed).toHaveLength(1);
		expect(install.failed[0]).toContain(
			'apt-get install failed: exit code 100: E: Unable to locate'
		);
	});

	it('fails when apt-get succeeds but the program is still not found', async () => {
		const { host, failed } = fakeHost({ playwrightReach: unreachable, aptDelivers: false });
		expect(await setUpTools(['chromium'], host)).toBe(false);
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatch(/^Cannot install Chromium \(apt-get did not put it where/);
	});

	it('installs nothing when CHROMIUM_PATH names a file that is not there', async () => {
		const { host, commands, printed, failed } = fakeHost({ pinned: '/opt/chrome/chrome' });
		expect(await setUpTools(BOTH, host)).toBe(false);
		expect([commands, printed]).toEqual([[], []]);
		expect(failed).toEqual([
			'CHROMIUM_PATH is /opt/chrome/chrome, which does not exist: point it to a Chromium, or unset it to have one found or installed.'
		]);
	});

	it("installs Debian's NetworkX, igraph and lxml for the unit tests when Python lacks them", async () => {
		const { host, commands, printed } = fakeHost({});
		expect(await setUpTools(['network-readers'], host)).toBe(true);
		expect(commands).toEqual([
			'apt-get -qq update',
			'apt-get -y -qq -o DPkg::Lock::Timeout=300 install python3-networkx python3-igraph python3-lxml'
		]);
		expect(printed.at(-1)).toBe('NetworkX, igraph and lxml for Python installed: /usr/bin/python3');
	});

	it('leaves Python alone when it has them', async () => {
		const { host, commands } = fakeHost({ networkReaders: '/usr/bin/python3' });
		expect(await setUpTools(['network-readers'], host)).toBe(true);
		expect(commands).toEqual([]);
	});
});
