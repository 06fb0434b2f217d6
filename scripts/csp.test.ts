/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from './csp';

describe('the Content-Security-Policy', () => {
	it('is the one docs/security.md gives', () => {
		const doc = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');
		const block = /## Content-Security-Policy[\s\S]*?```\n([\s\S]*?)\n```/.exec(doc)?.[1];
		expect(block?.replace(/\s*\n\s*/g, ' ')).toBe(CSP);
	});

	it('allows no inline or evaluated script and no third-party script', () => {
		expect(CSP).toMatch(/script-src 'self';/);
		expect(CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
		expect(CSP).toMatch(/object-src 'none'/);
	});
});
