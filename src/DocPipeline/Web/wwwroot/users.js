// Accounts, for administrators: add one, change a role, unlock, remove. The server checks the role again and audits each change.
'use strict';

const message = document.getElementById('message');

async function send(method, url, body) {
  try {
    render(await api(url, { method, headers: { ...(await postHeaders()), 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined }));
    say(message, 'ບັນທຶກແລ້ວ', 'Saved.');
  } catch (e) { say(message, 'ບໍ່ສຳເລັດ: ' + e.message, 'Not done.', true); }
}

function render(users) {
  document.getElementById('users').replaceChildren(...users.map(u => {
    const role = el('select', { 'aria-label': 'role of ' + u.name }, ...['reader', 'clerk', 'admin'].map(r => el('option', { value: r, selected: r === u.role }, r)));
    role.addEventListener('change', () => send('PUT', '/api/users/' + encodeURIComponent(u.name), { role: role.value }));
    const unlock = el('button', { type: 'button', class: 'quiet', hidden: !u.locked }, ...both('ປົດລັອກ', 'unlock'));
    unlock.addEventListener('click', () => send('PUT', '/api/users/' + encodeURIComponent(u.name), { unlock: true }));
    const remove = el('button', { type: 'button', class: 'quiet' }, ...both('ລຶບ', 'remove'));
    remove.addEventListener('click', () => { if (confirm('Remove ' + u.name + '?')) send('DELETE', '/api/users/' + encodeURIComponent(u.name)); });
    return el('tr', { class: 'account', 'data-name': u.name }, el('td', {}, u.name), el('td', {}, role),
      el('td', {}, u.locked ? el('span', { class: 'failed' }, ...both('ຖືກລັອກ', 'locked')) : ''), el('td', {}, unlock, ' ', remove));
  }));
}

document.getElementById('add').addEventListener('submit', event => {
  event.preventDefault();
  const password = document.getElementById('new-password');
  send('POST', '/api/users', { name: document.getElementById('new-name').value, role: document.getElementById('new-role').value, password: password.value });
  password.value = '';
});

api('/api/users').then(render, e => say(message, 'ອ່ານບັນຊີບໍ່ໄດ້: ' + e.message, 'The accounts cannot be read.', true));
