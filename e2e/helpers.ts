/** What several specs do the same way: open a story as a reader does, read a printed PDF. */
import type { Locator, Page } from '@playwright/test';

export const EXAMPLE_JSON = 'data/examples/cuban-missile-crisis.json';
export const CUBA = 'The Cuban Missile Crisis, 1962';

export const title = (page: Page) => page.getByRole('heading', { level: 1 });
export const dialog = (page: Page) => page.getByRole('dialog', { name: 'Open a story' });

/**
 * Whether a row lies wholly inside the box of the list that scrolls it (vertically), give or take
 * `slack` px.
 */
export async function insideList(row: Locator, list: Locator, slack = 0): Promise<boolean> {
	const [r, box] = [(await row.boundingBox())!, (await list.boundingBox())!];
	return r.y >= box.y - slack && r.y + r.height <= box.y + box.height + slack;
}

/** Opens the dialog and chooses files through the file chooser, as a reader does. */
export async function chooseFiles(
	page: Page,
	files: string[] | { name: string; mimeType: string; buffer: Buffer }[]
): Promise<void> {
	if (!(await dialog(page).isVisible()))
		await page.getByRole('button', { name: 'Open story…' }).click();
	const chooser = page.waitForEvent('filechooser');
	await dialog(page).getByRole('button', { name: 'Choose files…' }).click();
	await (await chooser).setFiles(files);
}

/** The text of every page of a PDF (Chromium's `page.pdf`), read with pdf.js, a line a page. */
export async function pdfText(pdf: Buffer): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	let text = '';
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
	}
	return text;
}
