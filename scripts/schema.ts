/** Writes `data/schema.json`, the JSON Schema of the dataset format, from the zod schema. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetSchema } from '../src/lib/model/schema.ts';

const schema = {
	...z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }),
	$id: 'https://entente.invalid/schema.json',
	title: 'Entente story',
	description:
		'A story for Entente: actors, dated events and relations that hold between dates. See docs/data-format.md.'
};
const out = new URL('../data/schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(schema, null, '\t') + '\n');
console.log(`wrote ${out.pathname}`);
