/* Quizsite preview only (`mvn quizsite:serve`): reloads the page when the course was rebuilt. */
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script ? new URL(script.src).searchParams.get('v') : null;
  var events = new EventSource('/__quizsite/events');
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
})();
