/*
 * Keeping the reference and secret key of a report just sent (ReportReceivedView). Everything
 * happens in the browser: the key is read from the page and never sent anywhere, so it cannot
 * reach a server log or an address.
 * - Copy: the Clipboard API; where the browser refuses, the words are selected and copied the
 *   old way, and where that fails too the reporter is told to copy or write them down by hand.
 * - Save as a file: a small text file made here, under a name that says nothing about the portal.
 * - Print: the print stylesheet shows only the reference, the key and the follow-up address.
 * - While the key has been neither copied, saved nor printed, leaving or reloading the page asks
 *   first. Never when the visitor presses "Exit this page": a way out must never be held up.
 * Messages come from the page (data attributes written from the message bundle). Plain script,
 * no dependencies; the page's state is in its markup, so it holds however Vaadin redraws.
 */
(function () {
  'use strict';

  if (window.keepTheKeyLoaded) {
    return;
  }
  window.keepTheKeyLoaded = true;

  var SHEET = '.key-sheet';

  function sheet() {
    return document.querySelector(SHEET);
  }

  /** The key is shown and not yet kept anywhere. */
  function unsaved() {
    var shown = sheet();
    return !!shown && shown.getAttribute('data-key-kept') !== 'true';
  }

  function exiting() {
    return !!document.querySelector('.exit-this-page-overlay');
  }

  function kept() {
    var shown = sheet();
    if (shown) {
      shown.setAttribute('data-key-kept', 'true');
    }
  }

  function say(message) {
    var status = document.getElementById('keep-status');
    if (!status) {
      return;
    }
    // emptied first, so that the same words said twice are announced twice
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function message(name) {
    var shown = sheet();
    return (shown && shown.getAttribute('data-' + name)) || '';
  }

  function textOf(id) {
    var element = document.getElementById(id);
    return element ? element.textContent.trim() : '';
  }

  function selectWords(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** The old way, for browsers that refuse the Clipboard API: copy what is selected. */
  function copyBySelection(element) {
    selectWords(element);
    try {
      return document.execCommand('copy');
    } catch (refused) {
      return false;
    }
  }

  function copy(button) {
    var which = button.getAttribute('data-keep-copy');
    var element = document.getElementById(which === 'key' ? 'follow-up-key' : 'reference');
    if (!element) {
      return;
    }
    var done = function () {
      if (which === 'key') {
        kept();
      }
      say(message('copied-' + which));
    };
    var byHand = function () {
      if (copyBySelection(element)) {
        done();
      } else {
        // left selected, so that a long press or the browser's menu can copy it
        selectWords(element);
        say(message('copy-refused'));
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(element.textContent.trim()).then(done, byHand);
    } else {
      byHand();
    }
  }

  function save() {
    var lines = [
      message('label-reference') + ' ' + textOf('reference'),
      message('label-key') + ' ' + textOf('follow-up-key'),
      message('label-address') + ' ' + textOf('follow-up-address')
    ];
    var file = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/plain;charset=utf-8' });
    var address = URL.createObjectURL(file);
    var link = document.createElement('a');
    link.href = address;
    link.download = message('file-name');
    // neither the portal's history handling nor Vaadin's router may treat this as a page to open
    link.setAttribute('router-ignore', '');
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(address); }, 60000);
    kept();
    say(message('saved'));
  }

  function print() {
    kept();
    window.print();
  }

  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('[data-keep]') : null;
    if (!button || !sheet()) {
      return;
    }
    var action = button.getAttribute('data-keep');
    if (action === 'copy') {
      copy(button);
    } else if (action === 'save') {
      save();
    } else if (action === 'print') {
      print();
    }
  });

  // Printed from the browser's own menu counts as kept too.
  window.addEventListener('afterprint', function () {
    if (sheet()) {
      kept();
    }
  });

  function leavingLink(event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || link.closest('.exit-this-page') || link.hasAttribute('download') || event.button !== 0
        || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
        || (link.target && link.target !== '_self')) {
      return false;
    }
    var address = new URL(link.href, document.baseURI);
    if (address.protocol !== 'http:' && address.protocol !== 'https:') {
      return false; // a phone call from the emergency banner leaves nothing behind
    }
    // a place on this very page, such as the skip link
    return !(address.pathname === window.location.pathname && address.search === window.location.search
      && address.hash);
  }

  // A link within the portal is often followed by Vaadin's router, with no unload to warn at:
  // the same question is asked here, before the router or the exit script's history handling.
  document.addEventListener('click', function (event) {
    if (!unsaved() || exiting() || event.defaultPrevented || !leavingLink(event)) {
      return;
    }
    if (window.confirm(message('leave'))) {
      sheet().setAttribute('data-leave-confirmed', 'true'); // asked once: not again as the page unloads
    } else {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  window.addEventListener('beforeunload', function (event) {
    var shown = sheet();
    if (!unsaved() || exiting() || shown.getAttribute('data-leave-confirmed') === 'true') {
      return;
    }
    // browsers show their own words; both calls are needed across browsers
    event.preventDefault();
    event.returnValue = '';
  });
})();
