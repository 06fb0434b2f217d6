/**
 * A translated sentence with marked-up parts: `t('Drop {file} here')` keeps `{file}` unfilled, and
 * `pieces` cuts the text there, so a component can draw each part (a `<code>`, a link) in its
 * place, wherever the reader's language puts it.
 */
export interface Piece {
	readonly text: string;
	/** The placeholder's name, for a part the component draws itself. */
	readonly part?: string;
}

export function pieces(text: string): Piece[] {
	const out: Piece[] = [];
	let last = 0;
	for (const match of text.matchAll(/\{(\w+)\}/g)) {
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: match[0], part: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
