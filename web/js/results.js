// The hit list: highlighted titles and snippets, date, source, entity chips, the count, notes and pages.

import { allOfExplanation } from './allof.js';
import { el, formatDate, markedText, plural, replaceChildren } from './dom.js';
import { DIMS, noEntityFilters, selected } from './state.js';

const CHIPS_PER_DIM = 5;
const MAX_OFFSET = 10000; // the API counts pages by offset up to here (LuceneSearcher.EXACT_TOTAL_UP_TO)

/**
 * Renders one search response. view: the page's elements; actions: link(changes) → {href, onclick} for a
 * state change, toggle(dim, value) to add or remove a filter.
 */
export function renderResults(view, state, response, actions) {
  renderCount(view.count, response, state);
  renderNotes(view.notes, response);
  if (response.hits.length === 0 && response.total > 0) {
    const first = actions.link({ page: 1 });
    const lastPage = Math.ceil(listed(response) / response.size);
    const last = actions.link({ page: lastPage });
    replaceChildren(view.results, el('div', { className: 'empty-state', role: 'status' },
      el('h2', { text: `Page ${state.page.toLocaleString('en')} is past the last page` }),
      el('p', {}, el('a', { href: first.href, on: { click: first.onclick } }, 'Go to the first page'),
        response.total_is_lower_bound ? null : [' or ', el('a', { href: last.href, on: { click: last.onclick } },
          `the last page (${lastPage.toLocaleString('en')})`)])));
    replaceChildren(view.pager);
    return;
  } else if (response.hits.length === 0) {
    replaceChildren(view.results, emptyState(state, actions));
  } else {
    replaceChildren(view.results, el('ol', { className: 'hit-list', start: String(firstRank(response, state)) },
      response.hits.map((hit, i) => el('li', {}, renderHit(hit, state, actions, firstRank(response, state) + i)))));
  }
  renderPager(view.pager, state, response, actions);
}

/** How many hits the whole list has: stories when the API collapsed copies of one story, else articles. */
function listed(response) {
  return response.collapsed ? response.stories : response.total;
}

/** The number of the page's first hit; cursor pages (the API's page 0) are counted by the page in the URL. */
function firstRank(response, state) {
  return (state.page - 1) * response.size + 1;
}

function renderCount(node, response, state) {
  if (response.total === 0) {
    replaceChildren(node);
    return;
  }
  const articles = `${response.total_is_lower_bound ? 'more than ' : ''}${plural(response.total, 'article')}`;
  // Collapsed, the list counts stories (copies of one wire story are one); the article count follows.
  const folded = response.collapsed && response.stories !== response.total;
  const total = folded ? plural(response.stories, 'story', 'stories') : articles;
  const from = firstRank(response, state);
  const to = from + response.hits.length - 1;
  const range = listed(response) > response.hits.length && response.hits.length > 0
    ? `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ` : '';
  replaceChildren(node,
    el('strong', { text: `${range}${total}` }),
    folded ? ` (${articles})` : '',
    state.q ? (listed(response) === 1 ? ' matches' : ' match') : '',
    el('span', { className: 'took', text: ` · ${response.took_ms} ms` }));
}

function renderNotes(node, response) {
  const notes = [];
  for (const alias of response.aliases || []) {
    notes.push(el('p', { className: 'note alias' },
      el('strong', { text: alias.term }), ' also matches ',
      alias.also_matches.flatMap((v, i) => [i ? ', ' : '', el('strong', { text: v })]), '.'));
  }
  for (const warning of response.warnings || []) {
    notes.push(el('p', { className: 'note warning', text: warning }));
  }
  if (response.partial) {
    // A cluster answered without some of its shards (a node down): say so rather than show a silent shortfall.
    notes.push(el('p', { className: 'note warning partial',
      text: 'Part of the index did not answer: these results may be incomplete. Try again shortly.' }));
  }
  replaceChildren(node, notes);
}

function renderHit(hit, state, actions, rank) {
  const open = actions.link({ article: hit.id });
  const title = hit.title ? markedText(hit.title) : document.createTextNode('Untitled article');
  const meta = [];
  if (hit.date) meta.push(el('time', { datetime: hit.date, text: formatDate(hit.date) }));
  if (hit.source) meta.push(el('span', { className: 'source', dir: 'auto', text: hit.source }));
  if (hit.author) meta.push(el('span', { className: 'author', dir: 'auto', text: `By ${hit.author}` }));
  if (state.q) {
    // The searched words' evidence one click away: the article opens at their first match, marked.
    const where = actions.link({ article: hit.id, at: 'match' });
    meta.push(el('a', { className: 'where-match', href: where.href, on: { click: where.onclick } },
      'Where it matches', el('span', { className: 'visually-hidden', text: `: ${hit.title || 'untitled article'}` })));
  }
  return el('article', { className: 'hit', dataset: { id: hit.id } },
    // The list's own numbering is read out; the visible number is for the eye (list-style is off for the layout).
    el('h2', { className: 'hit-title', dir: 'auto' }, el('span', { className: 'hit-rank', 'aria-hidden': 'true',
      text: `${rank.toLocaleString('en')}.` }), ' ', el('a', { href: open.href, on: { click: open.onclick } }, title)),
    meta.length ? el('p', { className: 'hit-meta' }, meta.flatMap((m, i) => [i ? el('span', {
      className: 'sep', 'aria-hidden': 'true', text: '·' }) : null, m])) : null,
    carriedFields(hit.fields),
    (hit.snippets || []).map((s) => el('p', { className: 'snippet', dir: 'auto' }, markedText(s))),
    entityChips(hit, state, actions),
    similarArticles(hit, actions));
}

