import { describe, expect, it } from 'vitest';
import { heightMessages, parseShowMessage } from './messages';

describe('parseShowMessage', () => {
	it.each([
		[{ type: 'entente:show', moment: '2024-06-19' }, { moment: Date.UTC(2024, 5, 19) }],
		[{ type: 'entente:show', event: 'treaty-2024' }, { event: 'treaty-2024' }],
		[
			{ type: 'entente:show', moment: '2000-07-19', event: 'putin-visit-2000' },
			{ moment: Date.UTC(2000, 6, 19), event: 'putin-visit-2000' }
		],
		// Steps count from 1, as `?step=` does; the embed holds them from 0.
		[{ type: 'entente:show', step: 1 }, { step: 0 }],
		[{ type: 'entente:show', step: 8 }, { step: 7 }]
	])('reads %j', (data, expected) => {
		expect(parseShowMessage(data)).toEqual(expected);
	});

	it.each([
		['a string', 'entente:show'],
		['null', null],
		['a list', [{ type: 'entente:show', moment: '2024-06-19' }]],
		['another type', { type: 'entente:hide', moment: '2024-06-19' }],
		['no moment and no event', { type: 'entente:show' }],
		['an impossible day', { type: 'entente:show', moment: '2024-02-30' }],
		['a month instead of a day', { type: 'entente:show', moment: '2024-06' }],
		['a number moment', { type: 'entente:show', moment: 20240619 }],
		['an event id with markup', { type: 'entente:show', event: '<img src=x>' }],
		['an extra field', { type: 'entente:show', moment: '2024-06-19', run: 'alert(1)' }],
		['step 0', { type: 'entente:show', step: 0 }],
		['a fractional step', { type: 'entente:show', step: 2.5 }],
		['a step as text', { type: 'entente:show', step: '3' }],
		['a step past any story', { type: 'entente:show', step: 100_000 }]
	])('ignores %s', (_what, data) => {
		expect(parseShowMessage(data)).toBeNull();
	});
});

describe('heightMessages', () => {
	it("reports the height in Entente's form with the frame id, and in AMP's form", () => {
		expect(heightMessages(512, 'entente-1')).toEqual([
			{ type: 'entente:height', height: 512, id: 'entente-1' },
			{ sentinel: 'amp', type: 'embed-size', height: 512 }
		]);
	});
});
