/**
 * The docs page's start-up script, served as a file of its own
 * (/api/docs/init.js) so that the page's policy allows no inline script.
 *
 * - persistAuthorization stays off: it would keep the bearer token in
 *   localStorage, where any script on this origin could read it long after the
 *   tab is closed. Access tokens from the password grant last 15 minutes anyway,
 *   and a personal token is one paste away.
 * - validatorUrl null: Swagger UI otherwise shows a badge fetched from
 *   validator.swagger.io, a request to another host.
 * - withCredentials off: try-it sends the Authorize token, not the log-in
 *   cookie, so that it behaves as a script would.
 */
export const SWAGGER_INIT_SCRIPT = `"use strict";
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    validatorUrl: null,
    withCredentials: false,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
`;
