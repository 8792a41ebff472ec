// The hit list: highlighted titles and snippets, date, source, entity chips, the count, notes and pages.

import { el, formatDate, markedText, plural, replaceChildren } from './dom.js';
import { selected } from './state.js';

const CHIPS_PER_DIM = 5;
const MAX_PAGE = 10000;

/**
 * Renders one search response. view: the page's elements; actions: link(changes) → {href, onclick} for a
 * state change, toggle(dim, value) to add or remove a filter.
 */
export function renderResults(view, state, response, actions) {
  renderCount(view.count, response, state);
  renderNotes(view.notes, response);
  if (response.hits.length === 0 && response.total > 0) {
    const first = actions.link({ page: 1 });
    replaceChildren(view.results, el('div', { className: 'empty-state', role: 'status' },
      el('h2', { text: `Page ${state.page.toLocaleString('en')} is past the last page` }),
      el('p', {}, el('a', { href: first.href, on: { click: first.onclick } }, 'Go to the first page'))));
  } else if (response.hits.length === 0) {
    replaceChildren(view.results, emptyState(state, actions));
  } else {
    replaceChildren(view.results, el('ol', { className: 'hit-list', start: String(firstRank(response)) },
      response.hits.map((hit) => el('li', {}, renderHit(hit, state, actions)))));
  }
  renderPager(view.pager, state, response, actions);
}

function firstRank(response) {
  return (response.page - 1) * response.size + 1;
}

function renderCount(node, response, state) {
  if (response.total === 0) {
    replaceChildren(node);
    return;
  }
  const total = `${response.total_is_lower_bound ? 'more than ' : ''}${plural(response.total, 'article')}`;
  const from = firstRank(response);
  const to = from + response.hits.length - 1;
  const range = response.total > response.hits.length && response.hits.length > 0
    ? `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ` : '';
    replaceChildren(node,
    el('strong', { text: `${range}${total}` }),
    state.q ? (response.total === 1 ? ' matches' : ' match') : '',
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
  replaceChildren(node, notes);
}

function renderHit(hit, state, actions) {
  const open = actions.link({ article: hit.id });
  const title = hit.title ? markedText(hit.title) : document.createTextNode('Untitled article');
  const meta = [];
  if (hit.date) meta.push(el('time', { datetime: hit.date, text: formatDate(hit.date) }));
  if (hit.source) meta.push(el('span', { className: 'source', dir: 'auto', text: hit.source }));
  return el('article', { className: 'hit', dataset: { id: hit.id } },
    el('h2', { className: 'hit-title', dir: 'auto' }, el('a', { href: open.href, on: { click: open.onclick } }, title)),
    meta.length ? el('p', { className: 'hit-meta' }, meta.flatMap((m, i) => [i ? el('span', {
      className: 'sep', 'aria-hidden': 'true', text: '·' }) : null, m])) : null,
    (hit.snippets || []).map((s) => el('p', { className: 'snippet', dir: 'auto' }, markedText(s))),
    entityChips(hit, state, actions));
}

function entityChips(hit, state, actions) {
  const chips = [];
  for (const [dim, values] of [['persons', hit.persons || []], ['countries', hit.countries || []]]) {
    for (const value of values.slice(0, CHIPS_PER_DIM)) {
      const on = selected(state, dim).includes(value);
      chips.push(el('li', {}, el('button', {
        type: 'button',
        className: `chip ${dim}`,
        'aria-pressed': String(on),
        title: on ? `Remove the filter ${value}` : `Show only articles with ${value}`,
        on: { click: () => actions.toggle(dim, value) },
      }, el('span', { className: 'chip-icon', 'aria-hidden': 'true', text: on ? '✓' : '+' }), value)));
    }
  }
  return chips.length ? el('ul', { className: 'chips', 'aria-label': 'Persons and countries in this article' }, chips)
    : null;
}

function emptyState(state, actions) {
  const ideas = [];
  const link = (text, changes) => {
    const l = actions.link(changes);
    return el('a', { href: l.href, on: { click: l.onclick }, text });
  };
  if (state.persons.length || state.countries.length || state.from || state.to) {
    ideas.push(el('li', {}, link('Search again without filters',
      { persons: [], countries: [], from: '', to: '' })));
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
      q, persons: [], countries: [], from: '', to: '' })]));
  ideas.push(examples);
  return el('div', { className: 'empty-state', role: 'status' },
    el('h2', { text: state.q ? `No articles match “${state.q}”` : 'No articles match these filters' }),
    el('ul', { className: 'suggestions' }, ideas));
}

function renderPager(node, state, response, actions) {
  const pages = Math.min(MAX_PAGE, Math.ceil(response.total / response.size));
  if (pages <= 1) {
    replaceChildren(node);
    return;
  }
  const button = (text, page, rel) => {
    if (page < 1 || page > pages) return el('span', { className: 'pager-link disabled', 'aria-disabled': 'true', text });
    const l = actions.link({ page });
    return el('a', { className: 'pager-link', href: l.href, rel, on: { click: l.onclick }, text });
  };
  const of = response.total_is_lower_bound ? '' : ` of ${pages.toLocaleString('en')}`;
  replaceChildren(node,
    button('← Previous', state.page - 1, 'prev'),
    el('span', { className: 'pager-where', 'aria-current': 'page', text: `Page ${state.page.toLocaleString('en')}${of}` }),
    button('Next →', state.page + 1, 'next'));
}
