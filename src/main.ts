import { mount } from 'svelte';
import App from './App.svelte';
import { useLanguage } from './lib/i18n/i18n';
import { chooseLanguage, direction } from './lib/i18n/languages';
import { showBundledStory } from './lib/state/story.svelte';
import { parseView } from './lib/state/url';
import { loadFirstView } from './lib/views/loaders';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

// The first view's code downloads from here on, while the entry gets the language and the story
// ready, instead of after the first mount asks for it.
loadFirstView(parseView(location.search));

// The reader's language (the link's `lang`, else the browser's), its catalogue loaded before
// anything is drawn: the page is in one language from its first frame. The bundled story's texts
// in that language too (they travel apart from it, one file per language).
const { lang, locale } = chooseLanguage(
	new URLSearchParams(location.search).get('lang'),
	navigator.languages
);
document.documentElement.lang = lang;
document.documentElement.dir = direction(lang);
void Promise.all([useLanguage(lang, locale), showBundledStory(lang)]).then(() =>
	mount(App, { target })
);
