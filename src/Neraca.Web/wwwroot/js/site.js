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

// The product form's HS suggestions: a click on a suggested code puts it into the HS code field.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button.suggestion[data-hs]');
  var field = button && document.getElementById('product-hs');
  if (field) {
    field.value = button.dataset.hs;
    field.focus();
  }
});

// Forms that destroy data ask first (data-confirm holds the question in the page's language).
document.addEventListener('submit', function (event) {
  var question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The language switch returns to the page as it is now: htmx filters change the address without reloading, so the
// server-rendered returnUrl would drop them.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList && form.classList.contains('lang-switch') && form.elements.returnUrl) {
    form.elements.returnUrl.value = window.location.pathname + window.location.search;
  }
});
