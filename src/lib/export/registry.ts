/**
 * The views register how they export themselves, so the export menu needs no handle on a
 * Cytoscape instance or an SVG element.
 */
export type ExportableView = 'graph' | 'timeline';

export interface ViewExporter {
	/** A standalone SVG document of the view as shown, legend and attribution included. */
	svg(): Promise<string>;
	/** A PNG of the view as shown at `scale` times its CSS size, legend and attribution included. */
	png(scale: number): Promise<Blob>;
}

const exporters = new Map<ExportableView, ViewExporter>();

/** Registers a view's exporter; returns the function that unregisters it. */
export function registerExporter(view: ExportableView, exporter: ViewExporter): () => void {
	exporters.set(view, exporter);
	return () => {
		if (exporters.get(view) === exporter) exporters.delete(view);
	};
}

export function exporterOf(view: ExportableView): ViewExporter | undefined {
	return exporters.get(view);
}
