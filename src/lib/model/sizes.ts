/**
 * Sizes in messages. A size over a limit is rounded up and the limit down, with as many decimals
 * as it takes to tell them apart, so a message never says "20 MB; at most 20 MB".
 */
import { t } from '../i18n/i18n';

const MB = 1024 * 1024;

function trim(text: string): string {
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A limit in megabytes, rounded down: `20 MB`, `5 MB`, `1.5 MB`. */
export function limitSize(limit: number, decimals = 1): string {
	const f = 10 ** decimals;
	return t('{n} MB', { n: trim((Math.floor((limit / MB) * f) / f).toFixed(decimals)) });
}

/** A size and the limit it is over, e.g. `{ size: '20.1 MB', limit: '20 MB' }`. */
export function sizeOverLimit(bytes: number, limit: number): { size: string; limit: string } {
	for (let decimals = 1; decimals < 7; decimals++) {
		const f = 10 ** decimals;
		const size = Math.ceil((bytes / MB) * f) / f;
		const most = Math.floor((limit / MB) * f) / f;
		if (size > most)
			return {
				size: t('{n} MB', { n: size.toFixed(decimals) }),
				limit: limitSize(limit, decimals)
			};
	}
	return {
		size: t('{n} bytes', { n: bytes }),
		limit: t('{n} bytes', { n: limit })
	};
}
