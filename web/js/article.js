// The article view: the whole text with persons, countries and organizations marked from the API's mention offsets,
// the metadata, and related coverage. Article text only ever becomes text nodes; marks are elements around them.

import { el, formatDate, replaceChildren, safeHttpUrl } from './dom.js';
import { evidenceList, labelMentions, mentionKey, openEvidence, orderedMentions } from './evidence.js';
import { carriedFields } from './results.js';

/** actions: link(changes) → {href, onclick}; back: {href, onclick} of the results. */
export function renderArticle(container, article, state, actions, back) {
  const meta = [];
  if (article.date) meta.push(el('time', { datetime: article.date, text: formatDate(article.date) }));
  if (article.source) meta.push(el('span', { className: 'source', dir: 'auto', text: article.source }));
  if (article.author) meta.push(el('span', { className: 'author', dir: 'auto', text: `By ${article.author}` }));
  if (article.language) meta.push(el('span', { className: 'language', text: article.language }));
  const url = safeHttpUrl(article.url);
  const persons = article.persons || [];
  const countries = article.countries || [];
  const organizations = article.organizations || [];
  // [mark kind, facet dimension, heading, entities]: one list for the marks, the index and the evidence.
  const kinds = [['person', 'persons', 'Persons', persons], ['country', 'countries', 'Countries', countries],
    ['organization', 'organizations', 'Organizations', organizations]];
  const matches = article.matches || [];
  replaceChildren(container,
    el('nav', { className: 'reader-nav' },
      el('a', { className: 'back', href: back.href, on: { click: back.onclick } }, '← Back to results')),
    el('header', { className: 'reader-head' },
      meta.length ? el('p', { className: 'kicker' }, meta.flatMap((m, i) => [i ? el('span', {
        className: 'sep', 'aria-hidden': 'true', text: '·' }) : null, m])) : null,
      el('h1', { id: 'article-title', tabindex: '-1', dir: 'auto' },
        article.title ? markMentions(article.title, 'title', kinds, matches)
          : document.createTextNode('Untitled article')),
      carriedFields(article.fields, 'article-fields'),
      url ? el('p', { className: 'original' },
        el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Read it at the source ↗'))
        : null),
    whoAndWhere(kinds, matches, state),
    entityIndex(kinds, state, actions, article.corrections || []),
    correctionList(article.corrections || []),
    matchNote(matches, article.matches_total, state),
    el('div', { className: 'article-body' },
      paragraphs(markMentions(article.body || '', 'body', kinds, matches))),
    evidenceList(article, kinds.map(([kind, , title, list]) => [kind, title, list])),
    related(article.related || [], actions));
  labelMentions(container);
}

const SUMMARY_NAMES = 6; // names a kind in the summary; the evidence list has them all

/**
 * What a reader checks first: who and where, in one compact block above everything else, those the article is about
 * first (in bold), each a button to its evidence (the sentences that name it and why it was tagged); with a search,
 * a button to the first place its words match.
 */
function whoAndWhere(kinds, matches, state) {
  const labels = { person: 'Who', country: 'Where', organization: 'Organizations' };
  const rows = kinds.filter(([, , , list]) => list.length).map(([kind, , , list]) => {
    const ordered = [...list.filter((e) => e.about === true), ...list.filter((e) => e.about !== true)];
    const shown = ordered.slice(0, SUMMARY_NAMES);
    const more = ordered.length - shown.length;
    return el('div', { className: 'who-where-row' },
      el('dt', { text: labels[kind] }),
      el('dd', {}, shown.flatMap((e, i) => [i ? ', ' : '', el('button', {
        type: 'button', className: `summary-name ${kind}${e.about ? ' about' : ''}`, dir: 'auto',
        on: { click: () => openEvidence(kind, e) },
      }, e.name, e.about ? el('span', { className: 'visually-hidden', text: ' (the article is about it)' }) : null)]),
      more > 0 ? el('span', { className: 'muted', text: ` + ${more.toLocaleString('en')} more` }) : null));
  });
  const firstMatch = state.q && matches.length ? el('button', {
    type: 'button', className: 'summary-go', on: { click: () => focusFirstMatch() },
  }, `Where “${state.q}” matches`) : null;
  if (!rows.length && !firstMatch) return null;
  return el('section', { className: 'who-where', 'aria-labelledby': 'who-where-title' },
    el('h2', { className: 'visually-hidden', id: 'who-where-title', text: 'Who and where' }),
    rows.length ? el('dl', {}, rows) : null,
    el('p', { className: 'who-where-links' },
      rows.length ? el('button', { type: 'button', className: 'summary-go', on: { click: () => openEvidence() } },
        'Why these names were tagged') : null,
      rows.length && firstMatch ? el('span', { className: 'sep', 'aria-hidden': 'true', text: '·' }) : null,
      firstMatch),
    el('p', { className: 'who-where-help', text: 'Bold: the article is about them (in its headline or first '
      + 'sentence, named three times, or the only one of its kind); the others it only mentions.' }));
}

/** Scrolls to the first place the searched words match, and puts the focus there; false when there is none. */
export function focusFirstMatch() {
  const mark = document.querySelector('#reader .article-body mark.match, #reader h1 mark.match');
  if (!mark) return false;
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  mark.focus({ preventScroll: true });
  return true;
}

/**
 * The text of one field as nodes: plain text, with each entity mention wrapped in a <mark> holding a button that
 * steps to the entity's next mention, and the searched words (the API's matches, found with the search's own
 * analysis) in <mark class="match">. Offsets are UTF-16 positions, as in JavaScript strings; overlapping or
 * out-of-range mentions are skipped; a match that crosses a mention's edge is marked in pieces.
 */
export function markMentions(text, field, kinds, matches = []) {
  const valid = (m) => m.field === field && m.start >= 0 && m.end <= text.length && m.start < m.end;
  const spans = [];
  for (const [kind, , , list] of kinds) {
    for (const entity of list) {
      const shown = orderedMentions(entity).filter(valid);
      for (const m of shown) {
        spans.push({ start: m.start, end: m.end, kind, name: entity.name, text: m.text, key: mentionKey(kind, entity, m) });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const entitySpans = [];
  for (const s of spans) if (!entitySpans.length || s.start >= entitySpans[entitySpans.length - 1].end) entitySpans.push(s);
  const hits = matches.filter(valid);
  const cuts = [...new Set([0, text.length, ...entitySpans.flatMap((s) => [s.start, s.end]),
    ...hits.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  let open = null; // the entity span being filled, with its button
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const span = entitySpans.find((s) => s.start <= a && a < s.end) || null;
    if (!span) open = null;
    else if (!open || open.span !== span) open = { span, button: mentionButton(span, fragment) };
    const piece = hits.some((h) => h.start <= a && a < h.end)
      ? el('mark', { className: 'match', text: text.slice(a, b) }) : document.createTextNode(text.slice(a, b));
    (open ? open.button : fragment).append(piece);
  }
  return fragment;
}

function mentionButton(span, fragment) {
  const button = el('button', {
    type: 'button', className: 'mention', id: span.key, tabindex: '-1',
    dataset: { kind: span.kind, entity: span.name },
  });
  fragment.append(el('mark', {
    className: `entity ${span.kind}`, dataset: { entity: span.name }, title: `${span.name} (${span.kind})`,
  }, button));
  return button;
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

/**
 * How many places the search matched, so a reader knows the yellow marks are the search's words. A view holds the
 * first matches only (the API caps them); then the note says how many of how many are marked.
 */
function matchNote(matches, total, state) {
  if (!state.q) return null;
  const n = matches.length;
  const all = Math.max(n, total || 0);
  const where = all > n ? `the first ${n.toLocaleString('en')} of ${all.toLocaleString('en')} places`
    : n === 1 ? '1 place' : `${n} places`;
  return el('p', { className: 'match-note' }, n
    ? [el('mark', { className: 'match', text: state.q }), ` is marked in ${where}.`]
    : `“${state.q}” matches this article only in other fields (such as its persons, countries or source).`);
}

/**
 * The article's entities as links to their filters, those it is about first and marked "about" (when the API says),
 * with their mention counts and whether a rule corrected them.
 */
function entityIndex(kinds, state, actions, corrections) {
  const corrected = (kind, name) => corrections.some((c) => c.kind === kind && c.name === name);
  const group = ([kind, dim, title, list]) => {
    if (!list.length) return null;
    const chosen = state[dim] || [];
    const ordered = [...list.filter((e) => e.about === true), ...list.filter((e) => e.about !== true)];
    return el('div', { className: 'entity-group' },
      el('h2', {}, el('span', { className: `legend ${kind}`, 'aria-hidden': 'true' }), title),
      el('ul', { className: 'chips' }, ordered.map((e) => {
        const on = chosen.includes(e.name);
        const l = actions.link({ [dim]: on ? chosen : [...chosen, e.name], article: '' });
        const n = e.mention_count ?? (e.mentions || []).length;
        return el('li', {}, el('a', {
          className: `chip ${dim}${e.about ? ' about' : ''}`, href: l.href, on: { click: l.onclick },
          title: `Search the articles with ${e.name}`,
        }, e.name, corrected(kind, e.name) ? el('span', { className: 'badge corrected', text: ' corrected' }) : null,
        el('span', { className: 'chip-count', text: ` ${n}` }),
        el('span', { className: 'visually-hidden', text: ` ${n === 1 ? 'mention' : 'mentions'}` }),
        e.about ? el('span', { className: 'about-tag', text: ' about' }) : null));
      })));
  };
  const groups = kinds.map(group).filter(Boolean);
  if (!groups.length) return null;
  return el('section', { className: 'entity-index', 'aria-label': 'Persons, countries and organizations in this article' },
    groups);
}

/** What the index's entity rules changed in this article, and by which rule (README, Correcting entities). */
function correctionList(corrections) {
  if (!corrections.length) return null;
  return el('section', { className: 'corrections', 'aria-labelledby': 'corrections-title' },
    el('h2', { id: 'corrections-title', text: 'Corrected entities' }),
    el('ul', {}, corrections.map((c) => el('li', {},
      el('span', { className: 'correction-name', dir: 'auto', text: c.name == null ? `${c.from} (removed)` : c.name }),
      el('span', { className: 'correction-note', dir: 'auto', text: ` — corrected: ${c.note}` })))));
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
