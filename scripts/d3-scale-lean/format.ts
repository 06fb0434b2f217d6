// d3-format as the page's d3-scale sees it (scripts/d3-scale-lean.ts): only `scale.tickFormat`
// uses it, and the timeline formats its own dates (model/dates.ts).

const left = (..._: unknown[]): never => {
	throw new Error(
		'd3-format (scale.tickFormat) is left out of the page (scripts/d3-scale-lean.ts)'
	);
};

export {
	left as format,
	left as formatPrefix,
	left as formatSpecifier,
	left as precisionFixed,
	left as precisionPrefix,
	left as precisionRound
};
