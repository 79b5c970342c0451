// One document: identity, citation (with the page when opened from a hit), the references it
// makes and receives, each page's image beside its text. Document text only via textContent.
'use strict';

const id = params.get('id');
const fromPage = Number(params.get('page')) || null;
const message = document.getElementById('message');
let editing = params.get('edit') === '1';

/** The identity fields a clerk corrects: the API's name, the view's property, Lao and English labels. */
const identityFields = [['type', 'documentType', 'ປະເພດ', 'type'], ['number', 'documentNumber', 'ເລກທີ', 'number'],
  ['date', 'documentDate', 'ລົງວັນທີ', 'date (yyyy-mm-dd)'], ['issuer', 'issuer', 'ພາກສ່ວນອອກ', 'issuer'],
  ['title', 'title', 'ຫົວຂໍ້', 'title'], ['subject', 'subject', 'ເລື່ອງ', 'subject']];

/** What the machine read where staff corrected a value (page 0 or null: identity). */
function machineValue(d, name, page) {
  return (d.corrections || []).find(c => c.field === name && (c.page || null) === (page || null));
}

function field(list, lao, en, value, corrected) {
  if ((value === null || value === undefined || value === '') && !corrected) return;
  const dd = el('dd', {}, value === null || value === undefined || value === '' ? '—' : String(value));
  if (corrected) dd.append(el('div', { class: 'machine meta' }, ...both('ເຄື່ອງອ່ານໄດ້: ' + (corrected.machineValue ?? '—'),
    `read by the machine: ${corrected.machineValue ?? 'nothing'} · corrected by ${corrected.by}`)));
  list.append(el('dt', {}, ...both(lao, en)), dd);
}

// A document of no known type is named by its title (its heading line), never only by its id.
function label(d) { return [d.documentType || d.title, d.documentNumber].filter(Boolean).join(' ') || d.file || ('#' + d.id); }

