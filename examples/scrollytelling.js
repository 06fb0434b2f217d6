// Scrollytelling host script: when a step scrolls into the middle of the screen, ask the
// embedded graph to show that step: a step of the story's guided story (data-step, from 1), an
// event (data-event) or a moment (data-moment). Posts only to the Entente frame.
(function () {
	'use strict';
	var frame = document.getElementById('entente-graph');
	var target = new URL(frame.getAttribute('src'), location.href).origin;
	var current = null;

	function show(step) {
		if (step === current || !frame.contentWindow) return;
		current = step;
		var message = { type: 'entente:show' };
		if (step.dataset.step) message.step = Number(step.dataset.step);
		if (step.dataset.event) message.event = step.dataset.event;
		if (step.dataset.moment) message.moment = step.dataset.moment;
		frame.contentWindow.postMessage(message, target);
		document.querySelectorAll('.step').forEach(function (s) {
			s.classList.toggle('active', s === step);
		});
	}

	var observer = new IntersectionObserver(
		function (entries) {
			entries.forEach(function (entry) {
				if (entry.isIntersecting) show(entry.target);
			});
		},
		{ rootMargin: '-45% 0px -45% 0px' }
	);
	document.querySelectorAll('.step').forEach(function (step) {
		observer.observe(step);
	});
	// The frame may load after the first step is already in view.
	frame.addEventListener('load', function () {
		var step = current;
		current = null;
		if (step) show(step);
	});
})();
