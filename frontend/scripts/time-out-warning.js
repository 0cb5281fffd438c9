/*
 * The report form's time-out warning and lost-connection message (decision record 0025).
 *
 * The server arms the warning on every page of the form with the idle time and how long before
 * its end to warn. The clock runs here, in the browser, so opening the warning costs no request
 * (a request would count as activity and move the end). It restarts whenever a round trip to the
 * server finishes, as the server's own idle time does. The end is kept as a moment, not a timer
 * alone: a phone that slept through it finds it passed as soon as the page is seen again.
 *
 * At the warning, the native <dialog> opens as a modal (the rest of the page inert and, by the
 * stylesheet, not drawn), takes the focus and says how long is left; a live region repeats that each minute and in the last half
 * minute. Escape counts as "Keep going". At the end the page that says the answers were deleted
 * opens, and deletes them.
 *
 * While the connection is lost, Vaadin's own indicator shows that the answers are kept and that it
 * keeps trying (words set by the server, made plain to see by the stylesheet); a status region in
 * the page says the same to a screen reader, and says when the connection is back.
 * Plain script, no dependencies.
 */
(function () {
  'use strict';

  var state = null;
  var RECHECK_MS = 15000;
  /** On the root while the warning is open: the stylesheet then draws nothing of the page behind it. */
  var OPEN = 'time-out-open';

  function words(dialog, ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return minutes === 1 ? dialog.dataset.minute : dialog.dataset.minutes.replace('{0}', minutes);
    }
    return seconds === 1 ? dialog.dataset.second : dialog.dataset.seconds.replace('{0}', seconds);
  }

  function sentence(dialog, ms) {
    return dialog.dataset.sentence.replace('{0}', words(dialog, ms));
  }

  function clear() {
    if (state) {
      clearTimeout(state.timer);
      clearInterval(state.ticker);
    }
  }

  function arm(dialog, idleSeconds, warningSeconds) {
    clear();
    var now = Date.now();
    state = {
      dialog: dialog,
      idle: idleSeconds * 1000,
      warning: warningSeconds * 1000,
      deadline: now + idleSeconds * 1000,
      timer: null,
      ticker: null,
      announced: null,
      ended: false
    };
    if (dialog.open) {
      dialog.close();
    }
    document.documentElement.classList.remove(OPEN);
    if (!dialog.__reportTimeOut) {
      dialog.__reportTimeOut = true;
      dialog.addEventListener('close', function () {
        document.documentElement.classList.remove(OPEN);
      });
      // the answers are being deleted and another page comes: the page is drawn again at once
      var leave = dialog.querySelector('#delete-answers');
      if (leave) {
        leave.addEventListener('click', function () {
          dialog.close();
        });
      }
    }
    check();
  }

  /** Round trips to the server restart the clock, unless the warning is already showing. */
  function restart() {
    if (state && !state.ended && !state.dialog.open && state.dialog.isConnected) {
      state.deadline = Date.now() + state.idle;
      check();
    }
  }

  function check() {
    if (!state || state.ended) {
      return;
    }
    if (!state.dialog.isConnected) {
      clear();
      state = null;
      document.documentElement.classList.remove(OPEN);
      return;
    }
    clearTimeout(state.timer);
    var left = state.deadline - Date.now();
    if (left <= 0) {
      end();
    } else if (left <= state.warning) {
      warn();
    } else {
      // woken often: timers of a hidden or sleeping page run late, the moment does not
      state.timer = setTimeout(check, Math.min(left - state.warning, RECHECK_MS));
    }
  }

  function warn() {
    var dialog = state.dialog;
    if (!dialog.open) {
      // the dialog's description says the time left as the focus moves in: the live region starts after that
      state.announced = mark(state.deadline - Date.now());
      document.documentElement.classList.add(OPEN);
      dialog.showModal();
      dialog.focus();
    }
    tick();
    clearInterval(state.ticker);
    state.ticker = setInterval(tick, 1000);
  }

  function tick() {
    var dialog = state.dialog;
    if (!dialog.isConnected) {
      // the form's page has gone (another page of the portal is showing)
      clear();
      state = null;
      document.documentElement.classList.remove(OPEN);
      return;
    }
    var left = state.deadline - Date.now();
    if (left <= 0) {
      end();
      return;
    }
    var text = sentence(dialog, left);
    dialog.querySelector('.time-out-left').textContent = text;
    var now = mark(left);
    if (now !== state.announced) {
      state.announced = now;
      dialog.querySelector('.time-out-announcement').textContent = text;
    }
  }

  /** The live region speaks less often than the visible text changes: each new minute, then at 30 and 10 seconds. */
  function mark(left) {
    var seconds = Math.ceil(left / 1000);
    return seconds > 60 ? 'm' + Math.ceil(seconds / 60) : seconds > 30 ? 'm1' : seconds > 10 ? 's30' : 's10';
  }

  /**
   * The server deletes the answers and shows the page that says so; opening that page deletes
   * nothing. Where the server cannot be asked (the session or the connection has gone), the page
   * is opened here, replacing this one in the history as every move between the portal's pages
   * does; the kept draft is then past its own expiry.
   */
  function end() {
    clearInterval(state.ticker);
    clearTimeout(state.timer);
    state.ended = true;
    var ended = state.dialog.dataset.ended;
    var server = state.dialog.parentElement && state.dialog.parentElement.$server;
    if (server && typeof server.timedOut === 'function') {
      // another page comes in place of this one, drawn at once, as after "Delete my answers now"
      if (state.dialog.open) {
        state.dialog.close();
      }
      Promise.resolve(server.timedOut()).catch(function () {
        window.location.replace(ended);
      });
    } else {
      window.location.replace(ended);
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      check();
    }
  });

  document.addEventListener('cancel', function (event) {
    if (state && event.target === state.dialog) {
      // Escape: the reporter is there, which is all "Keep going" asks
      event.preventDefault();
      var keep = state.dialog.querySelector('#keep-going');
      if (keep) {
        keep.click();
      }
    }
  }, true);

  function connectionChanged(previous, next) {
    if (next === 'connected') {
      restart();
    }
    var status = document.getElementById('connection-status');
    if (!status) {
      return;
    }
    var lost = next === 'reconnecting' || next === 'connection-lost';
    if (lost) {
      status.textContent = next === 'reconnecting' ? status.dataset.reconnecting : status.dataset.lost;
    } else if (status.textContent) {
      status.textContent = status.dataset.back;
      setTimeout(function () {
        if (status.textContent === status.dataset.back) {
          status.textContent = '';
        }
      }, 10000);
    }
  }

  function watchConnection() {
    var connection = window.Vaadin && window.Vaadin.connectionState;
    if (connection && !connection.__reportTimeOut) {
      connection.__reportTimeOut = true;
      connection.addStateChangeListener(connectionChanged);
    }
  }

  window.reportTimeOut = {
    arm: function (dialog, idleSeconds, warningSeconds) {
      watchConnection();
      arm(dialog, idleSeconds, warningSeconds);
    }
  };
})();
