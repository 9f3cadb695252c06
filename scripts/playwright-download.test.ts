import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { canConnect, downloadHosts, probePlaywrightDownload } from './playwright-download.mjs';

const DRY_RUN = `Chrome for Testing 159.0.8154.6 (playwright chromium v1255)
  Install location:    /root/.cache/ms-playwright/chromium-1255
  Download url:        https://cdn.example/builds/cft/159.0.8154.6/linux64/chrome-linux64.zip

FFmpeg (playwright ffmpeg v1013)
  Install location:    /root/.cache/ms-playwright/ffmpeg-1013
  Download url:        https://cdn.example/dbazure/download/playwright/builds/ffmpeg/1013/ffmpeg-linux.zip
  Download fallback 1: https://mirror.example/dbazure/download/playwright/builds/ffmpeg/1013/ffmpeg-linux.zip
  Download fallback 2: http://local.example:8080/builds/ffmpeg/1013/ffmpeg-linux.zip
`;

describe('downloadHosts', () => {
	it('lists each host and port the installer would download from, once', () => {
		expect(downloadHosts(DRY_RUN)).toEqual([
			{ name: 'cdn.example', port: 443 },
			{ name: 'mirror.example', port: 443 },
			{ name: 'local.example', port: 8080 }
		]);
	});

	it('finds none in output it does not know', () => {
		expect(downloadHosts('Download url: not-an-address\nsomething else')).toEqual([]);
	});
});

describe('canConnect', () => {
	it('is true for a host that accepts, and says why not for one that refuses', async () => {
		const server = createServer((socket) => socket.end());
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			expect(await canConnect({ name: '127.0.0.1', port })).toBe(true);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
		expect(await canConnect({ name: '127.0.0.1', port })).toBe('ECONNREFUSED');
	});
});

describe('probePlaywrightDownload', () => {
	it('lets the installer try behind a proxy, which only the installer can use', async () => {
		expect(await probePlaywrightDownload({ HTTPS_PROXY: 'http://127.0.0.1:3128' })).toEqual({
			reachable: true
		});
	});
});
