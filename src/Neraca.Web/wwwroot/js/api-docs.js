// Starts the Scalar API reference on /api/docs (Scalar's own page would need an inline script).
(function () {
  'use strict';
  var host = document.getElementById('api-reference');
  if (host && window.Scalar) {
    window.Scalar.createApiReference(host, {
      url: host.dataset.openapi,
      withDefaultFonts: false,
      hideClientButton: false
    });
  }
})();
