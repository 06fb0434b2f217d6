/**
 * The limits table of docs/data-format.md says what the schema enforces: every length and count
 * limit of the published JSON Schema (data/schema.json, made from the zod schema) is in the table
 * with its number, and every number in the table is the schema's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../../data/schema.json';
import { ID_PATTERN, LIMITS } from './constants';

type Node = { [key: string]: unknown };

/** Every limit of the schema: its path (`events[].title`), the limit, and whether it is an id. */
function schemaLimits(): { path: string; limit: number; id: boolean }[] {
	const out: { path: string; limit: number; id: boolean }[] = [];
	const walk = (node: Node, path: string) => {
		const limit = (node.maxLength ?? node.maxItems) as number | undefined;
		if (limit !== undefined) out.push({ path, limit, id: node.pattern === ID_PATTERN.source });
		const properties = node.properties as Record<string, Node> | undefined;
		for (const [key, child] of Object.entries(properties ?? {}))
			walk(child, path ? `${path}.${key}` : key);
		if (node.items) walk(node.items as Node, `${path}[]`);
	};
	walk(schema as Node, '');
	return out;
}

/** The table's rows: the fields it names (in backticks) and the number it gives. */
function documentedLimits(): { fields: string[]; limit: number; ids: boolean }[] {
	const text = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');
	const section = text.slice(text.indexOf('### Limits'), text.indexOf('### Actor'));
	return section
		.split('\n')
		.filter((line) => /^\|.*\|\s*[\d,]+[^|]*\|$/.test(line))
		.map((line) => {
			const [field = '', limit = ''] = line.split('|').slice(1, -1);
			return {
				fields: [...field.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
				limit: Number(/[\d,]+/.exec(limit)![0].replaceAll(',', '')),
				ids: field.includes('any id')
			};
		});
}

describe('the limits table in docs/data-format.md', () => {
	const rows = documentedLimits();
	const limits = schemaLimits();

	it('has the rows it should', () => {
		expect(rows.length).toBeGreaterThanOrEqual(10);
		expect(rows.filter((r) => r.ids)).toEqual([expect.objectContaining({ limit: LIMITS.id })]);
	});

	it('names every limit the schema enforces, with its number', () => {
		for (const { path, limit, id } of limits) {
			// Ids and references to them: the "any id" row.
			if (id) {
				expect(limit, `${path} (an id)`).toBe(LIMITS.id);
				continue;
			}
			const row = rows.find((r) => r.fields.includes(path));
			expect(row, `${path} (at most ${limit}) in the table`).toBeDefined();
			expect(row!.limit, path).toBe(limit);
		}
	});

	it('names no field the schema does not limit', () => {
		const paths = new Set(limits.map((l) => l.path));
		for (const row of rows.filter((r) => !r.ids))
			for (const field of row.fields) expect(paths, field).toContain(field);
	});
});
