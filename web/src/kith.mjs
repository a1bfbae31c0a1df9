// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend's inline "js-enabled" snippet lives here so that the CSP can forbid inline script.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
