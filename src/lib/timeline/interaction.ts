/**
 * The timeline's gestures (d3-zoom, d3-brush and what they bring: d3-transition, d3-drag, …), about
 * half the timeline's code. Timeline.svelte draws its first frame without them and attaches them
 * when this chunk arrives, a moment later.
 */
export { brushX } from 'd3-brush';
export { pointer, select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
