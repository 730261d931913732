// Neraca: the only script of our own. No inline scripts anywhere (Content-Security-Policy: script-src 'self').
(function () {
  'use strict';
  // Every htmx request carries the antiforgery token from the page's <meta name="antiforgery-token">.
  document.addEventListener('htmx:configRequest', function (event) {
    var meta = document.querySelector('meta[name="antiforgery-token"]');
    if (meta && meta.content) {
      event.detail.headers[meta.dataset.header || 'RequestVerificationToken'] = meta.content;
    }
  });
})();
