/**
 * Opening a story from what a reader hands over: files (one dataset JSON, or the CSV tables
 * chosen together) or pasted text. Bytes are checked to be text before anything parses them, and
 * every problem names the file it is in. Never throws.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { t, tn } from '../i18n/i18n';
import { loadCsvFiles, type TextFile } from './csv';
import { sizeOverLimit } from './sizes';
import { loadDataset, type LoadResult } from './load';
import {
	failed,
	fileProblem,
	formatLocation,
	formatProblem,
	neverThrows,
	type Problem
} from './problems';

/** A file as the browser gives it: its name and its bytes. */
export interface RawFile {
	readonly name: string;
	readonly bytes: Uint8Array;
}

/** A load result and a name for what was opened, for the header and messages. */
export type ImportResult = LoadResult & { readonly name: string };

/** Files larger than this, together, are refused before they are read. */
export const MAX_FILES_BYTES = 20 * 1024 * 1024;

type Decoded =
	| { readonly ok: true; readonly text: string; readonly warning?: Problem }
	| { readonly ok: false; readonly problem: Problem };

/**
 * Reads bytes as text: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark,
 * or, failing UTF-8, Windows-1252 with a warning. Bytes that are not text are refused.
 */
export function decodeText(name: string, bytes: Uint8Array): Decoded {
	if (bytes.length === 0) {
		return { ok: false, problem: fileProblem(name, t('is empty: there is nothing to open')) };
	}
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		try {
			const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
			const text = new TextDecoder(label, { fatal: true }).decode(bytes);
			return looksLikeText(text) ? { ok: true, text } : { ok: false, problem: notText(name) };
		} catch {
			return { ok: false, problem: notText(name) };
		}
	}
	if (bytes.indexOf(0) >= 0 || !looksLikeBytesOfText(bytes))
		return { ok: false, problem: notText(name) };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const text = new TextDecoder('windows-1252').decode(bytes);
		return {
			ok: true,
			text,
			warning: fileProblem(
				name,
				t(
					'is not UTF-8 text, so it was read as Windows-1252: check that accented letters look right, or save it as UTF-8'
				),
				{},
				'warning'
			)
		};
	}
}

function notText(name: string): Problem {
	return fileProblem(
		name,
		t('is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)')
	);
}

/** Control characters other than tab and line ends are rare in text and common in binary. */
function looksLikeBytesOfText(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65_536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
	}
	return control <= n / 200;
}

function looksLikeText(text: string): boolean {
	const sample = text.slice(0, 65_536);
	// eslint-disable-next-line no-control-regex
	const control = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
	return control <= sample.length / 200;
}

/** What a file holds, from its name, or from its first character when the name does not say. */
export function kindOfFile(name: string, text: string): 'json' | 'csv' {
	if (/\.json$/i.test(name)) return 'json';
	if (/\.(csv|txt)$/i.test(name)) return 'csv';
	const first = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.charAt(0);
	return first === '{' || first === '[' ? 'json' : 'csv';
}

/**
 * Parses dataset JSON and loads it, naming `file` in every problem. A syntax error says where:
 * `story.json: is not valid JSON: … at line 5, column 3`.
 */
export function loadJsonText(text: string, file: string): LoadResult {
	let value: unknown;
	const clean = text.replace(/^\uFEFF/, '');
	if (clean.trim() === '') {
		return failed([fileProblem(file, t('is empty: there is nothing to open'))]);
	}
	try {
		value = JSON.parse(clean);
	} catch (error) {
		return failed([
			fileProblem(file, t('is not valid JSON: {detail}', { detail: jsonErrorDetail(error, clean) }))
		]);
	}
	const result = loadDataset(value);
	const named = (p: Problem): Problem => ({ ...p, file });
	return result.ok
		? { ...result, warnings: result.warnings.map(named) }
		: { ...result, errors: result.errors.map(named), warnings: result.warnings.map(named) };
}

/**
 * Why JSON text does not parse, and where: `expected a value but found '}' at line 3, column 14`.
 * Engines word (and place) syntax errors differently, so jsonc-parser (strict: no comments, no
 * trailing commas) finds the place, and its error codes are told in words here.
 */
