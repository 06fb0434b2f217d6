/*
 * Entente host script. Paste it after an Entente <iframe>: it sets each frame's height to the
 * height its page reports. It accepts a message only from the window of an Entente frame on this
 * page (served from the same place as this script), and only a finite height within bounds.
 * No cookies, no requests, nothing else.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src, location.href).origin;
	if (window.__ententeHost) return;
	window.__ententeHost = true;
	var MIN = 120;
	var MAX = 4000;

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source) return frames[i];
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'entente:height') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
		var frame = frameOf(event.source);
		if (!frame) return;
		var src = frame.getAttribute('src') || '';
		if (new URL(src, location.href).origin !== origin) return;
		frame.style.height = Math.ceil(height) + 'px';
	});
})();
