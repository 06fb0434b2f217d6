/** Large and hostile stories made for the browser tests, as the bytes of a dataset JSON. */
import { random, syntheticDataset } from '../src/lib/model/synthetic';

/**
 * A valid story of about `megabytes` MB: 300 events, 40 actors, 150 relations, and `sources`
 * sources that nothing cites (each one a warning), their titles long enough to reach the size.
 */
export function bigStory(megabytes: number, sources = 46_000): Buffer {
	const base = syntheticDataset({ events: 300, actors: 40, relations: 150, seed: 7 });
	const baseBytes = JSON.stringify(base).length;
	// Each source as written: {"id":"x12345","title":"…"}, with its comma.
	const overhead = 32;
	const room = Math.floor((megabytes * 1024 * 1024 - baseBytes) / sources) - overhead;
	// Words drawn at random, so that storage cannot shrink the story by compressing it.
	const rand = random(11);
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const word = () =>
		Array.from({ length: 3 + Math.floor(rand() * 7) }, () => letters[Math.floor(rand() * 26)]).join(
			''
		);
	const filler = () => Array.from({ length: Math.ceil(room / 6) }, word).join(' ');
	const dataset = {
		...base,
		title: `Big story (${sources.toLocaleString('en-GB')} sources)`,
		sources: [
			...base.sources,
			...Array.from({ length: sources }, (_, i) => ({
				id: `x${i}`,
				title: `Report ${i}: ${filler()}`.slice(0, Math.max(10, room))
			}))
		]
	};
	return Buffer.from(JSON.stringify(dataset));
}
