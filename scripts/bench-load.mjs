// `npm run bench -- load`: first render of the production build, side by side with TimelineJS3.
//
// Builds the app (as shipped, into dist-load/), puts TimelineJS3 (@knight-lab/timelinejs, a dev
// dependency) beside it with a page drawing 10 events of the bundled story (no web fonts: its
// icon font is not copied), serves both from one plain static server on loopback, and opens each
// target in a fresh browser context, interleaved, RUNS times. In every run the page itself polls
// every frame from navigation start, and the first frame in which the view is drawn is the time
// measured (performance.now(), so from its own navigation start). For the same span a Chromium
// trace gives the main thread's work (top-level tasks), and a `longtask` observer the longest task.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.js';

/**
 * The app's policy (scripts/csp.ts, a TypeScript file, which Node 20 cannot import), read from the
 * <meta> tag the build puts in the page, so the server sends exactly what the page carries.
 */
function builtCsp(dir) {
	const html = readFileSync(join(dir, 'index.html'), 'utf8');
	const match = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
	if (!match) throw new Error(`no Content-Security-Policy <meta> in ${dir}/index.html`);
	return match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

const RUNS = Number(process.env.ENTENTE_LOAD_RUNS ?? 9);
const OUT = 'dist-load';
const PEER = 'node_modules/@knight-lab/timelinejs/dist';

/** What each target must show before it counts as drawn (every selector must match). */
const TARGETS = [
	{
		name: 'explore (graph and timeline)',
		url: './',
		drawn: { '[data-drawn="true"]': 1, 'svg.main .mark, svg.main .cluster': 1 }
	},
	{
		name: '?embed=timeline',
		url: './?embed=timeline',
		drawn: { 'svg.main .mark, svg.main .cluster': 1 }
	},
	{ name: '?embed=graph', url: './?embed=graph', drawn: { '[data-drawn="true"]': 1 } },
	{
		name: 'TimelineJS3, 10 events',
		url: './peer/timelinejs.html',
		drawn: { '.tl-timenav .tl-timemarker': 10, '.tl-slide-content': 1 },
		peer: true
	}
];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** The peer's page: TimelineJS3's own files, and 10 events of the bundled story. */
function writePeer() {
	const dir = join(OUT, 'peer');
	mkdirSync(dir, { recursive: true });
	cpSync(join(PEER, 'js', 'timeline.js'), join(dir, 'timeline.js'));
	cpSync(join(PEER, 'css', 'timeline.css'), join(dir, 'timeline.css'));
	const story = JSON.parse(readFileSync('data/russia-dprk.json', 'utf8'));
	const date = (d) => {
		const [year, month, day] = d.replace('~', '').split('-').map(Number);
		return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
	};
	const data = {
		title: { text: { headline: story.title, text: story.summary ?? '' } },
		events: story.events.slice(-10).map((e) => ({
			start_date: date(e.date),
			text: { headline: e.title, text: e.summary ?? '' }
		}))
	};
	writeFileSync(join(dir, 'data.js'), `window.PEER_DATA = ${JSON.stringify(data)};\n`);
	writeFileSync(
		join(dir, 'timelinejs.html'),
		`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS3, 10 events</title>
<link rel="stylesheet" href="timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline { width: 100%; height: 600px; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="data.js"></script>
<script src="timeline.js"></script>
<script>new TL.Timeline('timeline', window.PEER_DATA, { font: null, script_path: './' });</script>
</body>
</html>
`
	);
}

/** A plain static server: the same for the app and the peer; the app's pages get the strict CSP. */
function serve(port) {
	const root = normalize(OUT);
	const csp = builtCsp(OUT);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
		if (!file.startsWith(root) || !existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
		if (!path.startsWith('/peer/')) headers['Content-Security-Policy'] = csp;
		res.writeHead(200, headers).end(readFileSync(file));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const median = (v) => {
	const s = [...v].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One run of one target in a fresh context: time to the drawn frame, work, longest task. */
async function once(browser, base, target) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const foreign = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.hostname !== '127.0.0.1') {
			foreign.push(url.href);
			return route.abort();
		}
		return route.continue();
	});
	const page = await context.newPage();
	await page.addInitScript((drawn) => {
		const w = window;
		w.__longest = 0;
		try {
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			// no longtask support: stays 0
		}
		const poll = () => {
			const ok = Object.entries(drawn).every(
				([selector, n]) => document.querySelectorAll(selector).length >= n
			);
			if (ok) {
				w.__drawnAt = performance.now();
				performance.mark('bench:drawn');
			} else requestAnimationFrame(poll);
		};
		requestAnimationFrame(poll);
	}, target.drawn);
	await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'loading'] });
	await page.goto(base + target.url.replace(/^\.\//, ''));
	await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 60_000 });
	const { drawnAt, longest } = await page.evaluate(() => ({
		drawnAt: window.__drawnAt,
		longest: window.__longest
	}));
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
	await context.close();
	return { ms: drawnAt, work: workBefore(trace), longest, foreign };
}