export function jsonErrorDetail(error: unknown, text: string): string {
	let found: ReturnType<typeof findJsonError> = null;
	try {
		found = findJsonError(text);
	} catch {
		// A parse that fails (a stack too shallow for the nesting) leaves the engine's words.
	}
	if (!found) return error instanceof Error ? error.message : String(error);
	const before = text.slice(0, found.at);
	const line = before.split('\n').length;
	const column = found.at - before.lastIndexOf('\n');
	return t('{message} at line {line}, column {column}', {
		message: found.message,
		line: String(line),
		column: String(column)
	});
}

/** The first syntax error in JSON text, or null when it parses. */
export function findJsonError(text: string): { at: number; message: string } | null {
	const open: ('{' | '[')[] = [];
	let values = 0;
	let found: { at: number; message: string } | null = null;
	visit(
		text,
		{
			onObjectBegin: () => void open.push('{'),
			onArrayBegin: () => void open.push('['),
			onObjectEnd: () => void (open.pop(), values++),
			onArrayEnd: () => void (open.pop(), values++),
			onLiteralValue: () => void values++,
			onError: (code, offset, length) => {
				found ??= describeJsonError(text, code, offset, length, open.at(-1), values > 0);
			}
		},
		{ disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }
	);
	return found;
}

function describeJsonError(
	text: string,
	code: ParseErrorCode,
	offset: number,
	length: number,
	within: '{' | '[' | undefined,
	afterValue: boolean
): { at: number; message: string } {
	const token = text.slice(offset, offset + length);
	const shown =
		offset >= text.length ? t('the end of the text') : `'${text.slice(offset, offset + 1)}'`;
	const at = (message: string, where = offset) => ({ at: where, message });
	const close = within === '{' ? '}' : ']';
	const name = printParseErrorCode(code);
	switch (name) {
		case 'PropertyNameExpected':
			return at(t('expected a name in double quotes but found {found}', { found: shown }));
		case 'ColonExpected':
			return at(t("expected ':' but found {found}", { found: shown }));
		case 'CommaExpected':
		case 'CloseBraceExpected':
		case 'CloseBracketExpected':
			return at(t("expected ',' or '{close}' but found {found}", { close, found: shown }));
		case 'EndOfFileExpected':
			return at(t('expected the end of the text but found {found}', { found: shown }));
		case 'ValueExpected':
			return at(t('expected a value but found {found}', { found: shown }));
		case 'InvalidSymbol':
			return at(
				within === undefined && afterValue
					? t('expected the end of the text but found {found}', { found: shown })
					: t('expected a value but found {found}', { found: shown })
			);
		case 'UnexpectedEndOfString': {
			// The string stops where a line break is, or at the end of the text.
			const end = offset + length;
			return end < text.length && /[\r\n]/.test(text.charAt(end))
				? at(t('a line break inside a string must be written \\n'), end)
				: at(t('a string is not closed with "'));
		}
		case 'InvalidEscapeCharacter': {
			const escape = /\\(?:[^"\\/bfnrtu]|$)/.exec(token);
			const where = escape ? offset + escape.index : offset;
			return at(
				t("'{escape}' is not an escape JSON knows", { escape: text.slice(where, where + 2) }),
				where
			);
		}
		case 'InvalidUnicode':
			return at(
				t('a \\u escape needs four hex digits'),
				offset + Math.max(0, token.indexOf('\\u'))
			);
		case 'InvalidCharacter':
			return at(
				t('a control character inside a string'),
				// eslint-disable-next-line no-control-regex
				offset + Math.max(0, token.search(/[\u0000-\u001f]/))
			);
		case 'InvalidCommentToken':
			return at(t('JSON has no comments: remove the // or /* */ text'));
		case 'UnexpectedEndOfNumber':
		case 'InvalidNumberFormat':
			return at(t("'{token}' is not a number JSON knows", { token }));
		default:
			return at(t('{name} at {found}', { name, found: shown }));
	}
}

/**
 * Opens what a reader chose or dropped: one dataset JSON, or the CSV tables of one story.
 *
 * @example loadFiles([{ name: 'story.json', bytes }])
 */
export function loadFiles(files: readonly RawFile[]): ImportResult {
	const name = nameOfFiles(files);
	return neverThrows(
		() => ({ ...openFiles(files), name }),
		(problem) => ({ ...failed([problem]), name }),
		name
	);
}

/** `events.csv`, `actors.csv and events.csv`, `actors.csv, events.csv and 3 more files`. */
export function nameOfFiles(files: readonly { readonly name: string }[]): string {
	const names = files.map((f) => f.name);
	if (names.length === 0) return t('nothing');
	if (names.length <= 3)
		return names.length === 1
			? names[0]!
			: t('{names} and {last}', { names: names.slice(0, -1).join(', '), last: names.at(-1)! });
	return tn(names.length - 2, '{names} and {n} more file', '{names} and {n} more files', {
		names: names.slice(0, 2).join(', '),
		n: String(names.length - 2)
	});
}

function openFiles(files: readonly RawFile[]): LoadResult {
	if (files.length === 0) return failed([fileProblem('files', t('none was chosen'))]);
	const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
	if (total > MAX_FILES_BYTES) {
		return failed(files.map((f) => fileProblem(f.name, tooLargeMessage(total))));
	}
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const texts: (TextFile & { kind: 'json' | 'csv' })[] = [];
	for (const file of files) {
		const decoded = decodeText(file.name, file.bytes);
		if (!decoded.ok) {
			errors.push(decoded.problem);
			continue;
		}
		if (decoded.warning) warnings.push(decoded.warning);
		texts.push({ name: file.name, text: decoded.text, kind: kindOfFile(file.name, decoded.text) });
	}
	const json = texts.filter((t) => t.kind === 'json');
	const csv = texts.filter((t) => t.kind === 'csv');
	if (json.length > 0 && (csv.length > 0 || json.length > 1)) {
		return failed(
			[
				...errors,
				...texts.map((t) =>
					fileProblem(
						t.name,
						'was chosen with other files: choose one dataset JSON alone, or the CSV tables (actors.csv, events.csv, relations.csv, sources.csv) together'
					)
				)
			],
			warnings
		);
	}
	if (json.length === 1) {
		const result = loadJsonText(json[0]!.text, json[0]!.name);
		return merge(result, errors, warnings);
	}
	if (csv.length === 0) return failed(errors, warnings);
	// An unreadable table still counts as chosen, so it is not also reported as missing.
	const unreadable = files
		.filter((f) => !texts.some((t) => t.name === f.name))
		.map((f) => ({ name: f.name, text: '' }));
	const result = loadCsvFiles([...csv, ...unreadable]);
	// The unreadable files were reported by decodeText; drop their "is empty" from the CSV reader.
	const unreadableNames = new Set(unreadable.map((u) => u.name));
	return merge(
		result.ok
			? result
			: {
					...result,
					errors: result.errors.filter((p) => !(p.file && unreadableNames.has(p.file)))
				},
		errors,
		warnings
	);
}

function merge(result: LoadResult, errors: Problem[], warnings: Problem[]): LoadResult {
	const allWarnings = [...warnings, ...result.warnings];
	if (errors.length === 0) return { ...result, warnings: allWarnings };
	return failed([...errors, ...(result.ok ? [] : result.errors)], allWarnings);
}

export function tooLargeMessage(bytes: number, limit = MAX_FILES_BYTES): string {
	const sizes = sizeOverLimit(bytes, limit);
	return t('is too large ({size}; at most {limit} can be opened)', sizes);
}

/** Opens pasted text: a dataset JSON. */
export function loadPastedText(text: string): ImportResult {
	const name = t('the pasted text');
	return { ...loadJsonText(text, name), name };
}

/** Twins of `formatLocation` and `formatProblem`, under the names the import screen uses. */
export const locationOf = formatLocation;
export const describeProblem = formatProblem;
