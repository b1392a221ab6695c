/*
 * Liver metastases assistant: website chat widget.
 *
 * Embed with one tag (see docs/widget.md):
 *   <script src="https://assistant.example.org/widget.js" defer data-title="Questions about liver metastases"></script>
 *
 * Plain DOM code: no framework, no third-party requests, no inline styles, no innerHTML, no eval, so it runs
 * under a strict Content-Security-Policy and never turns server text into markup.
 */
(function () {
	'use strict';

	var script = document.currentScript;
	if (!script || window.livermetsWidget) {
		return; // embedded twice, or loaded in a way that hides our own tag: keep the first widget only
	}

	var STORAGE_PREFIX = 'livermets-widget:';
	var MAX_STORED_ENTRIES = 60;
	var REQUEST_TIMEOUT_MS = 20000;
	// Shown until the first reply arrives; every reply then carries the service's own escalation text.
	var DEFAULT_ESCALATION = 'If you have any concerns, contact your doctor.';

	// Urgent replies get a heading in words (not colour alone) and are announced at once.
	var TRIAGE_STYLES = {
		emergency: { heading: 'Emergency: get help now', urgent: true },
		crisis: { heading: 'Crisis support: you are not alone', urgent: true },
		contact_doctor: { heading: 'Please contact your care team', urgent: false }
	};

	// Phone numbers: North American style numbers (with optional country code) and well-known short codes.
	var PHONE_PATTERN = /(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b|\b(?:911|988|999|112)\b/g;

	var TEXT_PATTERN = /\btext\s+(\d{3,6})\b/gi;

	var scriptUrl = new URL(script.src, document.baseURI);
	var config = readConfig(script.dataset, scriptUrl);
	var ids = uniqueIds();
	var store = sessionStore();

	var state = {
		sessionId: store.get('session'),
		transcript: store.get('transcript') || [],
		escalation: store.get('escalation') || DEFAULT_ESCALATION,
		pending: false
	};

	var ui;

	function readConfig(data, fromUrl) {
		var apiBase = data.apiBase ? new URL(withTrailingSlash(data.apiBase), document.baseURI) : new URL('.', fromUrl);
		return {
			endpoint: new URL('api/chat', apiBase).toString(),
			title: data.title || 'Questions about liver metastases',
			launcherLabel: data.launcherLabel || 'Ask a question',
			welcome: data.welcome || 'Hello. I answer general questions about liver metastases with information from a trusted patient-education page. I am not a person and cannot give medical advice.',
			starters: (data.starters || '').split('|').map(function (s) { return s.trim(); }).filter(Boolean),
			open: data.open === 'true'
		};
	}

	function withTrailingSlash(url) {
		return url.charAt(url.length - 1) === '/' ? url : url + '/';
	}

	function uniqueIds() {
		var suffix = Math.random().toString(36).slice(2, 8);
		return {
			panel: 'livermets-panel-' + suffix,
			title: 'livermets-title-' + suffix,
			input: 'livermets-input-' + suffix
		};
	}

	// sessionStorage can be disabled or full; the chat must still work, it just will not survive a reload.
	function sessionStore() {
		return {
			get: function (key) {
				try {
					return JSON.parse(window.sessionStorage.getItem(STORAGE_PREFIX + key));
				}
				catch (e) {
					return null;
				}
			},
			set: function (key, value) {
				try {
					window.sessionStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
				}
				catch (e) {
					// ignored on purpose, see above
				}
			},
			remove: function (key) {
				try {
					window.sessionStorage.removeItem(STORAGE_PREFIX + key);
				}
				catch (e) {
					// ignored on purpose, see above
				}
			}
		};
	}

	function loadStylesheet() {
		var href = new URL('widget.css', scriptUrl).toString();
		if (document.querySelector('link[data-livermets-widget]')) {
			return;
		}
		var link = el('link', { rel: 'stylesheet', href: href, 'data-livermets-widget': '' });
		(document.head || document.documentElement).appendChild(link);
	}

	function start() {
		ui = buildUi();
		document.body.appendChild(ui.root);
		renderTranscript();
		if (config.open || store.get('open') === true) {
			openPanel(false);
		}
	}

	/* ---------- DOM construction ---------- */

	function el(tag, attributes, children) {
		var node = document.createElement(tag);
		Object.keys(attributes || {}).forEach(function (name) {
			var value = attributes[name];
			if (value === null || value === undefined || value === false) {
				return;
			}
			if (name === 'class') {
				node.className = value;
			}
			else if (name === 'text') {
				node.textContent = value;
			}
			else {
				node.setAttribute(name, value === true ? '' : String(value));
			}
		});
		(children || []).forEach(function (child) {
			node.append(child); // strings become text nodes, never markup
		});
		return node;
	}

	function icon(pathData, className) {
		var ns = 'http://www.w3.org/2000/svg';
		var svg = document.createElementNS(ns, 'svg');
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		svg.setAttribute('class', className || 'lmw-icon');
		var path = document.createElementNS(ns, 'path');
		path.setAttribute('d', pathData);
		svg.appendChild(path);
		return svg;
	}

	var ICONS = {
		chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z',
		close: 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z',
		warning: 'M12 2 1 21h22L12 2zm1 15h-2v2h2v-2zm0-7h-2v5h2v-5z',
		phone: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
		info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z'
	};

	function buildUi() {
		var launcher = el('button', {
			type: 'button',
			class: 'lmw-launcher',
			'aria-expanded': 'false',
			'aria-controls': ids.panel
		}, [icon(ICONS.chat), el('span', { text: config.launcherLabel })]);

		var restart = el('button', { type: 'button', class: 'lmw-header-button', text: 'Start over' });
		var closeButton = el('button', { type: 'button', class: 'lmw-header-button lmw-close', 'aria-label': 'Close chat' },
				[icon(ICONS.close)]);
		var header = el('div', { class: 'lmw-header' }, [
			el('h2', { id: ids.title, class: 'lmw-title', text: config.title }),
			el('div', { class: 'lmw-header-actions' }, [restart, closeButton])
		]);

		var escalationText = el('span', { text: state.escalation });
		var escalation = el('p', { class: 'lmw-escalation' }, [icon(ICONS.info), escalationText]);

		var log = el('div', {
			class: 'lmw-log',
			role: 'log',
			'aria-live': 'polite',
			'aria-label': 'Conversation',
			tabindex: '0' // lets keyboard users scroll a long conversation
		});

		var input = el('input', {
			id: ids.input,
			class: 'lmw-input',
			type: 'text',
			name: 'message',
			autocomplete: 'off',
			placeholder: 'Type your question'
		});
		var send = el('button', { type: 'submit', class: 'lmw-send', text: 'Send' });
		var form = el('form', { class: 'lmw-form', novalidate: true }, [
			el('label', { for: ids.input, class: 'lmw-visually-hidden', text: 'Your question' }),
			input,
			send
		]);

		var panel = el('section', {
			id: ids.panel,
			class: 'lmw-panel',
			role: 'dialog',
			'aria-modal': 'false',
			'aria-labelledby': ids.title,
			hidden: true
		}, [header, escalation, log, form]);

		var root = el('aside', { class: 'lmw-root', 'aria-label': 'Chat assistant' }, [launcher, panel]);

		launcher.addEventListener('click', function () {
			if (panel.hidden) {
				openPanel(true);
			}
			else {
				closePanel();
			}
		});
		closeButton.addEventListener('click', closePanel);
		restart.addEventListener('click', startOver);
		root.addEventListener('keydown', function (event) {
			if (event.key === 'Escape' && !panel.hidden) {
				event.preventDefault();
				closePanel();
			}
		});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			var text = input.value.trim();
			if (!text || state.pending) {
				return; // keep what was typed until the current answer has arrived
			}
			input.value = '';
			ask(text);
		});

		return {
			root: root, launcher: launcher, panel: panel, log: log, input: input, escalationText: escalationText
		};
	}

	/* ---------- Opening and closing ---------- */

	function openPanel(moveFocus) {
		ui.panel.hidden = false;
		ui.launcher.setAttribute('aria-expanded', 'true');
		store.set('open', true);
		scrollToEnd();
		if (moveFocus) {
			ui.input.focus();
		}
	}

	function closePanel() {
		ui.panel.hidden = true;
		ui.launcher.setAttribute('aria-expanded', 'false');
		store.set('open', false);
		ui.launcher.focus();
	}

	function startOver() {
		state.sessionId = null;
		state.transcript = [];
		store.remove('session');
		store.remove('transcript');
		renderTranscript();
		ui.input.focus();
	}

	/* ---------- Rendering ---------- */

	function renderTranscript() {
		var welcome = renderBot({ reply: config.welcome, sources: [], suggestions: [] }, false);
		welcome.classList.add('lmw-welcome');
		ui.log.replaceChildren(welcome);
		state.transcript.forEach(function (entry) {
			ui.log.appendChild(entry.who === 'user' ? renderUser(entry.text) : renderBot(entry, false));
		});
		var last = state.transcript[state.transcript.length - 1];
		if (last && last.who === 'bot') {
			addSuggestions(ui.log.lastElementChild, last.suggestions);
		}
		else if (!last) {
			addSuggestions(ui.log.lastElementChild, config.starters);
		}
	}

	function renderUser(text) {
		return el('div', { class: 'lmw-message lmw-user' }, [
			el('span', { class: 'lmw-visually-hidden', text: 'You said: ' }),
			el('p', { class: 'lmw-text', text: text })
		]);
	}

	// fresh: an answer that just arrived (urgent ones are then announced as alerts); false when restoring.
	function renderBot(entry, fresh) {
		var style = TRIAGE_STYLES[entry.triage];
		var classes = 'lmw-message lmw-bot' + (style ? ' lmw-triage lmw-triage-' + entry.triage : '');
		var node = el('div', { class: classes, role: style && style.urgent && fresh ? 'alert' : null });
		node.appendChild(el('span', { class: 'lmw-visually-hidden', text: 'Assistant said: ' }));
		if (style) {
			node.appendChild(el('p', { class: 'lmw-triage-heading' }, [icon(ICONS.warning), style.heading]));
		}
		node.appendChild(el('p', { class: 'lmw-text' }, [withPhoneLinks(entry.reply)]));
		if (style && style.urgent) {
			var actions = phoneNumbers(entry.reply).map(function (number) {
				return el('a', { class: 'lmw-call', href: telHref(number) }, [icon(ICONS.phone), 'Call ' + number]);
			}).concat(textNumbers(entry.reply).map(function (number) {
				return el('a', { class: 'lmw-call', href: 'sms:' + number }, [icon(ICONS.chat), 'Text ' + number]);
			}));
			if (actions.length) {
				node.appendChild(el('div', { class: 'lmw-calls' }, actions));
			}
			node.appendChild(el('p', { class: 'lmw-triage-escalation', text: entry.escalation || state.escalation }));
		}
		if (entry.more && entry.more !== entry.reply) {
			node.appendChild(el('details', { class: 'lmw-more' }, [
				el('summary', { text: 'More detail' }),
				el('p', {}, [withPhoneLinks(entry.more)])
			]));
		}
		if (entry.sources && entry.sources.length) {
			node.appendChild(renderSources(entry.sources));
		}
		return node;
	}

	function renderSources(sources) {
		var documents = sources.map(function (s) { return s.document; })
			.filter(function (d, i, all) { return d && all.indexOf(d) === i; });
		return el('details', { class: 'lmw-sources' }, [
			el('summary', { text: 'From: ' + documents.join('; ') }),
			el('ul', {}, sources.map(function (source) {
				return el('li', {}, [el('blockquote', { text: source.passage })]);
			}))
		]);
	}

	function addSuggestions(messageNode, suggestions) {
		if (!messageNode || !suggestions || !suggestions.length) {
			return;
		}
		var buttons = suggestions.map(function (text) {
			var button = el('button', { type: 'button', class: 'lmw-suggestion', text: text });
			button.addEventListener('click', function () {
				if (!state.pending) {
					ask(text);
				}
			});
			return button;
		});
		messageNode.appendChild(el('div', { class: 'lmw-suggestions', role: 'group', 'aria-label': 'Suggested questions' }, buttons));
	}

	function removeSuggestions() {
		ui.log.querySelectorAll('.lmw-suggestions').forEach(function (group) { group.remove(); });
	}

	function withPhoneLinks(text) {
		var fragment = document.createDocumentFragment();
		var last = 0;
		String(text).replace(PHONE_PATTERN, function (match, offset) {
			fragment.append(text.slice(last, offset));
			fragment.appendChild(el('a', { class: 'lmw-tel', href: telHref(match), text: match }));
			last = offset + match.length;
			return match;
		});
		fragment.append(text.slice(last));
		return fragment;
	}

	function phoneNumbers(text) {
		return (String(text).match(PHONE_PATTERN) || []).filter(function (n, i, all) { return all.indexOf(n) === i; });
	}

	// "call or text 988": crisis lines that take text messages get a button that opens the messaging app.
	function textNumbers(text) {
		var numbers = [];
		String(text).replace(TEXT_PATTERN, function (match, number) {
			if (numbers.indexOf(number) < 0) {
				numbers.push(number);
			}
			return match;
		});
		return numbers;
	}

	function telHref(number) {
		return 'tel:' + number.replace(/[^\d+]/g, '');
	}

	function scrollToEnd() {
		ui.log.scrollTop = ui.log.scrollHeight;
	}

	/* ---------- Talking to the service ---------- */

	function ask(text) {
		removeSuggestions();
		ui.log.appendChild(renderUser(text));
		send(text);
		ui.input.focus(); // the clicked suggestion or retry button is gone; keep keyboard users in the conversation
	}

	function send(text) {
		state.pending = true;
		var typing = el('div', { class: 'lmw-message lmw-bot lmw-typing' }, [
			el('span', { class: 'lmw-visually-hidden', text: 'The assistant is typing' }),
			el('span', { class: 'lmw-dot', 'aria-hidden': 'true' }),
			el('span', { class: 'lmw-dot', 'aria-hidden': 'true' }),
			el('span', { class: 'lmw-dot', 'aria-hidden': 'true' })
		]);
		ui.log.appendChild(typing);
		scrollToEnd();

		var controller = new AbortController();
		var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
		var body = { message: text };
		if (state.sessionId) {
			body.sessionId = state.sessionId;
		}
		fetch(config.endpoint, {
			method: 'POST',
			mode: 'cors',
			credentials: 'omit',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: JSON.stringify(body),
			signal: controller.signal
		})
			.then(function (response) {
				if (response.ok) {
					return response.json().then(function (reply) {
						settle();
						answered(text, reply);
					});
				}
				return problemOf(response).then(function (problem) {
					settle();
					failed(text, response, problem);
				});
			})
			.catch(function () {
				settle();
				failed(text, null, null);
			});

		// Before showing the outcome, so the answer follows its question directly.
		function settle() {
			clearTimeout(timer);
			typing.remove();
			state.pending = false;
		}
	}

	function problemOf(response) {
		return response.json().catch(function () { return null; });
	}

	function answered(question, reply) {
		var entry = {
			who: 'bot',
			reply: String(reply.reply || ''),
			triage: reply.triage,
			escalation: reply.escalation,
			sources: Array.isArray(reply.sources) ? reply.sources : [],
			suggestions: Array.isArray(reply.suggestions) ? reply.suggestions : [],
			more: reply.more || null
		};
		state.sessionId = reply.sessionId || state.sessionId;
		if (reply.escalation) {
			state.escalation = reply.escalation;
			ui.escalationText.textContent = reply.escalation;
		}
		state.transcript.push({ who: 'user', text: question }, entry);
		state.transcript = state.transcript.slice(-MAX_STORED_ENTRIES);
		store.set('session', state.sessionId);
		store.set('transcript', state.transcript);
		store.set('escalation', state.escalation);

		var node = renderBot(entry, true);
		ui.log.appendChild(node);
		addSuggestions(node, entry.suggestions);
		reveal(node);
	}

	// Show the question with its answer; a long answer is shown from its start rather than scrolled past.
	function reveal(answer) {
		var question = answer.previousElementSibling || answer;
		var top = question.offsetTop;
		if (answer.offsetTop + answer.offsetHeight - top > ui.log.clientHeight) {
			top = answer.offsetTop;
		}
		ui.log.scrollTop = top - ui.log.offsetTop - 12;
	}

	function failed(text, response, problem) {
		var status = response ? response.status : 0;
		var message;
		if (!response) {
			message = 'Sorry, the assistant could not be reached. Please check your connection and try again.';
		}
		else if (status === 429) {
			var wait = retryAfterSeconds(response.headers.get('Retry-After'));
			message = 'Sorry, too many messages were sent in a short time. Please wait '
				+ (wait ? wait + (wait === 1 ? ' second' : ' seconds') : 'a moment') + ', then try again.';
		}
		else if (status >= 400 && status < 500 && problem && problem.detail) {
			message = 'Sorry, your message could not be sent: ' + problem.detail;
			ui.input.value = text; // let the user correct it
		}
		else {
			message = 'Sorry, something went wrong on our side. Please try again in a moment.';
		}
		var retry = el('button', { type: 'button', class: 'lmw-retry', text: 'Retry' });
		var notice = el('div', { class: 'lmw-message lmw-error', role: 'alert' }, [
			el('p', { class: 'lmw-text', text: message }),
			el('p', { class: 'lmw-text', text: 'If it is an emergency, call your local emergency number now.' }),
			retry
		]);
		retry.addEventListener('click', function () {
			if (state.pending) {
				return;
			}
			notice.remove();
			send(text);
			ui.input.focus();
		});
		ui.log.appendChild(notice);
		scrollToEnd();
	}

	function retryAfterSeconds(header) {
		if (!header) {
			return null;
		}
		var seconds = /^\d+$/.test(header.trim()) ? parseInt(header, 10) : Math.round((Date.parse(header) - Date.now()) / 1000);
		return isFinite(seconds) && seconds > 0 ? seconds : null;
	}

	// Last, so that every declaration above is initialised before it runs.
	window.livermetsWidget = { version: 1 };
	loadStylesheet();
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
