// Upload: each file is sent on its own (XMLHttpRequest, for the progress bar) into the inbox,
// then followed by its SHA-256 until the worker has indexed it or failed it with a reason.
'use strict';

const rows = document.querySelector('#uploads tbody');
const pollMs = 2000, giveUpMs = 15 * 60 * 1000;

const outcomes = {
  queued: ['ລໍຖ້າໃນຄິວ…', 'waiting in the queue…'],
  indexed: ['ເກັບເຂົ້າຄັງແລ້ວ', 'indexed'],
  duplicate: ['ມີໃນຄັງແລ້ວ', 'duplicate: already archived'],
  failed: ['ບໍ່ສຳເລັດ', 'failed'],
};

function show(cell, state) {
  const [lao, en] = outcomes[state.status];
  cell.className = state.status;
  cell.replaceChildren(...both(lao, en));
  if (state.id) cell.append(' → ', el('a', { href: '/document.html?id=' + state.id }, '#' + state.id));
  if (state.status === 'failed') cell.append(el('div', { class: 'meta' }, [state.stage, state.error].filter(Boolean).join(': ')));
}

function send(file, headers, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/upload');
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = e => { if (e.lengthComputable) progress.value = e.loaded / e.total; };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 200 && body) resolve(body); else reject(new Error((body && body.error) || ('HTTP ' + xhr.status)));
    };
    xhr.onerror = () => reject(new Error('The server cannot be reached.'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

async function follow(sha256, cell) {
  const started = Date.now();
  while (Date.now() - started < giveUpMs) {
    await new Promise(r => setTimeout(r, pollMs));
    try {
      const state = await api('/api/upload/' + sha256);
      if (state.status !== 'queued') { show(cell, state); return; }
    } catch { /* the server may be restarting: keep trying */ }
  }
  cell.replaceChildren(...both('ຍັງລໍຖ້າ: ເບິ່ງໜ້າສະຖານະ', 'still waiting: see the Status page'));
}

async function upload(file) {
  const progress = el('progress', { max: 1, value: 0 });
  const result = el('td', {}, ...both('ກຳລັງສົ່ງ…', 'sending…'));
  rows.append(el('tr', {}, el('td', {}, file.name), el('td', {}, progress), result));
  document.getElementById('uploads').hidden = false;
  try {
    const state = await send(file, await postHeaders(), progress);
    progress.value = 1;
    show(result, state);
    if (state.status === 'queued') await follow(state.sha256, result);
  } catch (e) {
    show(result, { status: 'failed', error: e.message });
  }
}

function uploadAll(files) { for (const f of files) upload(f); }

const drop = document.getElementById('drop');
document.getElementById('files').addEventListener('change', e => { uploadAll(e.target.files); e.target.value = ''; });
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); uploadAll(e.dataTransfer.files); });
