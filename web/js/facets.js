// One facet of the sidebar (persons, countries or organizations): checkboxes with counts (the articles about each
// value and those mentioning it), the selected values pinned on top, "show more", and a filter box that asks
// /api/entities for matching values within the current search. The list of values is one Tab stop: the arrow keys
// move within it (Up/Down between values, Left/Right between a value and its "not"), so a long list does not cost a
// keyboard user two Tabs per value.

import * as api from './api.js';
import { el, replaceChildren } from './dom.js';
import { DIMS, dimNoun, excluded, matchOf, searchParams, selected } from './state.js';

const MORE = 50;
const TITLES = {
  persons: ['Persons', 'Find a person…'],
  countries: ['Countries', 'Find a country…'],
  organizations: ['Organizations', 'Find an organization…'],
  languages: ['Languages', 'Find a language…'],
  sources: ['Outlets', 'Find an outlet…'],
};
const COLUMNS = ['.facet-check', '.facet-not'];

export class FacetBox {
  /**
   * section: the facet's element; dim: "persons", "countries" or "organizations"; actions: toggle(dim, value) adds or removes a
   * filter, exclude(dim, value) leaves a value out (or takes it back), setMatch(dim, "or"|"and") sets the mode.
   */
  constructor(section, dim, actions) {
    this.dim = dim;
    this.toggle = actions.toggle;
    this.exclude = actions.exclude;
    this.expanded = false;
    this.lookup = null; // values from /api/entities while filtering or expanded
    this.sequence = 0;
    const [title, placeholder] = TITLES[dim] || carriedTitles(dim);
    const noun = dimNoun(dim);
    this.noun = noun;
    this.input = el('input', {
      type: 'search', className: 'facet-filter', placeholder, autocomplete: 'off', spellcheck: 'false',
      'aria-label': placeholder.replace('…', ''), 'aria-controls': `facet-${dim}-values`,
      on: {
        input: () => this.scheduleLookup(),
        keydown: (e) => {
          if (e.key === 'Escape' && this.input.value) {
            e.stopPropagation();
            this.input.value = '';
            this.scheduleLookup();
          }
        },
      },
    });
    this.list = el('ul', {
      className: 'facet-values', id: `facet-${dim}-values`,
      on: { keydown: (e) => this.keydown(e), focusin: (e) => this.remember(e.target) },
    });
    // Where the list's one Tab stop is: the value and the column (0: its checkbox, 1: its "not") last focused.
    this.current = { value: null, column: 0 };
    this.keysHint = el('p', {
      className: 'visually-hidden', id: `facet-${dim}-keys`,
      text: 'Up and Down arrows move between values; Left and Right between a value and its not button.',
    });
    this.status = el('p', { className: 'facet-status', role: 'status' });
    this.more = el('button', {
      type: 'button', className: 'show-more', 'aria-expanded': 'false', hidden: true, text: 'Show more',
      on: { click: () => { this.expanded = !this.expanded; this.refresh(); } },
    });
    // "Any of" / "all of": what two ticked values mean is said on the box, never left to guess.
    this.match = el('select', {
      id: `facet-${dim}-match`, className: 'facet-match',
      on: { change: () => actions.setMatch(dim, this.match.value) },
    }, el('option', { value: 'or', text: 'any of' }), el('option', { value: 'and', text: 'all of' }));
    const matchLabel = el('label', { className: 'facet-match-label', for: `facet-${dim}-match` },
      `Articles naming `, this.match, ` the ticked ${noun}`);
    // An article has one language and one outlet: "all of" two would match nothing, so these boxes have no mode.
    replaceChildren(section, el('h2', { id: `facet-${dim}-title`, text: title }), this.input,
      dim === 'languages' || dim === 'sources' ? null : matchLabel, this.list, this.keysHint, this.status, this.more);
    this.section = section;
    section.classList.add('pending');
  }

