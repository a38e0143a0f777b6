// LeakLab's phone page. Everything shown is set as text (textContent), never as markup; every word
// comes from /texts (the app's bundles) or from the server's state, rendered in the chosen language.
// The device token stays in localStorage and travels in the X-LeakLab-Token header, never a cookie.
'use strict';
(function () {
  var Price = window.LeakLabPrice;
  var main = document.getElementById('main');
  var statusBox = document.getElementById('status');
  var announcer = document.getElementById('announce');
  var store = window.localStorage;

  // The phone starts in the teacher's language (the server's default) until the student switches.
  var lang = store.getItem('leaklab.lang');
  var texts = {};
  var code = (location.hash || '').replace('#', '').toUpperCase();
  var token = null;
  var state = null;
  var version = -1;
  var events = null;
  var pollTimer = null;
  var online = true;
  var fetching = false;
  var again = false;

  // ---- small helpers ---------------------------------------------------------------------------

  function t(key) {
    var text = texts[key] || key;
    for (var i = 1; i < arguments.length; i++) { text = text.split('{' + (i - 1) + '}').join(String(arguments[i])); }
    return text;
  }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        if (key === 'text') { node.textContent = props[key]; }
        else if (key === 'class') { node.className = props[key]; }
        else if (key.indexOf('on') === 0) { node.addEventListener(key.substring(2), props[key]); }
        else if (props[key] !== null && props[key] !== undefined && props[key] !== false) { node.setAttribute(key, props[key] === true ? '' : props[key]); }
      });
    }
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function announce(text) { announcer.textContent = ''; setTimeout(function () { announcer.textContent = text; }, 30); }

  function showStatus(text) {
    statusBox.textContent = text || '';
    statusBox.hidden = !text;
  }

  function amount(dollars) { return t('estimate.amount', Price.plain(dollars, lang)); }

  function tokenKey() { return 'leaklab.token.' + code; }
  function draftKey(seq) { return 'leaklab.draft.' + code + '.' + seq; }
  function pendingKey() { return 'leaklab.pending.' + code; }

  function api(method, action, body) {
    var headers = { 'Accept': 'application/json' };
    if (token) { headers['X-LeakLab-Token'] = token; }
    if (method === 'POST') { headers['Content-Type'] = 'application/json'; }
    return fetch('/s/' + encodeURIComponent(code) + '/' + action + '?lang=' + lang, {
      method: method, headers: headers, body: method === 'POST' ? JSON.stringify(body || {}) : undefined,
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!online) { online = true; showStatus(t('classroom.phone.back')); setTimeout(function () { if (online) { showStatus(''); } }, 2500); }
        return { status: response.status, json: json };
      });
    }, function (error) {
      setOffline();
      throw error;
    });
  }

  function setOffline() {
    online = false;
    showStatus(t('classroom.phone.offline'));
  }

  function refusal(result) {
    var error = result.json && result.json.error;
    if (result.status === 403) { return t('classroom.phone.removed'); }
    if (result.status === 423) { return t('classroom.phone.locked'); }
    if (result.status === 503) { return t('classroom.phone.full'); }
    if (result.status === 404) { return t('classroom.phone.wrongCode'); }
    if (result.status === 429) { return t('classroom.phone.tooMany'); }
    return t('classroom.phone.refused', error || result.status);
  }

  // ---- texts and language ----------------------------------------------------------------------

  function loadTexts() {
    return fetch('/texts' + (lang ? '?lang=' + lang : ''), { cache: 'no-store', credentials: 'omit' })
      .then(function (r) { return r.json(); })
      .then(function (json) {
        texts = json.texts;
        lang = json.lang;
        document.documentElement.lang = json.lang;
        document.title = t('classroom.phone.title');
        document.getElementById('title').textContent = t('classroom.phone.title');
        document.getElementById('lang').setAttribute('aria-label', t('classroom.phone.language'));
        ['en', 'de'].forEach(function (l) { document.getElementById('lang-' + l).setAttribute('aria-pressed', String(l === lang)); });
        var privacy = document.getElementById('privacy-open');
        privacy.textContent = t('classroom.phone.privacy.open');
        document.getElementById('privacy-title').textContent = t('classroom.phone.privacy.title');
        document.getElementById('forget').textContent = t('classroom.phone.forget');
        document.getElementById('privacy-close').textContent = t('classroom.phone.privacy.close');
      });
  }

  function switchLanguage(to) {
    if (to === lang) { return; }
    lang = to;
    store.setItem('leaklab.lang', lang);
    loadTexts().then(function () { if (token) { refresh(); } else { renderJoin(''); } });
  }

  // ---- joining ---------------------------------------------------------------------------------

  function renderJoin(problem) {
    document.getElementById('privacy-open').hidden = true;
    var input = el('input', { type: 'text', id: 'code', value: code, autocomplete: 'off', autocapitalize: 'characters',
      spellcheck: 'false', maxlength: '6', inputmode: 'text' });
    var button = el('button', { type: 'button', id: 'join', class: 'primary', text: t('classroom.phone.join') });
    button.addEventListener('click', function () {
      code = input.value.trim().toUpperCase();
      button.disabled = true;
      button.textContent = t('classroom.phone.joining');
      join();
    });
    main.replaceChildren(el('div', { class: 'card' }, [
      el('p', { text: t('classroom.phone.intro') }),
      el('label', { for: 'code', text: t('classroom.phone.code.label') }), input,
      el('div', { class: 'row' }, [button]),
      problem ? el('p', { class: 'error', role: 'alert', text: problem }) : null
    ]));
  }

  function join() {
    api('POST', 'join', {}).then(function (result) {
      if (result.status !== 201) { renderJoin(refusal(result)); return; }
      token = result.json.token;
      store.setItem(tokenKey(), token);
      if (location.hash !== '#' + code) { history.replaceState(null, '', '#' + code); }
      accept(result.json.state);
      listen();
    }, function () { renderJoin(t('classroom.phone.offline')); });
  }

  // ---- staying in step with the room -----------------------------------------------------------

  function refresh() {
    if (fetching) { again = true; return Promise.resolve(); }
    fetching = true;
    return api('GET', 'state').then(function (result) {
      fetching = false;
      if (result.status === 200) { accept(result.json); flushPending(); }
      else if (result.status === 403 || result.status === 404) { lost(result); }
      if (again) { again = false; refresh(); }
    }, function () { fetching = false; });
  }

  function lost(result) {
    store.removeItem(tokenKey());
    token = null;
    state = null;
    if (events) { events.close(); events = null; }
    renderJoin(refusal(result));
  }

  function listen() {
    if (events) { events.close(); }
    if (window.EventSource) {
      events = new EventSource('/s/' + encodeURIComponent(code) + '/events');
      events.onmessage = function (message) { if (Number(message.data) !== version) { refresh(); } };
      events.onerror = function () { if (events && events.readyState === 2) { events = null; } };
    }
    clearInterval(pollTimer);
    // A heartbeat that keeps the device "connected" on the projector, and the fallback when events fail.
    pollTimer = setInterval(function () { if (token && (!events || document.visibilityState === 'visible')) { refresh(); } },
      events ? 25000 : 3000);
  }

  function accept(next) {
    var before = state;
    state = next;
    version = next.version;
    document.getElementById('privacy-open').hidden = false;
    var same = before && before.question && next.question && before.question.seq === next.question.seq
      && before.question.phase === next.question.phase && before.me.name === next.me.name
      && before.me.team === next.me.team && before.lang === next.lang && sameStory(before.question, next.question);
    if (same && main.firstChild) { return; } // keep a draft being edited
    render();
  }

  function sameStory(a, b) {
    return JSON.stringify(a.story || null) === JSON.stringify(b.story || null)
      && JSON.stringify(a.answer || null) === JSON.stringify(b.answer || null);
  }

  // ---- answers, kept on the device until the server has them ---------------------------------

  function send(body, onDone) {
    body.seq = state.question.seq;
    store.setItem(pendingKey(), JSON.stringify(body));
    api('POST', 'answer', body).then(function (result) {
      if (result.status === 200) {
        store.removeItem(pendingKey());
        store.removeItem(draftKey(body.seq));
        state = result.json;
        render();
        announce(t('classroom.phone.sent'));
      } else {
        if (result.status !== 429) { store.removeItem(pendingKey()); }
        if (result.status === 403) { lost(result); return; }
        if (onDone) { onDone(refusal(result)); }
        refresh();
      }
    }, function () { if (onDone) { onDone(t('classroom.phone.offline')); } });
  }

  function flushPending() {
    var pending = store.getItem(pendingKey());
    if (!pending || !state || !state.question) { return; }
    var body = JSON.parse(pending);
    if (body.seq !== state.question.seq || state.question.phase !== 'open') { store.removeItem(pendingKey()); return; }
    send(body);
  }

  function draft(seq) {
    var pending = store.getItem(pendingKey());
    if (pending) {
      var body = JSON.parse(pending);
      if (body.seq === seq) { return body; }
    }
    var saved = store.getItem(draftKey(seq));
    return saved ? JSON.parse(saved) : null;
  }

  function saveDraft(body) { store.setItem(draftKey(state.question.seq), JSON.stringify(body)); }

  // ---- rendering -------------------------------------------------------------------------------

  function render() {
    if (!state) { return; }
    var parts = [who()];
    var q = state.question;
    if (!q) {
      parts.push(el('div', { class: 'card' }, [el('p', { id: 'waiting', text: t('classroom.phone.waiting') })]));
    } else {
      var card = el('section', { class: 'card', id: 'question', 'data-kind': q.kind, 'data-phase': q.phase,
        'aria-labelledby': 'q-title' });
      card.appendChild(el('h2', { id: 'q-title', text: q.title }));
      card.appendChild(el('p', { text: q.prompt }));
      var body = q.kind === 'ranking' ? ranking(q) : q.kind === 'estimate' ? estimate(q)
        : q.kind === 'choice' ? choice(q) : story(q);
      body.forEach(function (node) { if (node) { card.appendChild(node); } });
      parts.push(card);
      if (q.result) { parts.push(result(q.result)); }
      else if (q.phase === 'revealed' && q.kind !== 'story') {
        parts.push(el('div', { class: 'card', id: 'result' }, [el('p', { text: t('classroom.phone.result.none') })]));
      }
    }
    var focused = document.activeElement && document.activeElement.id;
    main.replaceChildren.apply(main, parts);
    if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
  }

  function who() {
    var reroll = el('button', { type: 'button', id: 'reroll', text: t('classroom.phone.reroll') + ' (' + t('classroom.phone.rerollsLeft', state.me.rerolls) + ')',
      disabled: state.me.rerolls <= 0 });
    reroll.addEventListener('click', function () {
      api('POST', 'name', {}).then(function (r) { if (r.status === 200) { state = r.json; render(); announce(t('classroom.phone.youAre', state.me.name)); } });
    });
    var parts = [el('div', { class: 'who' }, [el('strong', { id: 'my-name', text: t('classroom.phone.youAre', state.me.name) }), reroll])];
    if (state.teams.length > 0) {
      var select = el('select', { id: 'team' }, [el('option', { value: '-1', text: t('classroom.phone.team.none') })]);
      state.teams.forEach(function (name, index) { select.appendChild(el('option', { value: String(index), text: name })); });
      select.value = String(state.me.team);
      select.addEventListener('change', function () {
        api('POST', 'team', { team: Number(select.value) }).then(function (r) { if (r.status === 200) { state = r.json; render(); } });
      });
      parts.push(el('label', { for: 'team', text: t('classroom.phone.team.label') }), select);
    }
    return el('div', { class: 'card' }, parts);
  }

  function sendRow(q, makeBody, sentAnswer, current) {
    if (q.phase !== 'open') {
      return el('p', { class: 'note', id: 'closed', text: q.phase === 'closed' ? t('classroom.phone.closed') : '' });
    }
    var changed = JSON.stringify(sentAnswer) !== JSON.stringify(current);
    var message = el('p', { class: sentAnswer && !changed ? 'sent' : 'note', id: 'send-state',
      text: sentAnswer && !changed ? t('classroom.phone.sent') : sentAnswer ? t('classroom.phone.unsent') + ' ' + t('classroom.phone.changeUntilClosed') : t('classroom.phone.unsent') });
    // Sent and unchanged: nothing to send; changed after sending: send the changed answer.
    var button = el('button', { type: 'button', id: 'send', class: 'primary', disabled: sentAnswer && !changed,
      text: sentAnswer && changed ? t('classroom.phone.sendAgain') : t('classroom.phone.send') });
    button.addEventListener('click', function () {
      var body = makeBody();
      if (!body) { return; }
      button.disabled = true;
      send(body, function (problem) { button.disabled = false; message.className = 'error'; message.textContent = problem; });
    });
    return el('div', {}, [el('div', { class: 'row' }, [button]), message]);
  }

  // Ranking: tap up and down, drag by the handle; the buttons make it usable with a keyboard and a screen reader.
  function ranking(q) {
    var byId = {};
    q.items.forEach(function (item) { byId[item.id] = item; });
    var sent = q.answer ? q.answer.ranking : null;
    var saved = draft(q.seq);
    var order = saved && saved.ranking ? saved.ranking.slice() : sent ? sent.slice() : q.items.map(function (i) { return i.id; });
    var open = q.phase === 'open';
    var list = el('ol', { class: 'rank', id: 'ranking' });
    var sendBox = el('div');

    function move(index, to, focusButton) {
      if (to < 0 || to >= order.length || to === index) { return; }
      var id = order.splice(index, 1)[0];
      order.splice(to, 0, id);
      saveDraft({ ranking: order });
      draw();
      announce(t('ranking.board.moved', byId[id].name, to + 1, order.length));
      var button = document.getElementById((focusButton || 'up') + '-' + id);
      if (button && !button.disabled) { button.focus(); }
      else if (document.getElementById('item-' + id)) { document.getElementById('item-' + id).focus(); }
    }

    function draw() {
      list.replaceChildren();
      order.forEach(function (id, index) {
        var item = byId[id];
        var up = el('button', { type: 'button', id: 'up-' + id, 'aria-label': t('ranking.board.moveUp', item.name), text: '\u25b2',
          disabled: !open || index === 0 });
        var down = el('button', { type: 'button', id: 'down-' + id, 'aria-label': t('ranking.board.moveDown', item.name), text: '\u25bc',
          disabled: !open || index === order.length - 1 });
        up.addEventListener('click', function () { move(order.indexOf(id), order.indexOf(id) - 1, 'up'); });
        down.addEventListener('click', function () { move(order.indexOf(id), order.indexOf(id) + 1, 'down'); });
        var grip = el('span', { class: 'grip', 'aria-hidden': 'true', text: '\u2630' });
        var li = el('li', { id: 'item-' + id, 'data-id': id, tabindex: '-1',
          'aria-label': item.name + ', ' + t('classroom.phone.ranking.place', index + 1, order.length) }, [
          el('span', { class: 'place', 'aria-hidden': 'true', text: String(index + 1) }),
          open ? grip : null,
          el('span', { class: 'text' }, [el('span', { class: 'name', text: item.name }), el('span', { class: 'detail', text: item.card })]),
          open ? el('span', { class: 'moves' }, [up, down]) : null
        ]);
        if (open) { dragBy(grip, li); }
        list.appendChild(li);
      });
      sendBox.replaceChildren(sendRow(q, function () { return { ranking: order.slice() }; }, sent, order));
    }

    function dragBy(grip, li) {
      grip.addEventListener('pointerdown', function (down) {
        down.preventDefault();
        var from = order.indexOf(li.getAttribute('data-id'));
        var startY = down.clientY;
        var rows = Array.prototype.slice.call(list.children).map(function (row) { var r = row.getBoundingClientRect(); return r.top + r.height / 2; });
        li.classList.add('dragging');
        grip.setPointerCapture(down.pointerId);
        function moveTo(event) { li.style.transform = 'translateY(' + (event.clientY - startY) + 'px)'; }
        function drop(event) {
          grip.removeEventListener('pointermove', moveTo);
          grip.removeEventListener('pointerup', drop);
          grip.removeEventListener('pointercancel', drop);
          li.classList.remove('dragging');
          li.style.transform = '';
          var y = rows[from] + (event.clientY - startY);
          var to = 0;
          rows.forEach(function (middle, i) { if (y > middle) { to = i; } });
          if (y < rows[0]) { to = 0; }
          if (to > from && y < rows[to]) { to--; }
          move(from, Math.max(0, Math.min(order.length - 1, to)));
        }
        grip.addEventListener('pointermove', moveTo);
        grip.addEventListener('pointerup', drop);
        grip.addEventListener('pointercancel', drop);
      });
    }

    draw();
    return [
      el('p', { class: 'note', text: t('classroom.phone.ranking.perspective', q.perspective, q.order || '') }),
      open ? el('p', { class: 'note', text: t('classroom.phone.ranking.hint') }) : null,
      el('p', { class: 'end', text: t('ranking.top', q.top || '') }), list,
      el('p', { class: 'end', text: t('ranking.bottom', q.bottom || '') }), sendBox
    ];
  }

  // Estimate: the app's log scale with its round prices, and a field that reads prices as the app does.
  function estimate(q) {
    var sent = q.answer ? q.answer.estimate : null;
    var saved = draft(q.seq);
    var guess = saved && typeof saved.estimate === 'number' ? saved.estimate : sent;
    var open = q.phase === 'open';
    var slider = el('input', { type: 'range', id: 'slider', min: String(Price.MIN_POSITION), max: String(Price.MAX_POSITION),
      step: 'any', value: String(Price.positionFor(guess || 100)), disabled: !open, 'aria-describedby': 'slider-hint' });
    var field = el('input', { type: 'text', id: 'price', inputmode: 'decimal', autocomplete: 'off', placeholder: t('estimate.field.prompt'),
      value: guess ? Price.plain(guess, lang) : '', disabled: !open });
    var shown = el('p', { class: 'guess', id: 'guess' });
    var problem = el('p', { class: 'error', id: 'price-error', role: 'alert' });
    var sendBox = el('div');

    function show(dollars, fromField) {
      guess = dollars;
      if (dollars) {
        slider.value = String(Price.positionFor(dollars));
        slider.setAttribute('aria-valuetext', amount(dollars));
        if (!fromField) { field.value = Price.plain(dollars, lang); }
      } else {
        slider.setAttribute('aria-valuetext', t('classroom.phone.estimate.none'));
      }
      shown.textContent = dollars ? t('classroom.phone.estimate.guess', amount(dollars)) : t('classroom.phone.estimate.none');
      if (open && dollars) { saveDraft({ estimate: dollars }); }
      sendBox.replaceChildren(sendRow(q, function () { return guess ? { estimate: guess } : null; }, sent, guess));
      if (!guess) { var button = sendBox.querySelector('#send'); if (button) { button.disabled = true; } }
    }

    slider.addEventListener('input', function () { problem.textContent = ''; show(Price.snap(Price.dollarsAt(Number(slider.value)))); });
    slider.addEventListener('keydown', function (event) {
      var current = guess || Price.dollarsAt(Number(slider.value));
      var next = null;
      if (event.key === 'ArrowUp' || event.key === 'ArrowRight') { next = Price.neighbour(current, 1, q.min, q.max); }
      if (event.key === 'ArrowDown' || event.key === 'ArrowLeft') { next = Price.neighbour(current, -1, q.min, q.max); }
      if (event.key === 'PageUp') { next = Math.min(q.max, Price.snap(current * 10)); }
      if (event.key === 'PageDown') { next = Math.max(q.min, Price.snap(current / 10)); }
      if (event.key === 'Home') { next = q.min; }
      if (event.key === 'End') { next = q.max; }
      if (next !== null) { event.preventDefault(); problem.textContent = ''; show(next); }
    });
    field.addEventListener('input', function () {
      var read = Price.read(field.value, lang);
      problem.textContent = '';
      if (read.kind === 'price') {
        if (read.dollars < q.min) { problem.textContent = t('estimate.error.tooLow', amount(read.dollars), amount(q.min), amount(q.max)); show(null, true); }
        else if (read.dollars > q.max) { problem.textContent = t('estimate.error.tooHigh', amount(read.dollars), amount(q.min), amount(q.max)); show(null, true); }
        else { show(read.dollars, true); }
      } else if (read.kind === 'nan') {
        problem.textContent = t('estimate.error.notANumber', read.text, Price.plain(1500, lang));
        show(null, true);
      } else { show(null, true); }
    });
    var ticks = el('div', { class: 'ticks', 'aria-hidden': 'true' });
    for (var p = Price.MIN_POSITION; p <= Price.MAX_POSITION; p++) { ticks.appendChild(el('span', { text: amount(Math.pow(10, p)) })); }
    show(guess || null, false);
    return [
      el('label', { for: 'slider', id: 'slider-hint', text: t('classroom.phone.estimate.slider') }), slider, ticks,
      el('label', { for: 'price', text: t('classroom.phone.estimate.field') }), field, problem, shown, sendBox
    ];
  }

  function choice(q) {
    var sent = q.answer ? q.answer.choice.slice().sort() : null;
    var saved = draft(q.seq);
    var chosen = saved && saved.choice ? saved.choice.slice() : sent ? sent.slice() : [];
    var open = q.phase === 'open';
    var legend = el('legend', { text: t(q.multiple ? 'choice.hint.multiple' : 'choice.hint.single') });
    var set = el('fieldset', { id: 'choices' }, [legend]);
    var sendBox = el('div');
    function update() {
      sendBox.replaceChildren(sendRow(q, function () { return chosen.length ? { choice: chosen.slice().sort() } : null; }, sent, chosen.slice().sort()));
      if (!chosen.length) { var b = sendBox.querySelector('#send'); if (b) { b.disabled = true; } }
    }
    q.options.forEach(function (option) {
      var input = el('input', { type: q.multiple ? 'checkbox' : 'radio', name: 'choice', id: 'opt-' + option.id, value: option.id,
        disabled: !open });
      input.checked = chosen.indexOf(option.id) >= 0;
      var label = el('label', { class: 'option' + (input.checked ? ' checked' : ''), for: 'opt-' + option.id }, [input, el('span', { text: option.text })]);
      input.addEventListener('change', function () {
        if (q.multiple) {
          chosen = chosen.filter(function (id) { return id !== option.id; });
          if (input.checked) { chosen.push(option.id); }
        } else { chosen = [option.id]; }
        Array.prototype.forEach.call(set.querySelectorAll('.option'), function (l) { l.classList.toggle('checked', l.querySelector('input').checked); });
        saveDraft({ choice: chosen });
        update();
      });
      set.appendChild(label);
    });
    update();
    return [set, sendBox];
  }

  // A decision story: one vote per step; the group's majority moves its story on.
  function story(q) {
    var s = q.story;
    var parts = [el('p', { class: 'note', text: t('classroom.phone.story.step', s.step) })];
    if (s.node) {
      parts.push(el('p', { id: 'node', text: s.node.text }));
      if (q.phase === 'open') { parts.push(el('p', { class: 'note', text: t('classroom.phone.story.vote') })); }
      var group = el('div', { role: 'group', id: 'votes' });
      s.node.options.forEach(function (option) {
        var button = el('button', { type: 'button', class: 'vote', id: 'vote-' + option.id, 'aria-pressed': String(s.vote === option.id),
          disabled: q.phase !== 'open', text: option.text });
        button.addEventListener('click', function () {
          Array.prototype.forEach.call(group.children, function (b) { b.setAttribute('aria-pressed', String(b === button)); });
          send({ vote: option.id }, function (problem) { announce(problem); });
        });
        group.appendChild(button);
      });
      parts.push(group);
      if (q.phase === 'open' && s.vote) { parts.push(el('p', { class: 'sent', id: 'send-state', text: t('classroom.phone.sent') })); }
      if (q.phase === 'closed') { parts.push(el('p', { class: 'note', id: 'closed', text: t('classroom.phone.closed') })); }
    }
    if (s.decided) {
      parts.push(el('div', { class: 'card', id: 'decided' }, [
        el('p', { text: t('classroom.phone.story.decided', s.decided.text) }), el('p', { text: s.decided.consequence })]));
      if (!s.ended) { parts.push(el('p', { class: 'note', text: t('classroom.phone.story.wait') })); }
    }
    if (s.ended && !s.node) { parts.push(el('p', { class: 'note', text: t('classroom.phone.story.ended') })); }
    return parts;
  }

  function result(r) {
    var list = el('ul', { class: 'lines' });
    r.lines.forEach(function (line) { list.appendChild(el('li', { class: line.tone, text: line.text })); });
    return el('section', { class: 'card', id: 'result', 'aria-labelledby': 'result-title' }, [
      el('h2', { id: 'result-title', text: t('classroom.phone.result.title') }),
      el('p', { class: 'score', id: 'score', text: t('classroom.phone.result.score', r.score) }), list]);
  }

  // ---- what LeakLab knows about you -------------------------------------------------------------

  function openPrivacy() {
    api('GET', 'me').then(function (r) {
      if (r.status !== 200) { lost(r); return; }
      var me = r.json;
      var parts = [el('p', { text: t('classroom.phone.privacy.intro') }), el('p', { id: 'known-name', text: t('classroom.phone.privacy.name', me.name) })];
      if (me.team) { parts.push(el('p', { text: t('classroom.phone.privacy.team', me.team) })); }
      parts.push(el('p', { text: t('classroom.phone.privacy.answers') }));
      if (me.answers.length) {
        var list = el('ul', { id: 'known-answers' });
        me.answers.forEach(function (a) { list.appendChild(el('li', { text: a.question + ': ' + a.answer })); });
        parts.push(list);
      } else { parts.push(el('p', { class: 'note', text: t('classroom.phone.privacy.noAnswers') })); }
      parts.push(el('p', { class: 'note', text: t('classroom.phone.privacy.not') }));
      parts.push(el('p', { class: 'note', text: t('classroom.phone.privacy.key') }));
      parts.push(el('p', { class: 'note', text: t('classroom.phone.privacy.erased') }));
      document.getElementById('privacy-body').replaceChildren.apply(document.getElementById('privacy-body'), parts);
      document.getElementById('privacy').hidden = false;
      document.getElementById('privacy-close').focus();
    });
  }

  function closePrivacy() {
    document.getElementById('privacy').hidden = true;
    document.getElementById('privacy-open').focus();
  }

  function forget() {
    if (!window.confirm(t('classroom.phone.forget.confirm'))) { return; }
    api('POST', 'forget', {}).then(function (r) {
      if (r.status !== 200) { return; }
      Object.keys(store).forEach(function (key) { if (key.indexOf('leaklab.') === 0 && key !== 'leaklab.lang') { store.removeItem(key); } });
      token = null;
      state = null;
      if (events) { events.close(); events = null; }
      clearInterval(pollTimer);
      document.getElementById('privacy').hidden = true;
      renderJoin('');
      main.insertBefore(el('p', { class: 'sent', id: 'forgotten', role: 'status', text: t('classroom.phone.forgotten') }), main.firstChild);
    });
  }

  // ---- start -----------------------------------------------------------------------------------

  document.getElementById('lang-en').addEventListener('click', function () { switchLanguage('en'); });
  document.getElementById('lang-de').addEventListener('click', function () { switchLanguage('de'); });
  document.getElementById('privacy-open').addEventListener('click', openPrivacy);
  document.getElementById('privacy-close').addEventListener('click', closePrivacy);
  document.getElementById('forget').addEventListener('click', forget);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape' && !document.getElementById('privacy').hidden) { closePrivacy(); } });
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'visible' && token) { refresh(); listen(); } });
  window.addEventListener('online', function () { if (token) { refresh(); listen(); } });
  window.addEventListener('offline', setOffline);
  window.addEventListener('hashchange', function () {
    var next = (location.hash || '').replace('#', '').toUpperCase();
    if (next && next !== code) { code = next; token = store.getItem(tokenKey()); if (token) { refresh(); listen(); } else { renderJoin(''); } }
  });

  loadTexts().then(function () {
    token = code ? store.getItem(tokenKey()) : null;
    if (token) { refresh().then(function () { if (token) { listen(); } }); } else { renderJoin(''); }
  }, function () { showStatus('LeakLab: offline'); });
}());
