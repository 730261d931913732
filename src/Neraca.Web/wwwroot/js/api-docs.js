// Starts the Scalar API reference on /api/docs (Scalar's own page would need an inline script).
(function () {
  'use strict';
  var host = document.getElementById('api-reference');
  if (host && window.Scalar) {
    window.Scalar.createApiReference(host, {
      url: host.dataset.openapi,
      withDefaultFonts: false,
      // System fonts only: Scalar's stylesheet names web fonts on its own host, which the CSP blocks (no outside calls).
      customCss: ':root { --scalar-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; ' +
        '--scalar-font-code: ui-monospace, "DejaVu Sans Mono", monospace; }',
      hideClientButton: false
    });
  }
})();