  /** Shows the facet of a new search response. */
  update(state, values, facetSize) {
    this.section.classList.remove('pending');
    this.state = state;
    this.values = values || [];
    this.facetSize = facetSize;
    this.refresh();
  }

  refresh() {
    const prefix = this.input.value.trim();
    if (prefix || this.expanded) this.fetchLookup(prefix);
    else {
      this.lookup = null;
      this.sequence++;
      this.draw();
    }
  }

  scheduleLookup() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 180);
  }

  async fetchLookup(prefix) {
    const mine = ++this.sequence;
    // Counted as if this dimension's own filter were not applied, like the facet itself, so a reader can widen.
    // Under "all of" the counts are within the results (what adding a value leaves), so the filter stays.
    const without = matchOf(this.state, this.dim) === 'and' ? null : this.dim;
    const params = searchParams(this.state, { withPage: false, without });
    try {
      const answer = await api.entities(this.dim, prefix, params, prefix ? 20 : MORE);
      if (mine !== this.sequence) return;
      this.lookup = answer.values;
      this.lookupError = null;
    } catch (e) {
      if (mine !== this.sequence) return;
      this.lookup = [];
      this.lookupError = e.message;
    }
    this.draw();
  }

  draw() {
    const chosen = selected(this.state, this.dim);
    const out = excluded(this.state, this.dim);
    this.match.value = matchOf(this.state, this.dim);
    const source = this.lookup ?? this.values;
    const known = new Map([...this.values, ...source].map((v) => [v.value, v]));
    // Selected and excluded values first, always, even when the filter box does not match them.
    const rows = [
      ...chosen.map((value) => ({ ...known.get(value), value, selected: true })),
      ...out.map((value) => ({ value, count: undefined, selected: false, excluded: true })),
      ...source.filter((v) => !chosen.includes(v.value) && !out.includes(v.value) && !v.excluded)
        .map((v) => ({ ...v, selected: false })),
    ];
    // Redrawing replaces the checkboxes; a keyboard user keeps their place on the value they were on.
    const hadFocus = this.list.contains(document.activeElement);
    replaceChildren(this.list, rows.map((row, i) => this.row(row, i)));
    const stop = this.rove();
    if (hadFocus && stop) stop.focus();
    const prefix = this.input.value.trim();
    let status = '';
    if (this.lookupError) status = this.lookupError;
    else if (prefix && source.length === 0 && matchOf(this.state, this.dim) === 'and' && chosen.length) {
      // Under "all of" the box lists only what the ticked values' own articles name: say so, not just "nothing".
      status = `No article naming all the ticked ${this.noun} names one starting with “${prefix}”; `
        + 'choose “any of” above to count every article.';
    } else if (prefix && source.length === 0) status = `Nothing starts with “${prefix}” here.`;
    else if (rows.length === 0) status = `No ${this.noun} in these articles.`;
    this.status.textContent = status;
    const canExpand = !prefix && (this.expanded || this.values.length >= this.facetSize);
    this.more.hidden = !canExpand;
    this.more.textContent = this.expanded ? 'Show fewer' : 'Show more';
    this.more.setAttribute('aria-expanded', String(this.expanded));
  }

  row(row, i) {
    const id = `facet-${this.dim}-${i}`;
    const className = row.selected ? 'selected' : row.excluded ? 'excluded' : null;
    return el('li', { className, dataset: { value: row.value } },
      el('input', {
        type: 'checkbox', id, className: 'facet-check', checked: row.selected, dataset: { value: row.value },
        tabindex: '-1', 'aria-describedby': this.keysHint.id,
        on: { change: () => this.toggle(this.dim, row.value) },
      }),
      el('label', { for: id, title: hoverText(row) },
        el('span', { className: 'facet-name' }, row.excluded ? el('span', { className: 'not-mark', text: 'not ' }) : null,
          row.value),
        row.count === undefined ? null : counts(row, this.state.mentions)),
      // The name read out starts with the visible word: "not Joe Biden", pressed while it is excluded.
      el('button', {
        type: 'button', className: 'facet-not', 'aria-pressed': String(!!row.excluded), dataset: { value: row.value },
        tabindex: '-1',
        title: row.excluded ? 'Excluded: press to take it back' : 'Leave out articles naming it',
        on: { click: () => this.exclude(this.dim, row.value) },
      }, 'not', el('span', { className: 'visually-hidden', text: ` ${row.value}` })));
  }

  /** The control at a row and column of the list, or null. */
  control(li, column) {
    return li ? li.querySelector(COLUMNS[column]) : null;
  }

  /** Makes the remembered control (or the first checkbox) the list's only Tab stop, and returns it. */
  rove() {
    const rows = [...this.list.children];
    const li = rows.find((r) => r.dataset.value === this.current.value) || rows[0];
    let stop = this.control(li, this.current.value === (li && li.dataset.value) ? this.current.column : 0);
    if (!stop) stop = this.control(li, 0);
    this.list.querySelectorAll('input, button').forEach((c) => c.setAttribute('tabindex', c === stop ? '0' : '-1'));
    return stop;
  }

  /** A control of the list got the focus (by arrow key, click or Tab): it becomes the list's Tab stop. */
  remember(target) {
    const li = target.closest('li');
    if (!li) return;
    this.current = { value: li.dataset.value, column: target.matches(COLUMNS[1]) ? 1 : 0 };
    this.rove();
  }

  keydown(event) {
    const li = event.target.closest('li');
    if (!li || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = [...this.list.children];
    const column = event.target.matches(COLUMNS[1]) ? 1 : 0;
    let next = null;
    switch (event.key) {
      case 'ArrowDown': next = this.control(rows[rows.indexOf(li) + 1], column); break;
      case 'ArrowUp': next = this.control(rows[rows.indexOf(li) - 1], column); break;
      case 'Home': next = this.control(rows[0], column); break;
      case 'End': next = this.control(rows[rows.length - 1], column); break;
      case 'ArrowRight': next = this.control(li, 1); break;
      case 'ArrowLeft': next = this.control(li, 0); break;
      default: return;
    }
    event.preventDefault(); // the arrows would scroll the page otherwise
    if (next) next.focus();
  }
}

