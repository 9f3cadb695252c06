import { describe, expect, it } from 'vitest';
import { cameraFor, lookOf, readView, writeView } from './view-url';

describe('view in the address', () => {
	it('writes and reads back the whole view', () => {
		const view = {
			selection: { kind: 'relation' as const, id: 'chn-prk-aid' },
			hiddenTypes: ['trade', 'aid'],
			hiddenStatuses: ['alleged' as const],
			asOf: '2023-06',
			table: true,
			look: { x: 12.5, y: -40, k: 0.75 }
		};
		const params = writeView(view, new URLSearchParams('graph=https://example.org/g.json'));
		expect(params.get('graph')).toBe('https://example.org/g.json');
		expect(readView(params)).toEqual({
			view: { ...view, hiddenTypes: ['aid', 'trade'] },
			problems: []
		});
	});

	it('leaves out what is not shown, for a short address', () => {
		expect(writeView({}, new URLSearchParams('relation=x&at=1,2,3')).toString()).toBe('');
	});

	it('says why a parameter is ignored, and keeps the rest', () => {
		const { view, problems } = readView(
			new URLSearchParams('asOf=2024-13-01&hideStatus=alleged,maybe&view=map&at=1,2&actor=prk')
		);
		expect(view).toEqual({ hiddenStatuses: ['alleged'], selection: { kind: 'actor', id: 'prk' } });
		expect(problems).toHaveLength(4);
		expect(problems[0]).toMatch(/^hideStatus: "maybe" is not a status/);
		expect(problems[1]).toMatch(/^asOf: "2024-13-01" is not a date/);
	});

	it('turns the camera into a look and back, whatever the window', () => {
		const area = { left: 200, top: 0, right: 900, bottom: 600 };
		const camera = { x: 130, y: -20, k: 1.5 };
		const look = lookOf(camera, area);
		expect(cameraFor(look, area)).toEqual(camera);
		// On a smaller window the same graph point is in the middle, at the same zoom.
		const phone = { left: 0, top: 0, right: 390, bottom: 700 };
		const there = cameraFor(look, phone);
		expect(look.x * there.k + there.x).toBeCloseTo(195);
		expect(look.y * there.k + there.y).toBeCloseTo(350);
	});
});
