// d3-array as the page's d3-scale sees it (scripts/d3-scale-lean.ts): the real module, except
// the tick arithmetic that only `scale.ticks` and `scale.nice` use (the axis makes its own ticks,
// timeline/ticks.ts).
export { ascending, bisect, InternMap, quantile, quantileSorted, range } from 'd3-array';

const left = (..._: unknown[]): never => {
	throw new Error('scale.ticks and scale.nice are left out of the page (scripts/d3-scale-lean.ts)');
};

export { left as tickIncrement, left as ticks, left as tickStep };
