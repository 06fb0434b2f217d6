import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../state/url';
import { embedSnippet, embedSrc } from './snippet';

const options = {
	appUrl: 'https://news.example/entente/',
	view: { ...DEFAULT_VIEW, moment: Date.UTC(2024, 5, 19), query: 'veto', mode: 'present' as const },
	embed: 'graph' as const,
	title: 'Russia & North Korea "pact"',
	id: 'entente-1'
};

describe('embed snippet', () => {
	it('embedSrc carries the view in embed mode, without search or present mode, and the frame id', () => {
		expect(embedSrc(options)).toBe(
			'https://news.example/entente/?embed=graph&t=2024-06-19&id=entente-1'
		);
	});

	it('embedSnippet is an iframe that works without scripts, then the host script from the app', () => {
		const snippet = embedSnippet(options);
		const [iframe, script] = snippet.split('\n');
		expect(iframe).toMatch(
			/^<iframe src="https:\/\/news\.example\/entente\/\?embed=graph&amp;t=2024-06-19&amp;id=entente-1"/
		);
		expect(iframe).toContain('title="Russia &amp; North Korea &quot;pact&quot;"');
		expect(iframe).toContain('loading="lazy"');
		expect(iframe).toContain('allow="fullscreen"');
		expect(iframe).toContain('style="width:100%;border:0"');
		expect(iframe).toMatch(/ height="\d{3,4}"/);
		expect(script).toBe('<script src="https://news.example/entente/embed.js" async></script>');
	});
});
