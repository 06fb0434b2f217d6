import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
	dateLocale,
	DAY_MS,
	formatAt,
	formatDay,
	formatPart,
	formatPartialDate,
	setDateLocale,
	isoDay,
	parseDay,
	parsePartialDate,
	partialDateProblem,
	type PartialDate
} from './dates';

/** Parses a date the test knows to be valid, failing loudly otherwise. */
function parsed(text: string): PartialDate {
	const date = parsePartialDate(text);
	if (!date) throw new Error(`expected '${text}' to parse`);
	return date;
}

describe('parsePartialDate(text)', () => {
	it.each([
		['2000', 'year', false, Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)],
		['1995~', 'year', true, Date.UTC(1995, 0, 1), Date.UTC(1996, 0, 1)],
		['2024-03', 'month', false, Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1)],
		['2024-02', 'month', false, Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)],
		['2023-02', 'month', false, Date.UTC(2023, 1, 1), Date.UTC(2023, 2, 1)],
		['2024-12', 'month', false, Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)],
		['2024-06~', 'month', true, Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)],
		['2024-06-19', 'day', false, Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 20)],
		['2024-02-29', 'day', false, Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)],
		['2023-02-28', 'day', false, Date.UTC(2023, 1, 28), Date.UTC(2023, 2, 1)],
		['2023-02-15', 'day', false, Date.UTC(2023, 1, 15), Date.UTC(2023, 1, 16)],
		['2024-12-31', 'day', false, Date.UTC(2024, 11, 31), Date.UTC(2025, 0, 1)],
		['2000-07-19~', 'day', true, Date.UTC(2000, 6, 19), Date.UTC(2000, 6, 20)]
	] as const)(
		"parsePartialDate('%s') has precision %s, approximate %s, and covers [start, end)",
		(text, precision, approximate, start, end) => {
			expect(parsePartialDate(text)).toEqual({ text, precision, approximate, start, end });
		}
	);

	it('parsePartialDate reads years before 100 as themselves, not as 19xx', () => {
		const date = parsed('0099-12-31');
		expect(new Date(date.start).getUTCFullYear()).toBe(99);
		expect(isoDay(date.end)).toBe('0100-01-01');
	});

	it.each([
		['2024-02-30', 'February has 29 days in 2024'],
		['2023-02-29', '2023 is not a leap year'],
		['1900-02-29', '1900 is not a leap year'],
		['2024-13', 'there is no month 13'],
		['2024-00', 'there is no month 0'],
		['2024-06-31', 'June has 30 days'],
		['2024-06-00', 'there is no day 0'],
		['', 'the text is empty'],
		['24-06-19', 'the year has two digits'],
		['2024-6-1', 'month and day are not zero-padded'],
		['2024-06-19T00:00', 'a time is not a partial date'],
		[' 2024', 'it has a leading space'],
		['~2024', 'the tilde comes first'],
		['june 2024', 'it is words']
	])("parsePartialDate('%s') is null because %s", (text) => {
		expect(parsePartialDate(text)).toBeNull();
	});

	it('parsePartialDate accepts 29 February in leap years, including 2000', () => {
		expect(parsed('2024-02-29').start).toBe(Date.UTC(2024, 1, 29));
		expect(parsed('2000-02-29').start).toBe(Date.UTC(2000, 1, 29));
	});

	it('parsePartialDate gives start < end and a day-long interval for days (any valid date)', () => {
		const days = fc
			.record({
				year: fc.integer({ min: 0, max: 9999 }),
				month: fc.integer({ min: 1, max: 12 }),
				day: fc.integer({ min: 1, max: 31 })
			})
			.filter(({ year, month, day }) => {
				// A real day is one the calendar does not roll over into the next month.
				const date = new Date(0);
				date.setUTCFullYear(year, month - 1, day);
				return date.getUTCDate() === day;
			})
			.map(({ year, month, day }) =>
				[
					String(year).padStart(4, '0'),
					String(month).padStart(2, '0'),
					String(day).padStart(2, '0')
				].join('-')
			);
		fc.assert(
			fc.property(days, (text) => {
				const date = parsePartialDate(text);
				expect(date).not.toBeNull();
				expect(isoDay(date!.start)).toBe(text);
				expect(date!.start).toBeLessThan(date!.end);
				expect(date!.end - date!.start).toBe(DAY_MS);
			}),
			{ numRuns: 2000 }
		);
	}, 30_000);

	it('parsePartialDate gives each month of any year the interval from its 1st to the next 1st', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9998 }),
				fc.integer({ min: 1, max: 12 }),
				(year, month) => {
					const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
					const date = parsed(text);
					const next = month === 12 ? [year + 1, 1] : [year, month + 1];
					expect(isoDay(date.start)).toBe(`${text}-01`);
					expect(isoDay(date.end)).toBe(
						`${String(next[0]).padStart(4, '0')}-${String(next[1]).padStart(2, '0')}-01`
					);
				}
			)
		);
	});
});

