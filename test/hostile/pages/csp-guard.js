// Runs first on the strict-CSP page (a classic script: no inline code is allowed).
// Records every CSP / Trusted Types violation, error and download, for the test to read
// through the iframe's window (same origin).
(function () {
  const report = { violations: [], errors: [], downloads: [], pwned: [] };
  window.__hostile = report;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.target;
      const host = target && target.getRootNode && target.getRootNode().host;
      const where = target && target.nodeType === 1 ? ` on <${target.localName}${target.getAttribute('part') ? ` part="${target.getAttribute('part')}"` : ''}>${host ? ` in <${host.localName}>` : ''}` : '';
      const file = String(event.sourceFile || '').replace(/^.*\/(dist\/)/, '$1').replace(/-[\w]{8}\.js$/, '.js');
      report.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}${event.sample ? ` "${event.sample}"` : ''} (${file || 'page'})`);
    },
    true,
  );
  window.addEventListener('error', (event) => report.errors.push(String(event.message || event)));
  window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
  // Downloads offered by the export buttons: note them instead of saving files.
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) report.downloads.push({ filename: this.download, href: this.href });
  };
  // Dialogs never belong to these widgets (print is not clicked by the test).
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = () => {
      report.pwned.push(name);
    };
  }
})();
