/**
 * The timeline's layout, px: type size, lanes, where the marks, the axis and the moment tag sit,
 * and text widths. Present mode uses projector type. The base of `TimelineState`.
 */
import { MediaQuery } from 'svelte/reactivity';
import { getView } from '../state/view.svelte';

export class TimelineLayout {
	readonly view = getView();
	readonly fs = $derived(this.view.mode === 'present' ? 24 : 13);
	/** Marks grow with the type. */
	readonly size = $derived(this.fs / 13);
	// What a pointer can hit around a mark or a cluster: at least 24 px across (WCAG 2.5.8), and
	// 32 px where the pointer is a finger.
	#coarse = new MediaQuery('pointer: coarse');
	readonly hitR = $derived(Math.max(this.#coarse.current ? 16 : 12, 11 * this.size));
	width = $state(0);
	// Five lanes where there is room: beside a key label, the next steps up a lane (labels.ts).
	readonly lanes = $derived(this.width < 480 ? 3 : 5);
	readonly laneH = $derived(Math.round(this.fs * 1.45));
	readonly tagH = $derived(this.fs + 15);
	readonly lanesTop = $derived(this.tagH + 6);
	readonly markY = $derived(this.lanesTop + this.lanes * this.laneH + 12 * this.size);
	readonly axisY = $derived(this.markY + 15 * this.size);
	readonly height = $derived(this.axisY + this.fs + 12);
	readonly overviewH = 34;

	// Text widths, measured once per text with the page's font. A cache, not state: widths never
	// change for a text and a font size.
	#context: CanvasRenderingContext2D | null = null;
	#family: string | null = null;
	#font = '';
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#widths = new Map<string, number>();
	measure(text: string, bold = false): number {
		const key = `${this.fs}|${bold}|${text}`;
		let width = this.#widths.get(key);
		if (width === undefined) {
			this.#context ??= document.createElement('canvas').getContext('2d');
			if (this.#context) {
				// The page's font family, read once: reading the computed style per text made the
				// browser recompute the page's styles for every label of the first render.
				this.#family ??= getComputedStyle(document.documentElement).fontFamily;
				const font = `${bold ? '700 ' : ''}${this.fs}px ${this.#family}`;
				if (this.#font !== font) this.#context.font = this.#font = font;
				width = Math.ceil(this.#context.measureText(text).width);
			} else width = text.length * this.fs * 0.6;
			this.#widths.set(key, width);
		}
		return width;
	}
}