/**
 * The fields the article's input carries, compactly, in one line: "bias: left · topic: trade, elections". The names
 * and values are the corpus's, so each value is its own text, isolated like any other article text.
 */
export function carriedFields(fields, className = 'hit-fields') {
  const names = Object.keys(fields || {});
  if (!names.length) return null;
  return el('p', { className }, names.flatMap((name, i) => [
    i ? el('span', { className: 'sep', 'aria-hidden': 'true', text: '·' }) : null,
    el('span', { className: 'field' }, el('span', { className: 'field-name', text: `${name.replace(/_/g, ' ')}:` }), ' ',
      el('span', { className: 'field-value', dir: 'auto', text: fields[name].join(', ') }))]));
}

/**
 * "+ 3 similar articles": the other copies and rewrites of the hit's story that match too, with their outlets and
 * dates, behind a disclosure (details/summary: a button for keyboards and screen readers without script).
 */
function similarArticles(hit, actions) {
  if (!hit.similar) return null;
  const listed = hit.similar_articles || [];
  const items = listed.map((a) => {
    const open = actions.link({ article: a.id });
    return el('li', {},
      el('a', { href: open.href, dir: 'auto', on: { click: open.onclick }, text: a.title || 'Untitled article' }),
      a.source ? [' ', el('span', { className: 'source', dir: 'auto', text: a.source })] : null,
      a.date ? [' ', el('time', { datetime: a.date, text: formatDate(a.date) })] : null);
  });
  const more = hit.similar - listed.length;
  return el('details', { className: 'similar' },
    el('summary', { text: `+ ${plural(hit.similar, 'similar article')}` }),
    el('ul', { className: 'similar-list', 'aria-label': 'Other versions of this story' }, items),
    more > 0 ? el('p', { className: 'similar-more', text: `and ${more.toLocaleString('en')} more` }) : null);
}

/**
 * The persons, countries and organizations of a hit as filter chips: the filtered ones first and always, however many
 * the article names (they are why it is listed), then those the article is about, in bold with "about" said, then
 * those it only mentions (when the API says which is which), up to five a kind; "+ 4 more" says what is left out.
 */
function entityChips(hit, state, actions) {
  const chips = [];
  let hidden = 0;
  for (const { dim } of DIMS) {
    const values = hit[dim] || [];
    const about = hit.about ? new Set(hit.about[dim] || []) : null;
    const ordered = about ? [...values.filter((v) => about.has(v)), ...values.filter((v) => !about.has(v))] : values;
    const filtered = ordered.filter((v) => selected(state, dim).includes(v));
    const shown = [...filtered, ...ordered.filter((v) => !filtered.includes(v)).slice(0, Math.max(0, CHIPS_PER_DIM - filtered.length))];
    hidden += ordered.length - shown.length;
    for (const value of shown) {
      const on = selected(state, dim).includes(value);
      const isAbout = !!about && about.has(value);
      chips.push(el('li', {}, el('button', {
        type: 'button',
        className: `chip ${dim}${isAbout ? ' about' : ''}`,
        'aria-pressed': String(on),
        title: on ? `Remove the filter ${value}` : `Show only articles with ${value}`,
        on: { click: () => actions.toggle(dim, value) },
      }, el('span', { className: 'chip-icon', 'aria-hidden': 'true', text: on ? '✓' : '+' }), value,
      isAbout ? el('span', { className: 'visually-hidden', text: ' (the article is about it)' }) : null)));
    }
  }
  if (hidden) chips.push(el('li', { className: 'chips-more', text: `+ ${hidden.toLocaleString('en')} more` }));
  return chips.length ? el('ul', { className: 'chips', 'aria-label': 'Persons, countries and organizations in this article' }, chips)
    : null;
}

