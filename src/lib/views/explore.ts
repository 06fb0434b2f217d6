/**
 * Everything explore mode shows, as one chunk that App.svelte loads only in explore mode (an
 * embed or present mode never downloads it). Cytoscape comes with Graph.svelte.
 */
import './explore.css';

export { default } from './ExploreView.svelte';
