// The article view: the whole text with persons and countries marked from the API's mention offsets, the
// metadata, and related coverage. Article text only ever becomes text nodes; marks are elements around them.

import { el, formatDate, replaceChildren, safeHttpUrl } from './dom.js';

/** actions: link(changes) → {href, onclick}; back: {href, onclick} of the results. */
export function renderArticle(container, article, state, actions, back) {
  const meta = [];
  if (article.date) meta.push(el('time', { datetime: article.date, text: formatDate(article.date) }));
  if (article.source) meta.push(el('span', { className: 'source', dir: 'auto', text: article.source }));
  if (article.language) meta.push(el('span', { className: 'language', text: article.language }));
  const url = safeHttpUrl(article.url);
  const persons = article.persons || [];
  const countries = article.countries || [];
  replaceChildren(container,
    el('nav', { className: 'reader-nav' },
      el('a', { className: 'back', href: back.href, on: { click: back.onclick } }, '← Back to results')),
    el('header', { className: 'reader-head' },
      meta.length ? el('p', { className: 'kicker' }, meta.flatMap((m, i) => [i ? el('span', {
        className: 'sep', 'aria-hidden': 'true', text: '·' }) : null, m])) : null,
      el('h1', { id: 'article-title', tabindex: '-1', dir: 'auto' },
        article.title ? markMentions(article.title, 'title', persons, countries)
          : document.createTextNode('Untitled article')),
      url ? el('p', { className: 'original' },
        el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Read it at the source ↗'))
        : null),
    entityIndex(persons, countries, state, actions),
    el('div', { className: 'article-body' },
      paragraphs(markMentions(article.body || '', 'body', persons, countries))),
    related(article.related || [], actions));
}

/**
 * The text of one field as nodes: plain text, with each mention wrapped in a <mark> saying whose it is.
 * Offsets are UTF-16 positions, as in JavaScript strings; overlapping or out-of-range mentions are skipped.
 */
export function markMentions(text, field, persons, countries) {
  const spans = [];
  for (const [kind, list] of [['person', persons], ['country', countries]]) {
    for (const entity of list) {
      for (const m of entity.mentions || []) {
        if (m.field === field && m.start >= 0 && m.end <= text.length && m.start < m.end) {
          spans.push({ start: m.start, end: m.end, kind, name: entity.name });
        }
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) fragment.append(document.createTextNode(text.slice(at, s.start)));
    fragment.append(el('mark', {
      className: `entity ${s.kind}`, dataset: { entity: s.name }, title: `${s.name} (${s.kind})`,
    }, text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** Splits marked text into paragraphs at line breaks, keeping the marks. */
function paragraphs(fragment) {
  const out = [];
  let current = el('p', { dir: 'auto' });
  const flush = () => {
    if (current.textContent.trim()) out.push(current);
    current = el('p', { dir: 'auto' });
  };
  for (const node of [...fragment.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) {
      current.append(node);
      continue;
    }
    const lines = node.data.split(/\n+/);
    lines.forEach((line, i) => {
      if (i > 0) flush();
      if (line) current.append(document.createTextNode(line));
    });
  }
  flush();
  return out;
}

function entityIndex(persons, countries, state, actions) {
  const group = (kind, dim, title, list, chosen) => {
    if (!list.length) return null;
    return el('div', { className: 'entity-group' },
      el('h2', {}, el('span', { className: `legend ${kind}`, 'aria-hidden': 'true' }), title),
      el('ul', { className: 'chips' }, list.map((e) => {
        const on = chosen.includes(e.name);
        const l = actions.link({ [dim]: on ? chosen : [...chosen, e.name], article: '' });
        return el('li', {}, el('a', {
          className: `chip ${dim}`, href: l.href, on: { click: l.onclick },
          title: `Search the articles with ${e.name}`,
        }, e.name, el('span', { className: 'chip-count', text: ` ${(e.mentions || []).length}` }),
        el('span', { className: 'visually-hidden', text: ` ${(e.mentions || []).length === 1 ? 'mention' : 'mentions'}` })));
      })));
  };
  const persons_ = group('person', 'persons', 'Persons', persons, state.persons);
  const countries_ = group('country', 'countries', 'Countries', countries, state.countries);
  if (!persons_ && !countries_) return null;
  return el('section', { className: 'entity-index', 'aria-label': 'Persons and countries in this article' },
    persons_, countries_);
}

function related(list, actions) {
  return el('section', { className: 'related', 'aria-labelledby': 'related-title' },
    el('h2', { id: 'related-title', text: 'Related coverage' }),
    list.length === 0 ? el('p', { className: 'muted', text: 'No related articles in the index.' })
      : el('ol', {}, list.map((r) => {
        const l = actions.link({ article: r.id });
        const meta = [r.date ? formatDate(r.date) : null, r.source].filter(Boolean).join(' · ');
        return el('li', { className: r.near_duplicate ? 'near-duplicate' : null },
          el('a', { href: l.href, dir: 'auto', on: { click: l.onclick }, text: r.title || 'Untitled article' }),
          el('span', { className: 'related-meta' }, meta,
            r.near_duplicate ? el('span', { className: 'badge', text: 'near duplicate' }) : null));
      })));
}
