/**
 * What is wrong with a story and where: the Problem type, how it reads, and the guard that keeps
 * a bug of ours from costing a reader their story (every loader returns problems, never throws).
 */
import { t } from '../i18n/i18n';

export type PathSegment = string | number;

/** One thing wrong (error) or suspicious (warning) in a dataset, with where it is. */
export interface Problem {
	readonly severity: 'error' | 'warning';
	/** JSON path of the offending value, e.g. `['events', 3, 'date']`. */
	readonly path: readonly PathSegment[];
	readonly message: string;
	/** For data that came from a file: its name, and for CSV the 1-based row and the column. */
	readonly file?: string;
	readonly row?: number;
	readonly column?: string;
}

/** A problem with a whole file, or a place in it. */
export function fileProblem(
	file: string,
	message: string,
	place: { readonly row?: number; readonly column?: string } = {},
	severity: Problem['severity'] = 'error'
): Problem {
	return {
		severity,
		path: [],
		file,
		message,
		...(place.row !== undefined ? { row: place.row } : {}),
		...(place.column !== undefined ? { column: place.column } : {})
	};
}

/** A failed load: what every loader returns when it cannot give a story. */
export function failed<T extends Problem>(
	errors: readonly T[],
	warnings: readonly Problem[] = []
): {
	readonly ok: false;
	readonly errors: readonly Problem[];
	readonly warnings: readonly Problem[];
} {
	return { ok: false, errors, warnings };
}

/**
 * Runs `work`; an exception (a bug of ours, or a stack too shallow for the input) becomes one
 * problem at `file` instead of reaching the reader's console.
 */
export function neverThrows<T>(work: () => T, failure: (problem: Problem) => T, file?: string): T {
	try {
		return work();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return failure({
			severity: 'error',
			path: [],
			...(file !== undefined ? { file } : {}),
			message: t('could not be read ({message})', { message })
		});
	}
}

/** `events[3].date` */
export function formatPath(path: readonly PathSegment[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out ? `.${segment}` : segment;
	}
	return out || t('the dataset');
}

/**
 * Where a problem is, for people: `events.csv row 7, column date`, `story.json at events[3].date`,
 * or the file alone (`events.csv`) for a problem with a whole file.
 */
export function formatLocation(problem: Problem): string {
	if (problem.row !== undefined) {
		// Row numbers as written in the file: no digit grouping.
		const place = { file: problem.file ?? t('file'), row: String(problem.row) };
		return problem.column
			? t('{file} row {row}, column {column}', { ...place, column: problem.column })
			: t('{file} row {row}', place);
	}
	if (problem.path.length === 0) return problem.file ?? t('the dataset');
	const path = formatPath(problem.path);
	return problem.file ? t('{file} at {path}', { file: problem.file, path }) : path;
}

/** A problem as one line, where then what: `events.csv row 7, column date: is not a real date`. */
export function formatProblem(problem: Problem): string {
	return t('{location}: {message}', {
		location: formatLocation(problem),
		message: problem.message
	});
}

/** The same problem once: same place, same words. */
export function dedupe(problems: readonly Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.file ?? ''}|${p.row ?? ''}|${p.column ?? ''}|${formatPath(p.path)}|${p.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
