/*
 * Starts Vaadin on a page whose first response already holds the page (PrerenderedPages).
 * The page is readable, its links work and "Exit this page" works before this runs; Vaadin's
 * theme and script are added only at the visitor's first tap, key (not Tab or a modifier) or wheel turn
 * (data-when="interaction"), or once the browser is idle after loading (data-when="idle").
 * When Vaadin's view arrives, the stylesheet hides the copy in the same style pass and this
 * removes it, keeping the focus on the same place in the view. On a step of the form, what was
 * chosen or typed into the copy's plain controls meanwhile is given to the view's fields, and a
 * button pressed meanwhile (Continue) is pressed on the view (decision record 0029).
 * Plain script, no dependencies.
 */
(function () {
  'use strict';

  var COPY = '[data-first-paint]';
  var TRIGGERS = ['pointerdown', 'keydown', 'touchstart', 'wheel'];
  var starter = document.currentScript;
  var started = false;

  function listen(add) {
    TRIGGERS.forEach(function (type) {
      (add ? window.addEventListener : window.removeEventListener).call(window, type, onInteraction,
        { capture: true, passive: true });
    });
  }

  // Keys that only move through the page or begin a shortcut (Tab, Shift, Control, Alt, Meta) do
  // not start Vaadin: the pre-rendered page already does all they ask, and Shift is also the exit
  // shortcut. Nor does a press of "Exit this page": Vaadin's router, starting while the neutral
  // site loads, could cancel the navigation away.
  var QUIET_KEYS = ['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'];

  function onInteraction(event) {
    var target = event.target;
    if (QUIET_KEYS.indexOf(event.key) >= 0 || event.ctrlKey || event.metaKey || event.altKey
        || (target && target.closest && target.closest('.exit-this-page'))) {
      return;
    }
    start();
  }

  function leaving() {
    return !!document.querySelector('.exit-this-page-overlay');
  }

  function addScript() {
    if (leaving()) {
      return;
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = starter.getAttribute('data-module');
    document.head.appendChild(script);
  }

  // the theme first, before the portal's own stylesheet as Vaadin had it, so that the portal's
  // rules still win and Vaadin never draws a view without its theme
  function start() {
    if (started || leaving()) {
      return;
    }
    started = true;
    listen(false);
    var theme = starter.getAttribute('data-theme');
    if (!theme) {
      addScript();
      return;
    }
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = theme;
    link.onload = link.onerror = addScript;
    var portal = document.querySelector('link[rel="stylesheet"][href*="styles/portal.css"]');
    document.head.insertBefore(link, portal);
  }

  // the position of an element inside the copy, as child indexes from the copy's root
  function pathOf(element, root) {
    var path = [];
    for (var node = element; node && node !== root; node = node.parentElement) {
      path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    }
    return path;
  }

  function follow(root, path) {
    var node = root;
    for (var i = 0; node && i < path.length; i++) {
      node = node.children[path[i]];
    }
    return node;
  }

  // A step of the form (decision record 0029): its copy holds plain controls, each naming its
  // Vaadin twin (data-twin) and kind (data-kind). What the visitor chooses or types before Vaadin
  // has started is given to the twins when the view arrives, and a button pressed meanwhile is
  // pressed again on its twin, after them.
  var pressed = [];

  function changed(event) {
    var target = event.target;
    if (!target || !target.closest) {
      return;
    }
    var plain = target.closest('[data-twin]');
    if (!plain && target.id && /^(INPUT|TEXTAREA)$/.test(target.tagName)) {
      // the form's own plain inputs (the date's boxes, the time): the twin has the same id
      plain = target;
      plain.setAttribute('data-twin', target.id);
      plain.setAttribute('data-kind', 'native');
    }
    if (plain) {
      plain.setAttribute('data-changed', '');
    }
  }

  function press(event) {
    var button = event.target && event.target.closest && event.target.closest('button[data-twin]');
    if (!button || button.disabled) {
      return;
    }
    var twin = button.getAttribute('data-twin');
    if (pressed[pressed.length - 1] !== twin) {
      pressed.push(twin);
    }
    button.setAttribute('aria-disabled', 'true');
    start();
  }

  // what the copy holds, read before it goes
  function takeAnswers(copy) {
    return Array.prototype.map.call(copy.querySelectorAll('[data-changed]'), function (plain) {
      var kind = plain.getAttribute('data-kind');
      var answer = { twin: plain.getAttribute('data-twin'), kind: kind };
      if (kind === 'radio' || kind === 'checkbox') {
        answer.chosen = [];
        Array.prototype.forEach.call(plain.querySelectorAll('input'), function (input, index) {
          if (input.checked) {
            answer.chosen.push(index);
          }
        });
      } else if (kind === 'check') {
        answer.checked = plain.querySelector('input').checked;
      } else if (kind === 'details') {
        answer.open = plain.open;
      } else {
        var box = plain.matches('input, textarea') ? plain : plain.querySelector('input, textarea');
        answer.value = box ? box.value : '';
      }
      return answer;
    });
  }

  function giveAnswers(view, answers, buttons) {
    answers.forEach(function (answer) {
      var twin = view.querySelector('#' + CSS.escape(answer.twin));
      if (!twin) {
        return;
      }
      if (answer.kind === 'radio' || answer.kind === 'checkbox') {
        var items = twin.querySelectorAll(answer.kind === 'radio' ? 'vaadin-radio-button' : 'vaadin-checkbox');
        var values = answer.chosen.filter(function (index) { return items[index]; })
          .map(function (index) { return items[index].value; });
        twin.value = answer.kind === 'radio' ? (values.length ? values[0] : null) : values;
      } else if (answer.kind === 'check') {
        twin.checked = answer.checked;
      } else if (answer.kind === 'details') {
        twin.opened = answer.open;
      } else if (answer.kind === 'search') {
        if (answer.value) {
          twin.dispatchEvent(new CustomEvent('custom-value-set', { detail: answer.value }));
        }
      } else if (twin.value !== answer.value) {
        twin.value = answer.value;
        twin.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    buttons.forEach(function (id) {
      var twin = view.querySelector('#' + CSS.escape(id));
      if (twin && !twin.disabled) {
        twin.click();
      }
    });
  }

  // a plain control of a step's copy stands for its twin in the view; anything else is found at
  // the same place in the view
  function twinInView(focused, copy, view) {
    var plain = focused.closest('[data-twin]');
    if (plain && copy.contains(plain)) {
      return view.querySelector('#' + CSS.escape(plain.getAttribute('data-twin')));
    }
    return follow(view, pathOf(focused, copy));
  }

  function replaceCopyWith(view) {
    var copy = document.querySelector(COPY);
    if (!copy) {
      return;
    }
    var focused = document.activeElement;
    var inCopy = copy.contains(focused) && focused !== copy;
    var answers = takeAnswers(copy);
    var buttons = pressed.slice();
    var twin = inCopy && twinInView(focused, copy, view);
    var field = inCopy && !!focused.closest('[data-twin]');
    copy.remove();
    if (!field && twin && typeof twin.focus === 'function') {
      twin.focus({ preventScroll: true });
    }
    if (answers.length || buttons.length || field) {
      // once the view's fields have drawn themselves (their own first render follows their creation)
      requestAnimationFrame(function () {
        setTimeout(function () {
          giveAnswers(view, answers, buttons);
          if (field && twin && twin.isConnected && typeof twin.focus === 'function') {
            twin.focus({ preventScroll: true });
          }
        });
      });
    }
  }

  var outlet = document.getElementById('outlet');
  var copyOnPage = document.querySelector(COPY);
  if (copyOnPage) {
    ['input', 'change'].forEach(function (type) {
      copyOnPage.addEventListener(type, changed, true);
    });
    copyOnPage.addEventListener('toggle', changed, true);
    copyOnPage.addEventListener('click', press);
  }
  if (outlet && copyOnPage) {
    new MutationObserver(function (changes, observer) {
      var view = outlet.querySelector('.portal');
      if (view) {
        observer.disconnect();
        replaceCopyWith(view);
      }
    }).observe(outlet, { childList: true, subtree: true });
  }

  if (starter.getAttribute('data-when') === 'idle') {
    var whenIdle = function () {
      (window.requestIdleCallback || function (callback) { setTimeout(callback, 1); })(start, { timeout: 2000 });
    };
    if (document.readyState === 'complete') {
      whenIdle();
    } else {
      window.addEventListener('load', whenIdle);
    }
  }
  listen(true);
})();
