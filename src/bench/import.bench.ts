/**
 * Import benchmarks (`npm run bench import`): how long opening big or odd input blocks the page,
 * from the bytes of the files to a story (or to the list of its problems):
 * - CSV tables with 50,000 event rows (valid, and every row with an impossible date);
 * - a dataset JSON of about 5 MB;
 * - 5 MB of bytes that are not text.
 */
import { datasetToCsvFiles } from '../lib/model/csv';
import { loadFiles, type RawFile } from '../lib/model/import';
import { syntheticDataset } from '../lib/model/synthetic';
import { median, type BenchFigures } from './main';

const encoder = new TextEncoder();

function time(files: RawFile[], runs = 5): { ms: number; ok: boolean; problems: number } {
	const times: number[] = [];
	let ok = false;
	let problems = 0;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const result = loadFiles(files);
		times.push(performance.now() - start);
		ok = result.ok;
		problems = result.ok ? 0 : result.errors.length;
	}
	return { ms: median(times), ok, problems };
}

export async function run(): Promise<BenchFigures> {
	const figures: BenchFigures = {};
	const big = syntheticDataset({ events: 50_000, actors: 200, relations: 2_000, seed: 3 });
	const csv = datasetToCsvFiles(big).map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
	const csvBytes = csv.reduce((sum, f) => sum + f.bytes.length, 0);
	const good = time(csv);
	figures['CSV, 50,000 event rows: MB'] = csvBytes / 1024 / 1024;
	figures['CSV, 50,000 event rows: ms to a story (median of 5)'] = good.ms;
	figures['CSV, 50,000 event rows: loaded'] = String(good.ok);

	const broken = csv.map((f) =>
		f.name === 'events.csv'
			? {
					name: f.name,
					bytes: encoder.encode(
						new TextDecoder().decode(f.bytes).replace(/,(\d{4})-\d\d-\d\d,/g, ',$1-02-30,')
					)
				}
			: f
	);
	const bad = time(broken, 3);
	figures['CSV, 50,000 bad rows: ms to the problems (median of 3)'] = bad.ms;
	figures['CSV, 50,000 bad rows: problems'] = bad.problems;

	let events = 30_000;
	let json: string;
	for (;;) {
		json = JSON.stringify(syntheticDataset({ events, actors: 100, relations: 500, seed: 4 }));
		if (json.length >= 5 * 1024 * 1024 * 0.95) break;
		events = Math.round(events * 1.1);
	}
	const jsonFile = [{ name: 'big.json', bytes: encoder.encode(json) }];
	const loaded = time(jsonFile);
	figures['JSON: MB'] = json.length / 1024 / 1024;
	figures['JSON: events'] = events;
	figures['JSON: ms to a story (median of 5)'] = loaded.ms;

	const noise = new Uint8Array(5 * 1024 * 1024);
	for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
	const refused = time([{ name: 'events.csv', bytes: noise }]);
	figures['5 MB not text: ms to refuse'] = refused.ms;
	return figures;
}
