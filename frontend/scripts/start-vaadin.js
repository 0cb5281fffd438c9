/*
 * Starts Vaadin on a page whose first response already holds the page (PrerenderedPages).
 * The page is readable, its links work and "Exit this page" works before this runs; Vaadin's
 * theme and script are added only at the visitor's first tap, key (not Tab or a modifier) or wheel turn
 * (data-when="interaction"), or once the browser is idle after loading (data-when="idle").
 * When Vaadin's view arrives, the stylesheet hides the copy in the same style pass and this
 * removes it, keeping the focus on the same place in the view.
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

  function replaceCopyWith(view) {
    var copy = document.querySelector(COPY);
    if (!copy) {
      return;
    }
    var focused = document.activeElement;
    var path = copy.contains(focused) && focused !== copy ? pathOf(focused, copy) : null;
    copy.remove();
    var twin = path && follow(view, path);
    if (twin && typeof twin.focus === 'function') {
      twin.focus({ preventScroll: true });
    }
  }

  var outlet = document.getElementById('outlet');
  if (outlet && document.querySelector(COPY)) {
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