function emptyState(state, actions) {
  const ideas = [];
  const link = (text, changes) => {
    const l = actions.link(changes);
    return el('a', { href: l.href, on: { click: l.onclick }, text });
  };
  if (DIMS.some(({ dim }) => selected(state, dim).length) || state.from || state.to) {
    ideas.push(el('li', {}, link('Search again without filters', { ...noEntityFilters(), from: '', to: '' })));
  }
  const words = state.q.split(/\s+/).filter((w) => w && !/^(OR|AND|NOT)$/.test(w));
  if (words.length > 1 && !/\bOR\b|"/.test(state.q)) {
    ideas.push(el('li', {}, 'Match any of the words: ', link(words.join(' OR '), { q: words.join(' OR ') })));
  }
  if (words.length >= 1 && !/[~*"]/.test(state.q)) {
    const fuzzy = words.map((w) => (/^[\p{L}]{4,}$/u.test(w) ? `${w}~` : w)).join(' ');
    if (fuzzy !== state.q) ideas.push(el('li', {}, 'Allow near spellings: ', link(fuzzy, { q: fuzzy })));
  }
  const examples = el('li', { className: 'examples' }, 'Or try: ',
    ['Putin', '"peace talks"', 'country:Ukraine', 'oil prices'].flatMap((q, i) => [i ? ', ' : '', link(q, {
      q, ...noEntityFilters(), from: '', to: '' })]));
  ideas.push(examples);
  return el('div', { className: 'empty-state', role: 'status' },
    el('h2', { text: state.q ? `No articles match “${state.q}”` : 'No articles match these filters' }),
    el('ul', { className: 'suggestions' }, ideas),
    // Last, so that its counts, which arrive later and wrap to several lines on a phone, move nothing below them.
    allOfExplanation(state, actions.link));
}

/** The pages around the current one, with first and last; "…" where numbers are left out. */
export function pageNumbers(current, last, around = 2) {
  const set = new Set([1, last]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= last) set.add(p);
  const sorted = [...set].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i && p - sorted[i - 1] > 1 ? ['…', p] : [p]));
}

function renderPager(node, state, response, actions) {
  const exact = !response.total_is_lower_bound;
  const pages = Math.ceil(listed(response) / response.size);
  // Numbered pages reach as far as the API counts by offset; beyond, the next page is asked for by cursor.
  const numbered = Math.min(pages, Math.floor(MAX_OFFSET / response.size));
  const deep = !!state.cursor || state.page > numbered;
  if (pages <= 1 && !state.cursor) {
    replaceChildren(node);
    return;
  }
  // Words only a screen reader needs are hidden text, never an aria-label that would leave out the visible ones.
  const go = (text, changes, { rel, hint, current, kind } = {}) => {
    const l = actions.link(changes);
    return el('a', {
      className: `pager-link${current ? ' current' : ''}${kind ? ` pager-${kind}` : ''}`, href: l.href, rel,
      'aria-current': current ? 'page' : null, on: { click: l.onclick },
    }, hint && hint.before ? el('span', { className: 'visually-hidden', text: hint.before }) : null, text,
    hint && hint.after ? el('span', { className: 'visually-hidden', text: hint.after }) : null);
  };
  const off = (text) => el('span', { className: 'pager-link disabled', 'aria-disabled': 'true', text });
  const items = [];
  const hasNext = response.hits.length > 0 && (deep ? !!response.next_cursor : state.page < pages);
  items.push(state.page > 1 ? go('« First', { page: 1 }, { kind: 'first', hint: { after: ' page' } }) : off('« First'));
  if (!deep) {
    items.push(state.page > 1 ? go('‹ Previous', { page: state.page - 1 }, { rel: 'prev' }) : off('‹ Previous'));
    for (const p of pageNumbers(state.page, numbered)) {
      items.push(p === '…' ? el('span', { className: 'pager-gap', 'aria-hidden': 'true', text: '…' })
        : go(p.toLocaleString('en'), { page: p }, { hint: { before: 'Page ' }, current: p === state.page }));
    }
  } else {
    items.push(el('span', { className: 'pager-link current', 'aria-current': 'page', text: `Page ${state.page.toLocaleString('en')}` }));
  }
  if (hasNext) {
    // The last numbered page, and every deep one, goes on from where this page ends (the API's cursor).
    const byCursor = deep || state.page + 1 > numbered;
    items.push(go('Next ›', byCursor && response.next_cursor ? { page: state.page + 1, cursor: response.next_cursor }
      : { page: state.page + 1 }, { rel: 'next' }));
  } else {
    items.push(off('Next ›'));
  }
  if (!deep && exact && numbered === pages) {
    items.push(state.page < pages ? go('Last »', { page: pages }, { kind: 'last', hint: { after: ` page, ${pages.toLocaleString('en')}` } })
      : off('Last »'));
  }
  const of = exact ? ` of ${pages.toLocaleString('en')}` : '';
  replaceChildren(node,
    el('ul', { className: 'pager-list' }, items.map((item) => el('li', {}, item))),
    el('p', { className: 'pager-where', text: `Page ${state.page.toLocaleString('en')}${of}` }));
}