/** A carried field's box title and placeholder: meta.news_keywords → "News keywords", "Find a news keywords value…". */
function carriedTitles(dim) {
  const name = DIMS.find((d) => d.dim === dim).carried.replace(/_/g, ' ');
  return [name.charAt(0).toUpperCase() + name.slice(1), `Find a ${name} value…`];
}

/** The full name and both counts, shown on hover: "Joe Biden — 12 about · 30 mention". */
function hoverText(row) {
  if (row.count === undefined) return row.value;
  const both = Number.isInteger(row.about_count) && Number.isInteger(row.mention_count);
  return `${row.value} — ` + (both
    ? `${row.about_count.toLocaleString('en')} about · ${row.mention_count.toLocaleString('en')} mention`
    : `${row.count.toLocaleString('en')} articles`);
}

/**
 * A value's counts: the one of the current mode first, and, when the API gives both, the other one named, so the
 * difference reads at a glance ("12 about · 30 mention"). Without both (an index that does not know what articles
 * are about) the count alone.
 */
function counts(row, mentions) {
  const both = Number.isInteger(row.about_count) && Number.isInteger(row.mention_count);
  if (!both) {
    return el('span', { className: 'facet-count' },
      row.count.toLocaleString('en'), el('span', { className: 'visually-hidden', text: ' articles' }));
  }
  const about = el('span', { className: 'count-about' }, row.about_count.toLocaleString('en'), ' about');
  const mention = el('span', { className: 'count-mention' }, row.mention_count.toLocaleString('en'), ' mention');
  const [first, second] = mentions === 'all' ? [mention, about] : [about, mention];
  first.classList.add('count-main');
  return el('span', { className: 'facet-count both' }, first, ' · ', second);
}
