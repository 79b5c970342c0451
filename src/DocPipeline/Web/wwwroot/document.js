// One document: identity, citation (with the page when opened from a hit), the references it
// makes and receives, each page's image beside its text. Document text only via textContent.
'use strict';

const id = params.get('id');
const fromPage = Number(params.get('page')) || null;
const message = document.getElementById('message');

function field(list, lao, en, value) {
  if (value === null || value === undefined || value === '') return;
  list.append(el('dt', {}, ...both(lao, en)), el('dd', {}, String(value)));
}

function label(d) { return [d.documentType, d.documentNumber].filter(Boolean).join(' ') || ('#' + d.id); }

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
  return el('section', { class: 'page' + (p.number === fromPage ? ' current' : ''), id: 'page-' + p.number },
    el('div', {}, el('div', { class: 'meta' }, ...both('ໜ້າ ' + p.number, 'page ' + p.number)), image),
    el('pre', { lang: 'lo' }, p.text));
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
  field(identity, 'ປະເພດ', 'type', d.documentType);
  field(identity, 'ເລກທີ', 'number', d.documentNumber);
  field(identity, 'ລົງວັນທີ', 'date', d.documentDate);
  field(identity, 'ພາກສ່ວນອອກ', 'issuer', d.issuer);
  field(identity, 'ເລື່ອງ', 'subject', d.subject);
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

  document.getElementById('pages').replaceChildren(...d.pages.map(p => pageView(d, p)));
  document.getElementById('document').hidden = false;
  if (fromPage && d.pageCount > 1) document.getElementById('page-' + fromPage)?.scrollIntoView();
}

show();
