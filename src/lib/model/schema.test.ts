/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatasetSchema, IdSchema, PartialDateSchema, UrlSchema } from './schema';

describe('data/schema.json', () => {
	it('is the JSON Schema of DatasetSchema (run `npm run schema` after changing schema.ts)', () => {
		const file = JSON.parse(
			readFileSync(new URL('../../../data/schema.json', import.meta.url), 'utf8')
		) as Record<string, unknown>;
		const generated = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
		const { $id: _id, title: _title, description: _description, ...format } = file;
		expect(format).toEqual(JSON.parse(JSON.stringify(generated)));
	});
});

describe('field formats', () => {
	it.each([
		['russia', true],
		['treaty-2024', true],
		['kim_jong_un', true],
		['A1', true],
		['2024-06-19', false],
		['1treaty', false],
		['-russia', false],
		['north korea', false],
		['', false],
		['x'.repeat(121), false]
	])('IdSchema accepts %j: %s', (id, ok) => {
		expect(IdSchema.safeParse(id).success).toBe(ok);
	});

	it.each([
		['2000', true],
		['2024-03', true],
		['2024-06-19', true],
		['1995~', true],
		['2024-06-19~', true],
		['2024-6-19', false],
		['24', false],
		['2024/06/19', false],
		['c. 1995', false]
	])('PartialDateSchema accepts the form of %j: %s', (text, ok) => {
		expect(PartialDateSchema.safeParse(text).success).toBe(ok);
	});

	it.each([
		['https://www.un.org/securitycouncil/', true],
		['http://kcna.kp/en', true],
		['https://example.org/a?b=c#d', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		['data:text/html,<script>alert(1)</script>', false],
		['file:///etc/passwd', false],
		['//example.org', false],
		['https://', false],
		['https://exa mple.org', false],
		[' https://example.org', false]
	])('UrlSchema accepts %j: %s', (url, ok) => {
		expect(UrlSchema.safeParse(url).success).toBe(ok);
	});
});
