/// <reference types="node" />
import { loadJsonText } from './import';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './load';

const doc = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');

describe('docs/data-format.md', () => {
	it('its complete example loads without errors or warnings', () => {
		const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
		expect(example, 'a ```json block').toBeDefined();
		const result = loadJsonText(example!, 'story.json');
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([]);
	});
});
