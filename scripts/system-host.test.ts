import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath } from './system-host.mjs';

describe('findOnPath', () => {
	it('finds the first executable file of that name, skipping folders and plain files', () => {
		const root = mkdtempSync(join(tmpdir(), 'ties-path-'));
		const [folderNamed, plainFile, executable, later] = ['a', 'b', 'c', 'd'].map((name) => {
			const folder = join(root, name);
			mkdirSync(folder);
			return folder;
		});
		mkdirSync(join(folderNamed, 'rsvg-convert'));
		writeFileSync(join(plainFile, 'rsvg-convert'), '');
		for (const folder of [executable, later]) {
			writeFileSync(join(folder, 'rsvg-convert'), '#!/bin/sh\n');
			chmodSync(join(folder, 'rsvg-convert'), 0o755);
		}
		const path = ['', folderNamed, plainFile, executable, later].join(delimiter);
		expect(findOnPath('rsvg-convert', path)).toBe(join(executable, 'rsvg-convert'));
		expect(findOnPath('chromium', path)).toBeUndefined();
	});
});
