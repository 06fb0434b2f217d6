import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import { loadCsvFiles } from './csv';
import { describeProblem, loadPastedText } from './import';
import type { LoadResult } from './load';

const ACTORS = 'id,name,kind\nrussia,Russia,country\ndprk,North Korea,country\n';
const SOURCES = 'id,title,url\ntass,Treaty text,https://example.org/treaty\n';
const EVENTS = 'id,date,title,kind,actors,sources\nbad,2024-02-30,Bad,vote,russia,tass\n';

function errorsOf(result: LoadResult): string[] {
	return result.ok ? [] : result.errors.map(describeProblem);
}

const csv = () =>
	loadCsvFiles([
		{ name: 'actors.csv', text: ACTORS },
		{ name: 'events.csv', text: EVENTS },
		{ name: 'sources.csv', text: SOURCES }
	]);

describe("problems in the reader's language", () => {
	afterEach(() => useLanguage('en'));

	it('says where and what in French: a CSV row with an impossible date', async () => {
		expect(errorsOf(csv())).toEqual([
			"events.csv row 2, column date: '2024-02-30' is not a real date"
		]);
		await useLanguage('fr');
		expect(errorsOf(csv())).toEqual([
			"events.csv ligne 2, colonne date : '2024-02-30' n'est pas une date réelle"
		]);
	});

	it("words the schema's issues at validation time, not when the schema was made", async () => {
		await useLanguage('de');
		const result = loadPastedText('{"title": "T", "actors": [{"id": "1x", "name": "A"}]}');
		const errors = errorsOf(result);
		expect(errors).toContain(
			'der eingefügte Text bei actors[0].id: \'1x\' muss mit einem Buchstaben beginnen und darf nur Buchstaben (jedes Alphabets), Ziffern, "-" und "_" enthalten'
		);
		expect(errors.join('\n')).not.toMatch(/must|Invalid input/);
	});
});
