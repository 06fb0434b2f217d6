/**
 * The plot's pointer: one set of listeners for the whole plot. A click selects a mark or opens a
 * cluster, hovering shows a tooltip, and the moment line drags (d3-zoom leaves `.moment` alone).
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from './timeline.svelte';

export function pointerPlot(tl: TimelineState): Attachment<SVGSVGElement> {
	return (svg) => {
		let dragging = false;
		const localX = (event: MouseEvent) => event.clientX - svg.getBoundingClientRect().left;
		const mark = (event: Event) => (event.target as Element).closest<SVGElement>('[data-id]');
		const cluster = (event: Event) => {
			const g = (event.target as Element).closest<SVGElement>('[data-cluster]');
			return g ? Number(g.dataset.cluster) : undefined;
		};
		const onClick = (event: MouseEvent) => {
			const id = mark(event)?.dataset.id;
			if (id) {
				tl.active = id;
				tl.view.selectEvent(tl.story, id);
				return;
			}
			const c = cluster(event);
			if (c !== undefined) tl.openCluster(c);
		};
		const onOver = (event: PointerEvent) => tl.pointAt(mark(event)?.dataset.id, cluster(event));
		const onOut = () => (tl.tip = null);
		const onDown = (event: PointerEvent) => {
			if (!(event.target as Element).closest('.moment') || event.button !== 0) return;
			dragging = true;
			svg.setPointerCapture(event.pointerId);
			event.preventDefault();
			(svg.querySelector('.moment-tag') as SVGElement | null)?.focus();
			tl.moveMomentTo(localX(event));
		};
		const onMove = (event: PointerEvent) => {
			if (dragging) tl.moveMomentTo(localX(event));
		};
		const onUp = (event: PointerEvent) => {
			if (!dragging) return;
			dragging = false;
			svg.releasePointerCapture(event.pointerId);
		};
		// One signal removes every listener when the attachment is torn down.
		const listeners = new AbortController();
		const options = { signal: listeners.signal };
		svg.addEventListener('click', onClick, options);
		svg.addEventListener('pointerover', onOver, options);
		svg.addEventListener('pointerleave', onOut, options);
		svg.addEventListener('pointerdown', onDown, options);
		svg.addEventListener('pointermove', onMove, options);
		svg.addEventListener('pointerup', onUp, options);
		svg.addEventListener('pointercancel', onUp, options);
		return () => listeners.abort();
	};
}
