/*
 * Exit this page, as the GOV.UK component behaves: a press of the button or three presses of
 * Shift within five seconds blank the screen at once, end the server session, clear this tab's
 * stored data and replace the page (not add to the history) with a neutral site.
 * So that the exit leaves no trail behind it either, moving between portal pages replaces the
 * tab's history entry instead of adding one: a plain link on a plain document (every guidance page)
 * and before Vaadin has started, Vaadin's router after (see docs/decisions/0012 and 0014). Without
 * JavaScript, links still work and add entries. Plain script, no dependencies, no inline styles or
 * scripts: it must work on pages that never start Vaadin, under a policy that allows only the
 * portal's own files.
 */
(function () {
  'use strict';

  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 5000;
  var FALLBACK_URL = 'https://www.bbc.co.uk/weather';
  var shiftTimes = [];
  var leaving = false;

  function neutralUrl() {
    var meta = document.querySelector('meta[name="exit-this-page"]');
    return (meta && meta.getAttribute('content')) || FALLBACK_URL;
  }

  function exitPage() {
    if (leaving) {
      return;
    }
    leaving = true;
    // styled here, not in the stylesheet, so it covers the page even before styles have loaded
    var overlay = document.createElement('div');
    overlay.className = 'exit-this-page-overlay';
    overlay.style.cssText = 'position:fixed;top:0;right:0;bottom:0;left:0;background:#ffffff;z-index:2147483647';
    document.documentElement.appendChild(overlay);
    document.title = '';
    try {
      window.sessionStorage.clear();
    } catch (ignored) { /* storage may be blocked */ }
    try {
      navigator.sendBeacon('/exit-this-page');
    } catch (ignored) { /* leaving matters more than the session */ }
    stayStill();
    window.location.replace(neutralUrl());
  }

  // Nothing on the page may act while the neutral site loads: a history change (Vaadin's router
  // starting, say) would cancel the navigation away, and a request would start a new session.
  function stayStill() {
    var nothing = function () {};
    try {
      window.history.pushState = nothing;
      window.history.replaceState = nothing;
      window.XMLHttpRequest.prototype.send = nothing;
      window.fetch = function () { return new Promise(nothing); };
    } catch (ignored) { /* leaving matters more */ }
  }

  // Only where there is a way out to hide: the moderators' pages keep an ordinary history.
  function withExit() {
    return !!document.querySelector('.exit-this-page');
  }

  // Vaadin's router records each move with history.pushState and offers no way to replace the
  // entry instead, so the page's own pushState replaces it. The state and address are Vaadin's.
  try {
    var push = window.history.pushState;
    var replace = window.history.replaceState;
    window.history.pushState = function (state, unused, address) {
      return (withExit() ? replace : push).call(window.history, state, unused, address);
    };
  } catch (ignored) { /* then each page adds an entry, as without JavaScript */ }

  function portalLink(event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
        || (link.target && link.target !== '_self') || link.hasAttribute('download')) {
      return null;
    }
    var address = new URL(link.href, document.baseURI);
    if (address.origin !== window.location.origin
        || (address.pathname === window.location.pathname && address.search === window.location.search
          && address.hash)) {
      return null; // another site, or a place on this very page
    }
    return address.href;
  }

  function vaadinRuns() {
    var flow = window.Vaadin && window.Vaadin.Flow;
    return !!(flow && flow.clients && Object.keys(flow.clients).length);
  }

  // The first segments of the addresses Vaadin's router serves (the report form, follow-up,
  // moderation), or the first two where the first is a language ("pl/report"), named by the pages
  // Vaadin serves; guidance pages are plain documents and name none.
  function servedByVaadin(address) {
    var meta = document.querySelector('meta[name="vaadin-addresses"]');
    var segments = meta ? (meta.getAttribute('content') || '').split(' ') : [];
    var path = new URL(address).pathname.split('/');
    return segments.indexOf(path[1]) >= 0 || segments.indexOf(path[1] + '/' + path[2]) >= 0;
  }

  // A link to a portal page loads it in place of this one: always on a plain document, and from a
  // page where Vaadin runs when the page is not Vaadin's (a guidance page is never a Vaadin view)
  // or the link asks Vaadin's router to leave it alone (another language: the page loads afresh).
  // A link to Vaadin's own pages from one where it runs is left to its router, and the override
  // above keeps its entry from being added.
  window.addEventListener('click', function (event) {
    var address = !event.defaultPrevented && !leaving && withExit() && portalLink(event);
    var routerIgnores = address && event.target.closest('a[href]').hasAttribute('router-ignore');
    if (address && (!vaadinRuns() || routerIgnores || !servedByVaadin(address))) {
      event.preventDefault();
      window.location.replace(address);
    }
  });

  function exitControl(target) {
    return target && target.closest ? target.closest('.exit-this-page') : null;
  }

  document.addEventListener('click', function (event) {
    if (exitControl(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      exitPage();
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key === ' ' && exitControl(event.target)) {
      // the control has the role of a button, so Space must press it too
      event.preventDefault();
      exitPage();
      return;
    }
    if (event.key !== 'Shift') {
      // typing a capital letter is not a request to leave
      shiftTimes = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (time) { return now - time < WINDOW_MS; });
    shiftTimes.push(now);
    if (shiftTimes.length >= SHIFT_PRESSES) {
      exitPage();
    }
  }, true);
})();
