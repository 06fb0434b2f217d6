/**
 * The timeline's gestures: d3-zoom on the plot and d3-brush on the overview, with what they bring
 * (d3-transition, d3-drag, …), about half the timeline's code. The timeline draws its first frame
 * without them and attaches them when this chunk arrives, a moment later.
 *
 * d3-zoom's transform is the one source of the visible window: its zoom event sets
 * `TimelineState.zoom`, from which the window is derived, and every move hands d3-zoom a transform
 * (`zoomTo`). The brush draws the window and, when the reader drags it, asks for a window; its
 * own programmatic moves carry no source event, so the two never chase each other.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { TimelineState } from './timeline.svelte';
import { maxZoom, windowOf, type Transform } from './window';

const d3Transform = (t: Transform): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);

/** Zoom and pan on the plot. */
export function zoomable(tl: TimelineState): Attachment<SVGSVGElement> {
	return (svg) => {
		const view = tl.view;
		const behaviour = zoom<SVGSVGElement, unknown>()
			.filter(
				(event: Event & { button?: number; ctrlKey?: boolean }) =>
					!(event.target as Element).closest?.('.moment') &&
					(!event.ctrlKey || event.type === 'wheel') &&
					// In an embed the wheel scrolls the article until the reader clicks in.
					(event.type !== 'wheel' || view.wheelZooms(event as WheelEvent)) &&
					!event.button
			)
			.constrain((t) => d3Transform(tl.transformOf(windowOf(t, tl.scale.extent, tl.width))))
			.duration(view.reducedMotion ? 0 : 250)
			.on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				if (event.sourceEvent) tl.stop();
			})
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
				tl.zoomed({ k: event.transform.k, x: event.transform.x })
			);
		const selection = select(svg);
		selection.call(behaviour).style('touch-action', 'pan-y');

		tl.zoomTo = (t) => behaviour.transform(selection, d3Transform(t));
		// d3-zoom takes the window on screen (which the reader may have moved already: Fit all),
		// and takes it again for a new story, scale or size, on which its transform differs.
		$effect(() => {
			const { scale, width, height } = tl;
			void tl.story;
			if (width === 0) return;
			behaviour
				.extent([
					[0, 0],
					[width, height]
				])
				.translateExtent([
					[0, 0],
					[width, height]
				])
				.scaleExtent([1, maxZoom(scale.extent, scale.minRate)]);
			untrack(() => tl.zoomTo?.(tl.transformOf(tl.span)));
		});
		return () => {
			tl.stop();
			selection.on('.zoom', null);
			tl.zoomTo = null;
		};
	};
}

/** The overview's brush: a view of the window, and a way to move it. */
export function brushable(tl: TimelineState): Attachment<SVGGElement> {
	return (g) => {
		const behaviour = brushX();
		const toU = (x: number) =>
			tl.scale.extent[0] + (x / tl.width) * (tl.scale.extent[1] - tl.scale.extent[0]);
		behaviour.on('start brush end', (event: D3BrushEvent<unknown>) => {
			// The brush's own moves (below) carry no source event.
			if (!event.sourceEvent) return;
			const sel = event.selection as [number, number] | null;
			if (sel) tl.show({ a: toU(sel[0]), b: toU(sel[1]) });
			else if (event.type === 'end') {
				// A click on the strip centres the window there.
				const [x] = pointer(event.sourceEvent, g);
				const size = tl.span.b - tl.span.a;
				tl.moveTo({ a: toU(x) - size / 2, b: toU(x) + size / 2 });
			}
		});
		const selection = select(g);
		$effect(() => {
			behaviour.extent([
				[0, 0],
				[Math.max(1, tl.width), tl.overviewH]
			]);
			selection.call(behaviour);
		});
		// The brush shows the window.
		$effect(() => {
			const { width, span } = tl;
			if (width === 0) return;
			const x0 = Math.max(0, tl.ox(span.a));
			const x1 = Math.min(width, Math.max(tl.ox(span.b), x0 + 0.5));
			selection.call(behaviour.move, [x0, x1]);
		});
		return () => selection.on('.brush', null);
	};
}
