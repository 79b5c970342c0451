// The audit log, newest first: logins (and failed ones), uploads, corrections with old and new value, retries, account changes.
'use strict';

/** One audit entry as a table row; shared with the document page's history. */
function auditRow(e, withDocument) {
  const change = e.field ? `${e.field}: ${e.oldValue ?? '∅'} → ${e.newValue ?? '∅'}` : (e.newValue ?? '');
  return el('tr', { class: 'audit-entry' }, el('td', {}, new Date(e.at).toLocaleString('lo-LA')), el('td', {}, e.user),
    ...(withDocument ? [el('td', {}, e.address || ''), el('td', {}, e.action),
      el('td', {}, e.document ? el('a', { href: '/document.html?id=' + e.document }, '#' + e.document) : '')] : [el('td', {}, e.action)]),
    el('td', {}, change));
}

if (location.pathname === '/audit.html') (async function show() {
  try {
    const entries = await api('/api/audit');
    document.getElementById('entries').replaceChildren(...entries.map(e => auditRow(e, true)));
  } catch (e) { say(document.getElementById('message'), 'ອ່ານບັນທຶກບໍ່ໄດ້: ' + e.message, 'The audit log cannot be read.', true); }
})();