/** Main-thread work of the page's renderer from navigation start to the `bench:drawn` mark (ms). */
function workBefore(trace) {
	const events = trace.traceEvents ?? trace;
	const mark = events.find((e) => e.name === 'bench:drawn');
	if (!mark) return NaN;
	const start = events.find(
		(e) => e.name === 'navigationStart' && e.pid === mark.pid && e.tid === mark.tid
	);
	const from = start ? start.ts : -Infinity;
	let work = 0;
	for (const e of events) {
		if (e.pid !== mark.pid || e.tid !== mark.tid || e.ph !== 'X') continue;
		if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
		const a = Math.max(e.ts, from);
		const b = Math.min(e.ts + (e.dur ?? 0), mark.ts);
		if (b > a) work += b - a;
	}
	return work / 1000;
}

export async function runLoad(port) {
	execSync(`npx vite build --outDir ${OUT}`, { stdio: 'inherit' });
	writePeer();
	const server = await serve(port);
	const base = `http://127.0.0.1:${port}/`;
	const results = new Map(TARGETS.map((t) => [t.name, []]));
	const browser = await chromium.launch(launchOptions());
	try {
		for (let run = 0; run < RUNS; run++) {
			// Interleaved, and the order turned each round, so no target always goes first.
			for (let i = 0; i < TARGETS.length; i++) {
				const target = TARGETS[(i + run) % TARGETS.length];
				results.get(target.name).push(await once(browser, base, target));
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	const peer = median(results.get(TARGETS.at(-1).name).map((r) => r.ms));
	const rows = [];
	console.log(
		`\nload (${RUNS} interleaved runs each, fresh context, 1280x800; ms from navigation start)`
	);
	console.log(
		`  ${'target'.padEnd(30)} ${'drawn: median (min–max)'.padEnd(26)} ${'ratio'.padStart(6)} ${'work'.padStart(7)} ${'longest task'.padStart(13)}`
	);
	for (const t of TARGETS) {
		const r = results.get(t.name);
		const ms = r.map((x) => x.ms);
		const row = {
			target: t.name,
			median: median(ms),
			min: Math.min(...ms),
			max: Math.max(...ms),
			ratio: median(ms) / peer,
			work: median(r.map((x) => x.work)),
			longest: Math.max(...r.map((x) => x.longest)),
			foreign: [...new Set(r.flatMap((x) => x.foreign))]
		};
		rows.push(row);
		console.log(
			`  ${t.name.padEnd(30)} ${`${row.median.toFixed(0)} (${row.min.toFixed(0)}–${row.max.toFixed(0)})`.padEnd(26)} ${row.ratio.toFixed(2).padStart(6)} ${row.work.toFixed(0).padStart(7)} ${(row.longest ? row.longest.toFixed(0) : 'none').padStart(13)}`
		);
		if (row.foreign.length)
			console.log(`    blocked requests to other hosts: ${row.foreign.join(', ')}`);
	}
	console.log(
		"  ratio: median time to the drawn frame over TimelineJS3's; work: main-thread tasks before that frame (median, ms); longest task: worst of all runs (ms, longtask observer)"
	);
	return rows;
}
