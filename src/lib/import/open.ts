/**
 * What the story loader's worker runs: from bytes or text to a checked story, or to the list of
 * its problems. Plain functions over the model's public ones, so the tests run exactly this.
 */
import { loadFetchedBytes, type FetchedBytes } from '../model/import-url';
import {
	loadFiles,
	loadPastedText,
	MAX_FILES_BYTES,
	nameOfFiles,
	tooLargeMessage,
	type ImportResult,
	type RawFile
} from '../model/import';

/** What a story is opened from, once its bytes are in hand. */
export type OpenSource =
	| { readonly kind: 'files'; readonly files: readonly RawFile[] }
	| { readonly kind: 'text'; readonly text: string }
	| ({ readonly kind: 'address' } & FetchedBytes);

/** Opens a story from its bytes or text. Never throws. */
export function openSource(source: OpenSource): ImportResult {
	switch (source.kind) {
		case 'files':
			return loadFiles(source.files);
		case 'text':
			return loadPastedText(source.text);
		case 'address':
			return { ...loadFetchedBytes(source), name: source.name };
	}
}

/** Files too large to open, refused before a byte of them is read; null when they may be read. */
export function refuseTooLarge(
	files: readonly { readonly name: string; readonly size: number }[]
): ImportResult | null {
	const total = files.reduce((sum, f) => sum + f.size, 0);
	if (total <= MAX_FILES_BYTES) return null;
	return {
		ok: false,
		name: nameOfFiles(files),
		warnings: [],
		errors: files.map((f) => ({
			severity: 'error' as const,
			path: [],
			file: f.name,
			message: tooLargeMessage(total)
		}))
	};
}
