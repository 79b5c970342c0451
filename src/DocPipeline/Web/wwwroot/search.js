// The search page: the query lives in the address (so Back and shared links work), results
// come from /api/search, every piece of document text goes in through textContent.
'use strict';

const pageSize = 20;
const form = document.getElementById('search');
const fields = ['q', 'type', 'issuer', 'year', 'from', 'to', 'sort'].map(id => document.getElementById(id));
const results = document.getElementById('results');
const message = document.getElementById('message');
const pager = document.getElementById('pager');
const facets = document.getElementById('facets');

async function fillTypes() {
  const select = document.getElementById('type');
  try {
    for (const t of await api('/api/types')) select.append(el('option', { value: t }, t));
    select.value = params.get('type') || '';
  } catch { /* the filter stays at "all" */ }
}

function queryFromForm(offset) {
  const p = new URLSearchParams();
  for (const f of fields) if (f.value.trim()) p.set(f.id, f.value.trim());
  if (offset) p.set('offset', offset);
  return p;
}

function apiQuery(p) {
  const a = new URLSearchParams({ q: p.get('q') || '', limit: pageSize, offset: p.get('offset') || 0 });
  for (const name of ['type', 'issuer', 'from', 'to', 'sort']) if (p.get(name)) a.set(name, p.get(name));
  if (p.get('year')) { a.set('from', p.get('year')); a.set('to', p.get('year')); }
  return a;
}

function hitView(h, query) {
  const link = new URLSearchParams({ id: h.id, page: h.page, q: query });
  const title = [h.documentType, h.documentNumber].filter(Boolean).join(' ') || h.title || h.file;
  return el('article', { class: 'hit' },
    el('div', { class: 'title' }, el('a', { href: '/document.html?' + link }, title)),
    el('div', { class: 'meta' },
      [h.documentDate, h.issuer, h.file].filter(Boolean).join(' · '), ' · ', ...both('ໜ້າ ' + h.page, 'page ' + h.page)),
    el('div', { class: 'snippet' }, marked(h.snippet)));
}

// Facet counts beside the results: each value a button that sets its filter and searches again.
function facetView(body) {
  const groups = [['type', 'ປະເພດ', 'type'], ['issuer', 'ຜູ້ອອກ', 'issuer'], ['year', 'ປີ', 'year']];
  facets.replaceChildren(...groups.filter(([name]) => (body.facets?.[name] || []).length > 0).map(([name, lao, en]) =>
    el('div', { class: 'facet' },
      el('div', { class: 'meta' }, ...both(lao, en)),
      ...body.facets[name].map(f => {
        const button = el('button', { type: 'button', class: 'quiet', 'data-facet': name }, f.value + ' (' + f.count + ')');
        button.addEventListener('click', () => { setFilter(name, f.value); go(0); });
        return button;
      }))));
}

function setFilter(name, value) {
  const field = document.getElementById(name);
  if (name === 'type' && ![...field.options].some(o => o.value === value)) field.append(el('option', { value }, value));
  field.value = value;
}

async function run(p) {
  results.replaceChildren();
  facets.replaceChildren();
  pager.hidden = true;
  if (!(p.get('q') || '').trim()) { say(message, 'ກະລຸນາພິມຄຳຄົ້ນ ຫຼື ເລກທີເອກະສານ', 'Type a word or a reference number.'); return; }
  say(message, 'ກຳລັງຄົ້ນຫາ…', 'Searching…');
  let body;
  try { body = await api('/api/search?' + apiQuery(p)); }
  catch (e) { say(message, 'ຄົ້ນຫາບໍ່ສຳເລັດ: ' + e.message, 'The search failed.', true); return; }
  const offset = body.offset;
  if (body.hits.length === 0) {
    say(message, offset > 0 ? 'ບໍ່ມີຜົນເພີ່ມເຕີມ' : 'ບໍ່ພົບເອກະສານທີ່ກົງກັບຄຳຄົ້ນ ຫຼື ຕົວກັ່ນຕອງ',
        offset > 0 ? 'No more results.' : 'No document matches these words and filters.');
    return;
  }
  message.replaceChildren();
  facetView(body);
  results.append(...body.hits.map(h => hitView(h, p.get('q'))));
  pager.hidden = offset === 0 && !body.more;
  document.getElementById('previous').disabled = offset === 0;
  document.getElementById('next').disabled = !body.more;
  document.getElementById('range').textContent = (offset + 1) + '–' + (offset + body.hits.length);
}

function go(offset) {
  const p = queryFromForm(offset);
  history.pushState(null, '', '/?' + p);
  run(p);
}

form.addEventListener('submit', e => { e.preventDefault(); go(0); });
document.getElementById('sort').addEventListener('change', () => { if (fields[0].value.trim()) go(0); });

// Suggestions as you type: the index's issuers, reference numbers and frequent words starting with the last word typed.
let suggesting;
fields[0].addEventListener('input', () => {
  clearTimeout(suggesting);
  suggesting = setTimeout(async () => {
    const typed = fields[0].value;
    const last = typed.split(/\s+/).pop();
    const list = document.getElementById('suggestions');
    if (!last) { list.replaceChildren(); return; }
    try {
      const head = typed.slice(0, typed.length - last.length);
      list.replaceChildren(...(await api('/api/suggest?' + new URLSearchParams({ q: last }))).map(s => el('option', { value: head + s })));
    } catch { list.replaceChildren(); }
  }, 150);
});
document.getElementById('previous').addEventListener('click', () => go(Math.max(0, Number(addressQuery().get('offset') || 0) - pageSize)));
document.getElementById('next').addEventListener('click', () => go(Number(addressQuery().get('offset') || 0) + pageSize));
window.addEventListener('popstate', () => { fillForm(addressQuery()); run(addressQuery()); });

function addressQuery() { return new URLSearchParams(location.search); }
function fillForm(p) { for (const f of fields) if (f.id !== 'type') f.value = p.get(f.id) || ''; document.getElementById('type').value = p.get('type') || ''; }

fillTypes().then(() => { fillForm(params); if (params.get('q')) run(params); });
