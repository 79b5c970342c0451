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

(function navigation() {
  const links = [['/', 'ຄົ້ນຫາ', 'Search'], ['/upload.html', 'ສົ່ງເອກະສານ', 'Upload'], ['/status.html', 'ສະຖານະ', 'Status']];
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const nav = el('nav', {}, el('span', { class: 'brand' }, 'DocPipeline', el('span', { class: 'en', lang: 'en' }, 'Lao directives archive')));
  for (const [href, lao, en] of links) nav.append(el('a', { href, 'aria-current': href === here ? 'page' : null }, ...both(lao, en)));
  document.body.prepend(el('header', { class: 'site' }, nav));
})();
