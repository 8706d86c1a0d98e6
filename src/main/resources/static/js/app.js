// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // htmx requests carry the CSRF token from the page's meta tags.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', (e) => {
      e.detail.headers[header.content] = token.content;
    });
  }
  // Move focus to the error summary so screen-reader users hear it first.
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  // Copy-to-clipboard buttons (API tokens).
  document.querySelectorAll('[data-copy]').forEach((button) => {
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset.copy);
      if (target && navigator.clipboard) navigator.clipboard.writeText(target.textContent.trim());
    });
  });
});
