// The 工作台 tab in Teams (/workbench/teams): ask Teams for the signed-in account's token (single sign-on), post it to the
// bot, which opens the tab's session, and go on to the workbench. Every word shown is in the page; this only chooses which.
(function () {
  'use strict';
  var tab = document.getElementById('tab');

  function show(id, reason) {
    document.getElementById('tab-working').hidden = true;
    var shown = document.getElementById(id);
    shown.hidden = false;
    var detail = shown.querySelector('.reason');
    if (detail && reason) {
      detail.textContent = reason;
    }
  }

  if (window.parent === window || typeof microsoftTeams === 'undefined') {
    show('tab-outside');
    return;
  }

  // A frame that is not Teams never answers: say so rather than wait for TeamsJS's own minute.
  var patience = setTimeout(function () { show('tab-outside'); }, 15000);
  microsoftTeams.app.initialize(JSON.parse(tab.dataset.origins))
    .then(function () {
      clearTimeout(patience);
      return microsoftTeams.authentication.getAuthToken().catch(function (error) {
        throw { teams: error && error.message ? error.message : String(error) };
      });
    })
    .then(function (token) {
      return fetch(tab.dataset.signin, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: token })
      });
    })
    .then(function (response) {
      // An answer that is not the bot's JSON (a proxy's error page) gets the page's own words.
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok || !answer.redirect) {
          throw { bot: answer.message || tab.dataset.fallback };
        }
        window.location.replace(answer.redirect);
      });
    })
    .catch(function (failure) {
      clearTimeout(patience);
      if (failure && failure.bot) {
        show('tab-refused', failure.bot);
      } else {
        show('tab-failed', failure && failure.teams ? failure.teams : String(failure));
      }
    });
}());