/** Sends a correction (only what changed); the page then shows the document as corrected. */
async function correct(d, body) {
  try {
    await api('/api/documents/' + d.id, { method: 'PUT', headers: { ...(await postHeaders()), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    location.replace(`/document.html?id=${d.id}&saved=1`);
  } catch (e) { say(message, 'ບັນທຶກບໍ່ໄດ້: ' + e.message, 'The correction was not saved.', true); }
}

function correctionForm(d) {
  const fields = document.getElementById('fields');
  fields.replaceChildren(...identityFields.map(([name, property, lao, en]) => {
    const corrected = machineValue(d, name);
    return el('label', {}, ...both(lao, en),
      el('input', { name, id: 'correct-' + name, value: d[property] ?? '', type: name === 'date' ? 'date' : 'text', lang: 'lo' }),
      corrected ? el('span', { class: 'machine meta' }, ...both('ເຄື່ອງອ່ານໄດ້: ' + (corrected.machineValue ?? '—'), 'read by the machine')) : null);
  }));
  const form = document.getElementById('correct');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = {};
    for (const [name, property] of identityFields) {
      const value = document.getElementById('correct-' + name).value.trim();
      if (value !== (d[property] ?? '')) body[name] = value || null;
    }
    correct(d, body);
  });
  document.getElementById('checked').addEventListener('click', () => correct(d, {}));
  form.hidden = !editing;
}

function references(target, items, describe) {
  if (items.length === 0) { target.append(el('li', { class: 'meta' }, ...both('ບໍ່ມີ', 'none'))); return; }
  for (const item of items) target.append(el('li', {}, ...describe(item)));
}

const wordKinds = ['docx', 'doc', 'odt', 'rtf'];

// Why a page has no image, or null when it has one: text files never do; Word documents only
// when LibreOffice laid them out (their searchable PDF); their text is exact either way.
function noImage(d) {
  if (d.kind === 'text') return both('ບໍ່ມີຮູບ (ໄຟລ໌ຂໍ້ຄວາມ)', 'no image: a text file');
  if (wordKinds.includes(d.kind) && !d.searchablePdf)
    return both('ບໍ່ມີຮູບ: ເອກະສານ Word ນີ້ອ່ານຈາກຂໍ້ຄວາມຂອງມັນ, ບໍ່ໄດ້ຕິດຕັ້ງ LibreOffice ເພື່ອສ້າງຮູບໜ້າ',
      'no image: this Word document was read from its own text; page images need LibreOffice (libreoffice-writer-nogui) on the server');
  return null;
}

function pageView(d, p) {
  const why = noImage(d);
  const image = why
    ? el('p', { class: 'noimage' }, ...why)
    : el('img', { src: `/api/documents/${d.id}/pages/${p.number}/image`, loading: 'lazy', alt: 'ໜ້າ ' + p.number });
  if (!why && wordKinds.includes(d.kind)) {
    // LibreOffice's layout may end before the document's last explicit page break.
    image.addEventListener('error', () => image.replaceWith(el('p', { class: 'noimage' },
      ...both('ບໍ່ມີຮູບສຳລັບໜ້ານີ້', 'no image for this page in LibreOffice\'s layout'))));
  }
  const corrected = machineValue(d, 'text', p.number);
  const heading = el('div', { class: 'meta' }, ...both('ໜ້າ ' + p.number, 'page ' + p.number),
    p.confidence === null ? '' : ` · OCR ${p.confidence}%`, corrected ? el('span', {}, ' · ', ...both('ແກ້ໄຂແລ້ວ', 'corrected by ' + corrected.by)) : '');
  let text = el('pre', { lang: 'lo' }, p.text);
  if (editing) {
    const area = el('textarea', { lang: 'lo', class: 'page-text', id: 'text-' + p.number, rows: 20 });
    area.value = p.text;
    const save = el('button', { type: 'button', class: 'save-page' }, ...both('ບັນທຶກຂໍ້ຄວາມໜ້ານີ້', 'Save this page\'s text'));
    save.addEventListener('click', () => correct(d, { pages: { [p.number]: area.value } }));
    text = el('div', { class: 'page-edit' }, area, save);
  }
  return el('section', { class: 'page' + (p.number === fromPage ? ' current' : ''), id: 'page-' + p.number },
    el('div', {}, heading, image), text);
}

async function copyCitation() {
  const box = document.getElementById('citation');
  const copied = document.getElementById('copied');
  try { await navigator.clipboard.writeText(box.value); }
  catch {
    // The clipboard API needs a secure context (https or 127.0.0.1); elsewhere select and copy.
    box.select();
    if (!document.execCommand('copy')) { say(copied, 'ສຳເນົາບໍ່ໄດ້: ກົດ Ctrl+C', 'Could not copy: press Ctrl+C.', true); return; }
  }
  say(copied, 'ສຳເນົາແລ້ວ: ' + box.value, 'Copied.');
}

async function show() {
  if (!id) { say(message, 'ບໍ່ມີເລກເອກະສານ', 'No document id in the address.', true); return; }
  if (params.get('q')) document.getElementById('back').href = '/?' + new URLSearchParams({ q: params.get('q') });
  let d, citation;
  try {
    d = await api('/api/documents/' + encodeURIComponent(id));
    citation = await api(`/api/documents/${d.id}/citation` + (fromPage ? '?page=' + fromPage : ''));
  } catch (e) { say(message, 'ເປີດເອກະສານບໍ່ໄດ້: ' + e.message, 'The document cannot be opened.', true); return; }

  document.title = label(d) + ' — DocPipeline';
  document.getElementById('title').replaceChildren(label(d));
  const identity = document.getElementById('identity');
  for (const [name, property, lao, en] of identityFields) field(identity, lao, en.replace(' (yyyy-mm-dd)', ''), d[property], machineValue(d, name));
  field(identity, 'ໄຟລ໌', 'file', d.file);
  field(identity, 'ຈຳນວນໜ້າ', 'pages', d.pageCount);
  field(identity, 'ຄວາມໝັ້ນໃຈ OCR', 'OCR confidence', d.meanConfidence === null ? null : Math.round(d.meanConfidence) + '%');
  field(identity, 'ເກັບເຂົ້າວັນທີ', 'archived', d.addedAt.slice(0, 10));
  document.getElementById('citation').value = citation.citation;
  document.getElementById('copy').addEventListener('click', copyCitation);
  document.getElementById('download').href = `/api/documents/${d.id}/original`;
  if (d.searchablePdf) {
    document.getElementById('download-pdf').href = `/api/documents/${d.id}/pdf`;
    document.getElementById('searchable').hidden = false;
  }

  references(document.getElementById('cites'), d.cites, c => [
    c.id ? el('a', { href: '/document.html?id=' + c.id }, [c.type, c.number].filter(Boolean).join(' ')) : [c.type, c.number].filter(Boolean).join(' '),
    c.date ? ' · ' + c.date : '',
    c.id ? '' : el('span', { class: 'meta' }, ' · ', ...both('ບໍ່ມີໃນຄັງ', 'not in the archive'))]);
  references(document.getElementById('citedBy'), d.citedBy, c => [
    el('a', { href: '/document.html?id=' + c.id }, label(c)), [c.documentDate, c.issuer].filter(Boolean).map(s => ' · ' + s).join('')]);

  try {
    references(document.getElementById('related'), await api(`/api/documents/${d.id}/related`), c => [
      el('a', { href: '/document.html?id=' + c.id }, label(c)), [c.documentDate, c.issuer].filter(Boolean).map(s => ' · ' + s).join('')]);
  } catch { /* the document shows without its related directives */ }

  if (await may('clerk')) {
    const edit = document.getElementById('edit');
    edit.hidden = editing;
    edit.addEventListener('click', () => {
      editing = true;
      edit.hidden = true;
      document.getElementById('correct').hidden = false;
      document.getElementById('pages').replaceChildren(...d.pages.map(p => pageView(d, p)));
    });
    correctionForm(d);
  } else editing = false;
  if (params.get('saved')) say(message, 'ບັນທຶກການແກ້ໄຂແລ້ວ', 'Correction saved.');
  try {
    const history = await api(`/api/documents/${d.id}/history`);
    document.getElementById('history').replaceChildren(...(history.length ? history.map(e => auditRow(e, false))
      : [el('tr', {}, el('td', { colspan: 4, class: 'meta' }, ...both('ບໍ່ມີການແກ້ໄຂ', 'no changes')))]));
  } catch { /* the document shows without its history */ }

  document.getElementById('pages').replaceChildren(...d.pages.map(p => pageView(d, p)));
  document.getElementById('document').hidden = false;
  if (fromPage && d.pageCount > 1) document.getElementById('page-' + fromPage)?.scrollIntoView();
}

show();