describe('partialDateProblem(text)', () => {
	it.each(['2024-02-30', '2023-02-29', '2024-13', '2024-00', '2024-06-31', '24-06-19', '2024-6-1'])(
		"partialDateProblem('%s') is a sentence quoting the bad text",
		(text) => {
			const problem = partialDateProblem(text);
			expect(problem).toEqual(expect.any(String));
			expect(problem).toContain(`'${text}'`);
		}
	);

	it("partialDateProblem('2024-13') names the month that does not exist", () => {
		expect(partialDateProblem('2024-13')).toContain('no month 13');
	});

	it("partialDateProblem('24-06-19') tells the author which forms are allowed", () => {
		expect(partialDateProblem('24-06-19')).toContain('YYYY-MM-DD');
	});

	it.each(['2000', '2024-03', '2024-06-19', '2024-02-29', '2023-02-28', '1995~'])(
		"partialDateProblem('%s') is null for a real date",
		(text) => {
			expect(partialDateProblem(text)).toBeNull();
		}
	);
});

describe('formatPartialDate(date, locale)', () => {
	it.each([
		['2000', '2000'],
		['2000-07', 'July 2000'],
		['2024-06-19', '19 June 2024'],
		['2024-12-31', '31 December 2024'],
		['1995~', 'c. 1995'],
		['2024-03~', 'c. March 2024']
	])("formatPartialDate('%s', 'en-GB') is '%s'", (text, expected) => {
		expect(formatPartialDate(parsed(text), 'en-GB')).toBe(expected);
	});
});

describe('parseDay(text) and isoDay(ms)', () => {
	it.each(['2024-06-19', '2000-07-19', '2024-02-29', '0001-01-01', '9999-12-31'])(
		"isoDay(parseDay('%s')) gives the same day back",
		(text) => {
			const ms = parseDay(text);
			expect(ms).not.toBeNull();
			expect(isoDay(ms!)).toBe(text);
		}
	);

	it('parseDay gives UTC midnight of the day', () => {
		expect(parseDay('2024-06-19')).toBe(Date.UTC(2024, 5, 19));
	});

	it.each(['2024', '2024-06', '2024-06-19~', '2024-02-30', 'treaty-2024', ''])(
		"parseDay('%s') is null because it is not one exact day",
		(text) => {
			expect(parseDay(text)).toBeNull();
		}
	);

	it('isoDay writes a moment as its UTC day, ignoring the time of day', () => {
		expect(isoDay(Date.UTC(2024, 5, 19, 23, 59))).toBe('2024-06-19');
	});
});

describe('one date format, from Intl, in the locale a link names', () => {
	afterEach(() => setDateLocale(undefined));

	it.each([
		['en-GB', '2024-06-19', '19 June 2024'],
		['en-US', '2024-06-19', 'June 19, 2024'],
		['en-GB', '2024-03', 'March 2024'],
		['en-US', '2024-03', 'March 2024'],
		['en-GB', '2000', '2000'],
		['en-US', '1995~', 'c. 1995']
	])('with setDateLocale(%s), %s is written %s', (locale, text, expected) => {
		setDateLocale(locale);
		expect(formatPartialDate(parsePartialDate(text)!)).toBe(expected);
		expect(dateLocale()).toBe(locale);
	});

	it('writes days, times at a precision and axis parts in the same locale', () => {
		const day = Date.UTC(2024, 5, 19);
		setDateLocale('en-GB');
		expect([formatDay(day), formatAt(day, 'month'), formatPart(day, 'month-short')]).toEqual([
			'19 June 2024',
			'June 2024',
			'Jun'
		]);
		setDateLocale('en-US');
		expect([formatDay(day), formatAt(day, 'year'), formatPart(day, 'day-of-month')]).toEqual([
			'June 19, 2024',
			'2024',
			'19'
		]);
	});

	it('ignores a tag Intl does not know, keeping the reader’s locale', () => {
		const own = dateLocale();
		setDateLocale('xx-nope-nope-nope');
		expect(dateLocale()).toBe(own);
	});
});
