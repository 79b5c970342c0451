// Shared by every page: building elements (text only ever through textContent), the two
// languages, calls to the JSON API, the anti-forgery token and the navigation bar.
'use strict';

/** An element with text children only: strings become text nodes, never markup. */
function el(tag, attributes, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v; else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** Lao text with its English beside it, smaller. */
function both(lao, english) {
  return [document.createTextNode(lao), el('span', { class: 'en', lang: 'en' }, english)];
}

/** Writes a message (Lao and English) into an element; `error` colours it. */
function say(target, lao, english, error) {
  target.className = 'message' + (error ? ' error' : '');
  target.replaceChildren(...both(lao, english));
}

/** A search snippet with the matched words, which the API wraps in «», as <mark>. */
function marked(snippet) {
  const span = el('span');
  for (const part of (snippet || '').split(/(«[^»]*»)/)) {
    if (part.startsWith('«') && part.endsWith('»')) span.append(el('mark', {}, part.slice(1, -1)));
    else if (part) span.append(part);
  }
  return span;
}

/** Calls the JSON API; a failure throws an Error carrying the server's reason. */
async function api(url, options) {
  let response;
  try { response = await fetch(url, options); }
  catch (e) { throw new Error('The server cannot be reached (' + e.message + ').'); }
  let body = null;
  try { body = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) throw Object.assign(new Error((body && body.error) || ('HTTP ' + response.status)), { status: response.status });
  return body;
}

let antiforgery = null;
/** Headers for a POST: the anti-forgery token ASP.NET Core checks. One request for the page's
 *  lifetime, shared by uploads started together (two requests would set two different cookies). */
async function postHeaders() {
  antiforgery = antiforgery || api('/api/antiforgery');
  const a = await antiforgery;
  return { [a.header]: a.token };
}

const params = new URLSearchParams(location.search);

/** Who is logged in ({name, role, accounts}); the pages show what the role may do (the server checks it again). */
const me = api('/api/me').catch(() => ({ name: null, role: null, accounts: true }));
const ranks = { reader: 1, clerk: 2, admin: 3 };
/** Whether the logged-in account has at least this role. */
async function may(role) { return (ranks[(await me).role] || 0) >= ranks[role]; }

(function navigation() {
  const links = [['/', 'ຄົ້ນຫາ', 'Search', 'reader'], ['/upload.html', 'ສົ່ງເອກະສານ', 'Upload', 'clerk'], ['/status.html', 'ສະຖານະ', 'Status', 'reader'],
    ['/review.html', 'ກວດສອບ', 'Review', 'clerk'], ['/audit.html', 'ບັນທຶກການກະທຳ', 'Audit', 'admin'], ['/users.html', 'ຜູ້ໃຊ້', 'Accounts', 'admin']];
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const nav = el('nav', {}, el('span', { class: 'brand' }, 'DocPipeline', el('span', { class: 'en', lang: 'en' }, 'Lao directives archive')));
  document.body.prepend(el('header', { class: 'site' }, nav));
  me.then(async who => {
    if (!who.role) return;
    for (const [href, lao, en, role] of links)
      if (await may(role)) nav.append(el('a', { href, 'aria-current': href === here ? 'page' : null }, ...both(lao, en)));
    if (!who.accounts) return;
    const out = el('button', { type: 'button', class: 'quiet', id: 'logout' }, ...both('ອອກຈາກລະບົບ', 'log out'));
    out.addEventListener('click', async () => {
      await fetch('/logout', { method: 'POST', headers: await postHeaders() });
      location.href = '/login';
    });
    nav.append(el('span', { class: 'user meta', id: 'user' }, who.name + ' · ' + who.role), out);
  });
})();
