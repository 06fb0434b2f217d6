// d3-interpolate as the page's d3-scale sees it (scripts/d3-scale-lean.ts): numbers only.
// interpolateNumber and interpolateRound are d3-interpolate 3.0's number.js and round.js.

const left = (what: string) => (): never => {
	throw new Error(`${what} is left out of the page (scripts/d3-scale-lean.ts)`);
};

export function interpolateNumber(a: number, b: number): (t: number) => number {
	return (
		(a = +a),
		(b = +b),
		function (t) {
			return a * (1 - t) + b * t;
		}
	);
}

export function interpolateRound(a: number, b: number): (t: number) => number {
	return (
		(a = +a),
		(b = +b),
		function (t) {
			return Math.round(a * (1 - t) + b * t);
		}
	);
}

/** d3-interpolate's generic `interpolate`, for what it gives two numbers: interpolateNumber. */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
	if (typeof b !== 'number') return left('interpolating anything but numbers')();
	return interpolateNumber(a as number, b);
}

export const piecewise = left('piecewise interpolation (sequential and diverging scales)');
