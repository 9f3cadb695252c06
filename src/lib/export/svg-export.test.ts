import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { parseGraph } from '$lib/model/parse-graph';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { EXAMPLE_TYPE_LABELS } from '../../../tests/fixtures/example-legend';
import { HOSTILE, hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { exportSvg } from './svg-export';
import { FONT_STACK } from '$lib/stage/visual-constants';
import { textWidth } from '$lib/stage/text-width';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const example = exampleGraph();

describe('exportSvg of the example', () => {
	const svg = exportSvg(wholeView(example));
	const document = parseXml(svg);
	const root = document.documentElement!;
	const elements = allElements(document);
	const all = (selector: (e: (typeof elements)[number]) => boolean) => elements.filter(selector);

	it('is a well-formed, standalone SVG document with its size and viewBox', () => {
		expect(root.localName).toBe('svg');
		expect(root.namespaceURI).toBe(SVG_NAMESPACE);
		const width = Number(root.getAttribute('width'));
		const height = Number(root.getAttribute('height'));
		expect(width).toBeGreaterThanOrEqual(960);
		expect(height).toBeGreaterThan(400);
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
		expect(root.getAttribute('font-family')).toBe(FONT_STACK);
	});

	it('stays under 60 KB', () => {
		expect(new TextEncoder().encode(svg).length).toBeLessThan(60_000);
	});

	it('gives the same bytes every time, even from a layout computed anew', () => {
		expect(exportSvg(wholeView(exampleGraph()))).toBe(svg);
	});

	it('carries the title, the as-of date and the subtitle', () => {
		const texts = all((e) => e.localName === 'text').map((e) => e.textContent);
		expect(texts).toContain(example.title);
		expect(texts).toContain(`As of 6 Oct 2024 · ${example.subtitle}`);
		expect(root.getElementsByTagName('title')[0].textContent).toBe(
			`${example.title} — as of 6 Oct 2024`
		);
	});

	it('draws every actor and relation with its data attributes', () => {
		const actors = all((e) => e.hasAttribute('data-actor') && e.localName === 'g');
		expect(actors.map((e) => e.getAttribute('data-actor'))).toEqual(
			example.actors.map((a) => a.id)
		);
		const relations = all((e) => e.getAttribute('class') === 'relation');
		expect(relations.map((e) => e.getAttribute('data-relation'))).toEqual(
			example.relations.map((r) => r.id)
		);
		for (const relation of relations) {
			const own = example.relations.find((r) => r.id === relation.getAttribute('data-relation'))!;
			expect(relation.getAttribute('data-type')).toBe(own.type);
			expect(relation.getAttribute('data-status')).toBe(own.status);
		}
	});

	it('links each relation to its first source, with a tooltip of summary, type, status and source', () => {
		for (const relation of example.relations) {
			const mark = all(
				(e) => e.getAttribute('data-relation') === relation.id && e.localName === 'g'
			)[0];
			const link = mark.parentNode as (typeof elements)[number];
			const first = example.sources.find((s) => s.id === relation.evidence[0].source)!;
			expect(link.localName).toBe('a');
			expect(link.getAttribute('href')).toBe(first.url);
			const title = link.getElementsByTagName('title')[0].textContent!;
			expect(title).toContain(relation.summary);
			expect(title).toContain(relation.status);
			expect(title).toContain(first.title);
		}
	});

	it('draws pacts double, sanctions with a bar, directed aid with an arrowhead, doubt with its badge', () => {
		const within = (id: string, className: string) =>
			all((e) => e.getAttribute('class') === className && isInside(e, id)).length;
		expect(within('rus-prk-treaty-2024', 'core')).toBe(1);
		expect(within('un-prk-sanctions', 'bar')).toBe(1);
		expect(within('chn-prk-aid', 'arrowhead')).toBe(1);
		expect(within('chn-prk-trade', 'arrowhead')).toBe(0);
		expect(within('prk-rus-arms', 'badge')).toBe(1);
		expect(within('prk-rus-arms', 'broken')).toBe(0); // dotted already
	});

	it('has a legend of the types drawn and of the statuses, with the marks of doubt explained', () => {
		const legend = all((e) => e.getAttribute('class') === 'legend')[0];
		const words = [...legend.getElementsByTagName('text')].map((e) => e.textContent);
		expect(words).toEqual([
			'Relation types',
			...EXAMPLE_TYPE_LABELS,
			'Status',
			'Confirmed',
			'Reported (marked ○)',
			'?',
			'Alleged (faded, marked ?)',
			// The 2024 treaty, signed in June, in force from December: pending on 6 Oct 2024.
			'…',
			'Signed, not yet in force (marked …)'
		]);
	});

	it('numbers the sources in order of first citation and cites them for each relation', () => {
		const footer = all((e) => e.getAttribute('class') === 'sources')[0];
		const sources = all((e) => e.hasAttribute('data-source'));
		expect(sources[0].getAttribute('data-source')).toBe('ksat-2024-10-06');
		expect(sources.map((e) => e.getAttribute('data-source'))).toEqual([
			'ksat-2024-10-06',
			'xinhua-2024-10-06',
			'kbs-2023-07-20',
			'asiatoday-2024-07-21',
			'peking-review-1961-28',
			'kcna-2024-06-20',
			'duma-2024-10-24',
			'interfax-2024-12-05',
			'un-sc-8853',
			'un-sc-9679',
			'un-res-2087',
			'un-res-2094',
			'un-res-2270',
			'usun-2017-12-22',
			'un-sc-15648',
			'yonhap-2023-10-14',
			'reuters-2024-01-04'
		]);
		const trade = [...footer.getElementsByTagName('text')].find(
			(e) => e.getAttribute('data-relation') === 'chn-prk-trade'
		)!;
		expect(trade.textContent).toBe(
			'Trade between China and North Korea, confirmed\u00A0[1,\u00A03,\u00A04]'
		);
		expect(sources[0].parentNode).toHaveProperty('localName', 'a');
	});

	it('says in the footer that the June 2024 pact was signed but not yet in force', () => {
		const pact = all((e) => e.localName === 'text').find(
			(e) => e.getAttribute('data-relation') === 'rus-prk-treaty-2024'
		)!;
		// The footer wraps long words onto lines of their own.
		const lines = [...pact.getElementsByTagName('tspan')].map((line) => line.textContent);
		expect(lines.join(' ')).toContain(
			'Defense pact between Russia and North Korea, confirmed; signed, not yet in force as of 6 Oct 2024'
		);
	});

	it('uses nothing a standalone file cannot carry', () => {
		expectSafe(svg);
	});

	it('draws each name’s halo as its own text under the name, with no paint-order', () => {
		expect(svg).not.toContain('paint-order');
		const names = all((e) => e.getAttribute('class') === 'name');
		expect(names).toHaveLength(example.actors.length);
		for (const name of names) {
			const halo = name.previousSibling as XmlElement;
			expect(halo.getAttribute('class')).toBe('name-halo');
			expect(halo.getAttribute('aria-hidden')).toBe('true');
			expect(halo.textContent).toBe(name.textContent);
			expect(name.hasAttribute('stroke')).toBe(false);
		}
	});
});

describe('exportSvg of a filtered view with a selection', () => {
	const relations = example.relations.filter((r) => r.type !== 'trade' && r.status !== 'alleged');
	const svg = exportSvg({
		...wholeView(example),
		filter: { hiddenTypes: new Set(['trade']), hiddenStatuses: new Set(['alleged']) },
		focus: { kind: 'selection', selection: { kind: 'relation', id: 'chn-prk-aid' } }
	});
	const elements = allElements(parseXml(svg));

	it('draws only the visible relations and says how many are shown', () => {
		const drawn = elements.filter((e) => e.getAttribute('class') === 'relation');
		expect(drawn.map((e) => e.getAttribute('data-relation'))).toEqual(relations.map((r) => r.id));
		const texts = elements.filter((e) => e.localName === 'text').map((e) => e.textContent);
		expect(texts.some((t) => t?.endsWith('· 6 of 8 relations shown'))).toBe(true);
	});

	it('leaves hidden types and a single status out of the legend', () => {
		const legend = elements.find((e) => e.getAttribute('class') === 'legend')!;
		const words = [...legend.getElementsByTagName('text')].map((e) => e.textContent);
		expect(words).not.toContain('Trade');
		expect(words).not.toContain('Arms transfers');
		// Confirmed and reported are both still drawn.
		expect(words).toContain('Status');
	});

	it('highlights the selected relation and fades the rest, as on screen', () => {
		const aid = elements.find(
			(e) => e.getAttribute('data-relation') === 'chn-prk-aid' && e.localName === 'g'
		)!;
		expect(aid.getAttribute('opacity')).toBeNull();
		expect(aid.getElementsByTagName('path')[0].getAttribute('class')).toBe('halo');
		const treaty = elements.find(
			(e) => e.getAttribute('data-relation') === 'rus-prk-treaty-2024' && e.localName === 'g'
		)!;
		expect(treaty.getAttribute('opacity')).toBe('0.2');
		const un = elements.find((e) => e.getAttribute('data-actor') === 'un')!;
		expect(un.getAttribute('opacity')).toBe('0.35');
		const china = elements.find((e) => e.getAttribute('data-actor') === 'chn')!;
		expect(china.getAttribute('opacity')).toBeNull();
	});

	it('fades each mark once, even where a renderer passes a group’s opacity on to its children', () => {
		for (const faded of elements.filter((e) => e.localName === 'g' && e.hasAttribute('opacity'))) {
			if (faded.getAttribute('opacity') === '1') continue;
			for (let child = faded.firstChild; child; child = child.nextSibling) {
				const drawn = child as XmlElement;
				if (child.nodeType !== child.ELEMENT_NODE || drawn.localName === 'title') continue;
				expect(drawn.hasAttribute('opacity'), drawn.localName!).toBe(true);
			}
		}
	});
});

describe('exportSvg of a graph with a marking', () => {
	const marking = 'OFFICIAL-SENSITIVE — not for onward distribution';
	const plain = exportSvg(wholeView(example));
	const svg = exportSvg(wholeView({ ...example, marking }));
	const elements = allElements(parseXml(svg));
	const height = Number(elements[0].getAttribute('height'));

	it('carries the marking at the top and at the bottom, clear of everything else', () => {
		const markings = elements.filter((e) => e.getAttribute('class') === 'marking');
		expect(markings.map((e) => e.textContent)).toEqual([marking, marking]);
		const [top, bottom] = markings.map((e) => Number(e.getAttribute('y')));
		const group = (name: string) => elements.find((e) => e.getAttribute('class') === name)!;
		const baselines = (name: string) =>
			[...group(name).getElementsByTagName('*')]
				.map((e) => Number(e.getAttribute('y')))
				.filter(Number.isFinite);
		// Each marking stands apart from the title below it and the last source above it.
		expect(top).toBeLessThan(Math.min(...baselines('header')) - 20);
		expect(bottom).toBeGreaterThan(Math.max(...baselines('sources')) + 20);
		expect(bottom).toBeLessThan(height);
	});

	it('makes the page taller by the markings’ room, and no marking without one', () => {
		expect(height).toBeGreaterThan(sizeOf(plain).height);
		expect(plain).not.toContain('class="marking"');
	});
});

describe('exportSvg of a story step’s view', () => {
	it('titles the picture with the step’s title', () => {
		const svg = exportSvg({ ...wholeView(example), title: 'The 2024 treaty' });
		expect(svg).toContain('<title>The 2024 treaty — as of 6 Oct 2024</title>');
		expect(svg).toContain('>The 2024 treaty</text>');
	});
});

function sizeOf(svg: string) {
	const root = parseXml(svg).documentElement!;
	return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
}

describe('exportSvg of long text', () => {
	const graph = {
		...example,
		title: `${example.title}: ${'a rather long title that goes on '.repeat(4)}`,
		sources: example.sources.map((source, i) =>
			i === 0
				? {
						...source,
						title: 'Unbroken'.repeat(20),
						url: `https://example.org/${'very-long-path-'.repeat(12)}end`
					}
				: source
		)
	};
	const svg = exportSvg(wholeView(graph));
	const elements = allElements(parseXml(svg));
	const width = Number(elements[0].getAttribute('width'));

	it('keeps every line of the header, legend and footer inside the picture’s margins, in DejaVu Sans', () => {
		const lines = elements.filter(
			(e) =>
				(e.localName === 'tspan' || (e.localName === 'text' && e.hasAttribute('x'))) &&
				!isInsideGraph(e)
		);
		expect(lines.length).toBeGreaterThan(50);
		for (const line of lines) {
			const text = line.localName === 'text' ? line : (line.parentNode as XmlElement);
			const size = Number(text.getAttribute('font-size'));
			const bold = Number(text.getAttribute('font-weight') ?? 400) >= 600;
			const x = Number(line.getAttribute('x'));
			const drawn = textWidth(line.textContent!, size, bold ? 'bold' : 'normal');
			const anchor = text.getAttribute('text-anchor');
			const left = anchor === 'end' ? x - drawn : x;
			expect(left, line.textContent!).toBeGreaterThanOrEqual(40 - 0.5);
			expect(left + drawn, line.textContent!).toBeLessThanOrEqual(width - 40 + 0.5);
		}
	});

	it('keeps the footer’s columns apart', () => {
		const columnRight = (width - 80 - 32) / 2 + 40;
		for (const tspan of elements.filter((e) => e.localName === 'tspan')) {
			const x = Number(tspan.getAttribute('x'));
			if (x > columnRight) continue;
			const right = x + textWidth(tspan.textContent!, 12);
			expect(right, tspan.textContent!).toBeLessThanOrEqual(columnRight + 0.5);
		}
	});

	it('keeps legend labels inside the legend box', () => {
		const legend = elements.find((e) => e.getAttribute('class') === 'legend')!;
		const box = legend.getElementsByTagName('rect')[0];
		const right = Number(box.getAttribute('x')) + Number(box.getAttribute('width'));
		for (const label of [...legend.getElementsByTagName('text')]) {
			const bold = label.getAttribute('font-weight') === '700';
			const end =
				Number(label.getAttribute('x')) +
				textWidth(
					label.textContent!,
					Number(label.getAttribute('font-size')),
					bold ? 'bold' : 'normal'
				);
			if (label.getAttribute('text-anchor') === 'middle') continue; // the badge's sign
			expect(end, label.textContent!).toBeLessThanOrEqual(right);
		}
	});
});

describe('exportSvg of hostile text', () => {
	it('is a graph the app would accept', () => {
		expect(parseGraph(hostileGraph).ok).toBe(true);
	});

	const svg = exportSvg({
		graph: hostileGraph,
		positions: graphLayout(hostileGraph),
		asOf: hostileGraph.asOf
	});
	const document = parseXml(svg);

	it('keeps markup in names, titles and summaries as text', () => {
		const texts = allElements(document)
			.filter((e) => e.localName === 'text')
			.map((e) => e.textContent);
		expect(texts).toContain(HOSTILE);
		expect(allElements(document).some((e) => e.localName === 'script')).toBe(false);
		const titles = allElements(document)
			.filter((e) => e.localName === 'title')
			.map((e) => e.textContent!);
		expect(titles.some((t) => t.includes('</title><script>alert(2)</script>'))).toBe(true);
	});

	it('uses nothing a standalone file cannot carry', () => {
		expectSafe(svg);
	});

	it('writes no link to a source whose address is not on the web', () => {
		const graph = {
			...hostileGraph,
			sources: [{ ...hostileGraph.sources[0], url: 'javascript:alert(1)' }]
		};
		const unsafe = exportSvg({ ...wholeView(graph), positions: graphLayout(graph) });
		expect(unsafe).not.toContain('javascript:');
		expectSafe(unsafe);
	});
});

/** No script, no event handler, no link off the web, no CSS variable, no foreign content, no external reference. */
function expectSafe(svg: string) {
	const elements = allElements(parseXml(svg));
	expect(svg).not.toMatch(/<script/i);
	expect(svg).not.toContain('var(--');
	expect(svg).not.toMatch(/foreignObject/i);
	expect(svg).not.toMatch(/<image|@import|<style/i);
	expect([...svg.matchAll(/url\(\s*(.)/g)].every((match) => match[1] === '#')).toBe(true);
	for (const element of elements) {
		for (const attribute of [...element.attributes]) {
			expect(attribute.name).not.toMatch(/^on/i);
			if (/(^|:)href$/i.test(attribute.name)) expect(attribute.value).toMatch(/^https?:\/\//i);
			expect(attribute.name).not.toBe('style');
		}
	}
}

function isInsideGraph(element: { parentNode: unknown }): boolean {
	for (
		let node = element.parentNode as XmlElement | null;
		node;
		node = node.parentNode as XmlElement | null
	) {
		if (node.getAttribute?.('class') === 'graph') return true;
	}
	return false;
}

function isInside(element: { parentNode: unknown }, relationId: string): boolean {
	for (
		let node = element.parentNode as XmlElement | null;
		node;
		node = node.parentNode as XmlElement | null
	) {
		if (node.getAttribute?.('data-relation') === relationId) return true;
	}
	return false;
}
