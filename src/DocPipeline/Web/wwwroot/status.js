// Status: documents being read (the worker's jobs), the queue (files waiting in the inbox), the worker processes alive across
// the cluster, failures with their reasons, and a retry that puts a failed file back into the inbox. Refreshed every few seconds.
'use strict';

const message = document.getElementById('message');

function when(iso) { return iso ? new Date(iso).toLocaleString('lo-LA') : ''; }
function size(bytes) { return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.ceil(bytes / 1024) + ' KB'; }
function none(columns) { return el('tr', {}, el('td', { colspan: columns, class: 'meta' }, ...both('ບໍ່ມີ', 'none'))); }

async function retry(failure, button) {
  button.disabled = true;
  try {
    const r = await api(`/api/status/failed/${encodeURIComponent(failure.name)}/retry`, { method: 'POST', headers: await postHeaders() });
    say(message, 'ສົ່ງກັບເຂົ້າຄິວແລ້ວ: ' + r.file, 'Back in the queue.');
  } catch (e) { say(message, 'ລອງໃໝ່ບໍ່ໄດ້: ' + e.message, 'Retry failed.', true); }
  refresh();
}

async function refresh() {
  let s;
  try { s = await api('/api/status'); }
  catch (e) { say(message, 'ອ່ານສະຖານະບໍ່ໄດ້: ' + e.message, 'The status cannot be read.', true); return; }
  document.getElementById('summary').replaceChildren(
    ...both(`ເອກະສານໃນຄັງ ${s.documents} · ກຳລັງອ່ານ ${s.jobs.length} · ລໍຖ້າ ${s.inbox.length} · ບໍ່ສຳເລັດ ${s.failures.length}`,
      `${s.documents} archived · ${s.jobs.length} being read · ${s.inbox.length} waiting · ${s.failures.length} failed`));
  const jobs = document.getElementById('jobs');
  jobs.replaceChildren(...s.jobs.map(j => el('tr', {}, el('td', {}, j.file),
    el('td', {}, ...(j.state === 'running' ? both('ກຳລັງອ່ານ', 'reading') : both('ລໍຖ້າ', 'queued'))),
    el('td', {}, String(j.pagesDone)), el('td', {}, when(j.since)))));
  if (s.jobs.length === 0) jobs.append(none(4));
  const queue = document.getElementById('queue');
  queue.replaceChildren(...s.inbox.map(f => el('tr', {}, el('td', {}, f.file), el('td', {}, size(f.size)), el('td', {}, when(f.modified)))));
  if (s.inbox.length === 0) queue.append(none(3));
  const workers = document.getElementById('workers');
  workers.replaceChildren(...s.workers.map(w => el('tr', {}, el('td', {}, w.host), el('td', {}, String(w.pid)),
    el('td', {}, String(w.jobsRunning)), el('td', {}, String(w.pagesDone)), el('td', {}, when(w.started)), el('td', {}, when(w.lastHeartbeat)))));
  if (s.workers.length === 0) workers.append(none(6));
  const failures = document.getElementById('failures');
  failures.replaceChildren(...s.failures.map(f => {
    const button = el('button', { type: 'button', class: 'quiet' }, ...both('ລອງໃໝ່', 'retry'));
    button.addEventListener('click', () => retry(f, button));
    return el('tr', {}, el('td', {}, f.file || f.name), el('td', {}, f.stage || ''), el('td', {}, f.error || ''), el('td', {}, when(f.time)), el('td', {}, button));
  }));
  if (s.failures.length === 0) failures.append(none(5));
}

refresh();
setInterval(refresh, 5000);
