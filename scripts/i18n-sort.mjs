// Sorts every interface catalogue (src/lib/i18n/messages/*.json) by key, tab-indented, so that
// catalogues read alike and merge cleanly: `node scripts/i18n-sort.mjs`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const folder = resolve(import.meta.dirname, '../src/lib/i18n/messages');
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
	const path = resolve(folder, file);
	const catalogue = JSON.parse(readFileSync(path, 'utf8'));
	const sorted = Object.fromEntries(
		Object.keys(catalogue)
			.sort((a, b) =>
				a.toLowerCase() < b.toLowerCase()
					? -1
					: a.toLowerCase() > b.toLowerCase()
						? 1
						: a < b
							? -1
							: 1
			)
			.map((key) => [key, catalogue[key]])
	);
	writeFileSync(path, `${JSON.stringify(sorted, null, '\t')}\n`);
}
