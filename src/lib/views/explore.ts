/**
 * Everything explore mode shows, as one chunk that App.svelte loads only in explore mode (an
 * embed or present mode never downloads it). Cytoscape comes with Graph.svelte.
 */
export { default as Details } from '../components/Details.svelte';
export { default as EventList } from '../components/EventList.svelte';
export { default as Header } from '../components/Header.svelte';
export { default as MomentControl } from '../components/MomentControl.svelte';
export { default as RelationsTable } from '../components/RelationsTable.svelte';
export { default as SourcesList } from '../components/SourcesList.svelte';
export { default as Graph } from '../graph/Graph.svelte';
export { default as Timeline } from '../timeline/Timeline.svelte';
export { default as OpenStory } from '../import/OpenStory.svelte';
export { default as GuidedStory } from '../present/GuidedStory.svelte';
