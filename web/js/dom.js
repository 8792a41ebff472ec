// Small DOM helpers. Every piece of article text reaches the page as a text node; the one exception is the
// API's highlighted HTML, and even that is rebuilt here from text nodes and <mark> elements only.
// Elements holding article text (titles, snippets, sources, paragraphs) get dir="auto": each is a bidi isolate, so a
// right-to-left override character in a title reorders nothing outside it.

/**
 * Creates an element. attrs: plain attributes, except `text` (textContent), `className`, `dataset` (object),
 * and `on` (event name → handler). children: nodes, strings (as text) or null (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAll(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; geometry goes in attributes, which the Content-Security-Policy allows. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAll(node, attrs);
  append(node, children);
  return node;
}

function setAll(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of a node and appends the given ones. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const inert = new DOMParser();

/**
 * The API's highlighted text ("escaped text with <mark>…</mark>") as DOM nodes. It is parsed in an inert
 * document (nothing runs or loads there) and only its text and <mark> elements are carried over, so even a
 * wrong answer from the server could not put markup or script into the page.
 */
export function markedText(html) {
  const fragment = document.createDocumentFragment();
  const body = inert.parseFromString(`<body>${html || ''}</body>`, 'text/html').body;
  const copy = (from, to) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) to.append(document.createTextNode(child.data));
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName === 'mark') {
        to.append(el('mark', {}, child.textContent));
      } else if (child.nodeType === Node.ELEMENT_NODE) copy(child, to);
    }
  };
  copy(body, fragment);
  return fragment;
}

/** Only http(s) addresses become links: never javascript:, data: or anything else. */
export function safeHttpUrl(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-12-02" → "2 Dec 2022"; "2022-12" → "Dec 2022"; anything else as given. */
export function formatDate(value) {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] || mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** True when a click should be left to the browser (new tab, new window, download). */
export function isModifiedClick(event) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}
