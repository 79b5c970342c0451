// The review queue: documents with no number, date or type, pages read with low confidence, a date before what
// they cite, references found only through OCR-damaged letters; worst first, each linking to its correction form.
'use strict';

const reasonsLao = {
  'no-number': 'ບໍ່ມີເລກທີ', 'no-date': 'ບໍ່ມີວັນທີ', 'no-type': 'ບໍ່ມີປະເພດ', 'low-confidence': 'ອ່ານບໍ່ຊັດ',
  'dated-before-citation': 'ວັນທີກ່ອນເອກະສານທີ່ອ້າງອີງ', 'folded-reference': 'ເລກອ້າງອີງອ່ານຜິດບາງຕົວ',
};

(async function show() {
  const message = document.getElementById('message');
  let items;
  try { items = await api('/api/review'); }
  catch (e) { say(message, 'ອ່ານລາຍການບໍ່ໄດ້: ' + e.message, 'The review queue cannot be read.', true); return; }
  const body = document.getElementById('queue');
  body.replaceChildren(...items.map(i => el('tr', { class: 'review-item', 'data-id': i.id },
    el('td', {}, el('a', { href: `/document.html?id=${i.id}&edit=1` }, [i.documentType, i.documentNumber].filter(Boolean).join(' ') || i.title || i.file),
      el('div', { class: 'meta' }, [i.file, i.documentDate].filter(Boolean).join(' · '))),
    el('td', {}, el('ul', { class: 'reasons' }, ...i.reasons.map(r => el('li', { 'data-code': r.code }, ...both(reasonsLao[r.code] || r.code, r.detail))))),
    el('td', {}, String(i.score)))));
  if (items.length === 0) body.append(el('tr', {}, el('td', { colspan: 3, class: 'meta' }, ...both('ບໍ່ມີຫຍັງຕ້ອງກວດ', 'nothing to review'))));
})();
