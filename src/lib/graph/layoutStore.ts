/**
 * The graph positions kept in localStorage, one entry a story, bounded: the `MAX_KEPT` stories
 * laid out most recently are kept, the oldest go first. When the browser's storage is full, the
 * oldest entries make room for the story on screen; if even that fails, it is not kept (the
 * session's memory still serves it, and the saved story, in IndexedDB, is never touched).
 */

export const STORAGE_PREFIX = 'entente:layout:';
/** The entry listing the kept keys, oldest first. */
export const ORDER_KEY = 'entente:layouts';
/** Stories whose positions are kept at most. */
export const MAX_KEPT = 20;

/** The part of `Storage` used here. */
export type KeyValueStorage = Pick<
	Storage,
	'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

/** The kept keys, oldest first: the listed ones, after any entry an older Entente left unlisted. */
function order(storage: KeyValueStorage): string[] {
	let listed: string[] = [];
	try {
		const value: unknown = JSON.parse(storage.getItem(ORDER_KEY) ?? '[]');
		if (Array.isArray(value)) listed = value.filter((k): k is string => typeof k === 'string');
	} catch {
		// An unreadable list: the entries themselves are found below.
	}
	const present = new Set<string>();
	for (let i = 0; i < storage.length; i++) {
		const name = storage.key(i);
		if (name?.startsWith(STORAGE_PREFIX)) present.add(name.slice(STORAGE_PREFIX.length));
	}
	const kept = listed.filter((k) => present.has(k));
	const unlisted = [...present].filter((k) => !kept.includes(k));
	return [...unlisted, ...kept];
}

function saveOrder(storage: KeyValueStorage, keys: readonly string[]): boolean {
	try {
		storage.setItem(ORDER_KEY, JSON.stringify(keys));
		return true;
	} catch {
		return false;
	}
}

/** The stored text for `key`, or null; a hit becomes the most recent. */
export function readKept(storage: KeyValueStorage, key: string): string | null {
	const text = storage.getItem(STORAGE_PREFIX + key);
	if (text !== null) {
		const keys = order(storage).filter((k) => k !== key);
		saveOrder(storage, [...keys, key]);
	}
	return text;
}

/**
 * Keeps `text` under `key` as the most recent, removing the oldest beyond `max`, and more of the
 * oldest while the storage is full. Returns whether it is kept.
 */
export function writeKept(
	storage: KeyValueStorage,
	key: string,
	text: string,
	max = MAX_KEPT
): boolean {
	const keys = order(storage).filter((k) => k !== key);
	const evict = () => {
		const oldest = keys.shift();
		if (oldest !== undefined) storage.removeItem(STORAGE_PREFIX + oldest);
		return oldest !== undefined;
	};
	while (keys.length >= max) evict();
	for (;;) {
		try {
			storage.setItem(STORAGE_PREFIX + key, text);
			break;
		} catch {
			// Full (QuotaExceededError) or refused: the oldest make room, while there are any.
			if (!evict()) {
				saveOrder(storage, keys);
				return false;
			}
		}
	}
	// The list is small; when even it does not fit, an older entry makes room for it.
	while (!saveOrder(storage, [...keys, key])) if (!evict()) break;
	return true;
}
