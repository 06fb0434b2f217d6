/**
 * Runs the stable layout off the main thread: receives a LayoutRequest, answers with positions.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout, type LayoutRequest, type LayoutResponse } from './layout';

cytoscape.use(fcose);

// The worker's global scope, typed by hand: the `webworker` lib clashes with the DOM lib.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
	postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event) => {
	const { id, input } = event.data;
	const started = performance.now();
	try {
		const positions = computeLayout(cytoscape, input);
		scope.postMessage({ id, positions, ms: performance.now() - started });
	} catch (error) {
		scope.postMessage({ id, error: String(error) });
	}
};
