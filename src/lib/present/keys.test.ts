import { describe, expect, it } from 'vitest';
import { commandFor, listStepFor, stepFor, stepIndex, stepShortcuts } from './keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
	key: k,
	shiftKey: false,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...mods
});

describe('present mode keys', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		['ArrowDown', 'next'],
		[' ', 'next'],
		['n', 'next'],
		['N', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['ArrowUp', 'previous'],
		['p', 'previous'],
		['P', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['a', null]
	])('stepFor(%j) is %s', (k, step) => {
		expect(stepFor(key(k))).toBe(step);
	});

	it('Shift+Space steps back, and keys with Ctrl, Alt or ⌘ are left to the browser', () => {
		expect(stepFor(key(' ', { shiftKey: true }))).toBe('previous');
		expect(stepFor(key('ArrowRight', { ctrlKey: true }))).toBe(null);
		expect(stepFor(key('PageDown', { metaKey: true }))).toBe(null);
	});

	it.each([
		['ArrowLeft', 'next'],
		['ArrowRight', 'previous'],
		['ArrowDown', 'next'],
		['ArrowUp', 'previous'],
		['PageDown', 'next'],
		['PageUp', 'previous'],
		[' ', 'next'],
		['Backspace', 'previous'],
		['n', 'next'],
		['p', 'previous'],
		['Home', 'first'],
		['End', 'last']
	] as const)('right to left (Arabic), stepFor(%j) is %s', (k, step) => {
		expect(stepFor(key(k), 'rtl')).toBe(step);
	});

	it('left to right is the default, and Shift+Space steps back in both directions', () => {
		expect(stepFor(key('ArrowRight'), 'ltr')).toBe('next');
		expect(stepFor(key('ArrowLeft'), 'ltr')).toBe('previous');
		expect(stepFor(key(' ', { shiftKey: true }), 'rtl')).toBe('previous');
		expect(stepFor(key('ArrowLeft', { ctrlKey: true }), 'rtl')).toBe(null);
	});

	it('names the keys that step, the forward arrow pointing the reading direction’s way', () => {
		expect(stepShortcuts('ltr')).toEqual({
			next: 'ArrowRight PageDown',
			previous: 'ArrowLeft PageUp'
		});
		expect(stepShortcuts('rtl')).toEqual({
			next: 'ArrowLeft PageDown',
			previous: 'ArrowRight PageUp'
		});
	});

	it.each([
		['next', -1, 5, 0],
		['next', 4, 5, 4],
		['previous', 0, 5, 0],
		['previous', 3, 5, 2],
		['first', 3, 5, 0],
		['last', 0, 5, 4],
		['next', -1, 0, -1]
	] as const)('stepIndex(%s, %i, %i) is %i', (step, index, count, expected) => {
		expect(stepIndex(step, index, count)).toBe(expected);
	});

	it.each([
		['b', 'blank'],
		['B', 'blank'],
		['.', 'blank'],
		['f', 'fullscreen'],
		['Escape', 'leave'],
		['n', null]
	] as const)('commandFor(%j) is %s', (k, command) => {
		expect(commandFor(key(k))).toBe(command);
	});

	it('B with Ctrl (bold in a field) is no command', () => {
		expect(commandFor(key('b', { ctrlKey: true }))).toBe(null);
	});
});

describe('the timeline’s event list keys', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['ArrowLeft', 'previous'],
		['ArrowUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		[' ', null],
		['Enter', null],
		['PageDown', null]
	] as const)('%s steps %s', (k, step) => {
		expect(listStepFor(k)).toBe(step);
	});

	it('walks the list with the same step function as present mode, stopping at the ends', () => {
		const walk = (keys: string[], from: number) =>
			keys.reduce((i, k) => stepIndex(listStepFor(k)!, i, 5), from);
		expect(walk(['ArrowRight', 'ArrowRight'], 0)).toBe(2);
		expect(walk(['ArrowLeft'], 0)).toBe(0);
		expect(walk(['End', 'ArrowRight'], 1)).toBe(4);
		expect(walk(['Home', 'ArrowDown'], 3)).toBe(1);
	});
});
