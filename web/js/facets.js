// One facet of the sidebar (persons or countries): checkboxes with counts, the selected values pinned on top,
// "show more", and a filter box that asks /api/entities for matching values within the current search.

import * as api from './api.js';
import { el, replaceChildren } from './dom.js';
import { searchParams, selected } from './state.js';

const MORE = 50;
const TITLES = { persons: ['Persons', 'Find a person…'], countries: ['Countries', 'Find a country…'] };

export class FacetBox {
  /** section: the facet's element; dim: "persons" or "countries"; toggle(dim, value) adds or removes a filter. */
  constructor(section, dim, toggle) {
    this.dim = dim;
    this.toggle = toggle;
    this.expanded = false;
    this.lookup = null; // values from /api/entities while filtering or expanded
    this.sequence = 0;
    const [title, placeholder] = TITLES[dim];
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
    this.list = el('ul', { className: 'facet-values', id: `facet-${dim}-values` });
    this.status = el('p', { className: 'facet-status', role: 'status' });
    this.more = el('button', {
      type: 'button', className: 'show-more', 'aria-expanded': 'false', hidden: true, text: 'Show more',
      on: { click: () => { this.expanded = !this.expanded; this.refresh(); } },
    });
    replaceChildren(section, el('h2', { id: `facet-${dim}-title`, text: title }), this.input, this.list, this.status,
      this.more);
  }

  /** Shows the facet of a new search response. */
  update(state, values, facetSize) {
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
    const params = searchParams(this.state, { withPage: false, without: this.dim });
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
    const source = this.lookup ?? this.values;
    const counts = new Map([...this.values, ...source].map((v) => [v.value, v.count]));
    // Selected values first, always, even when the filter box does not match them.
    const rows = [
      ...chosen.map((value) => ({ value, count: counts.get(value), selected: true })),
      ...source.filter((v) => !chosen.includes(v.value)).map((v) => ({ ...v, selected: false })),
    ];
    // Redrawing replaces the checkboxes; a keyboard user keeps their place on the value they were on.
    const focused = this.list.contains(document.activeElement) ? document.activeElement.dataset.value : null;
    replaceChildren(this.list, rows.map((row, i) => this.row(row, i)));
    if (focused !== null) {
      const again = [...this.list.querySelectorAll('input')].find((input) => input.dataset.value === focused);
      if (again) again.focus();
    }
    const prefix = this.input.value.trim();
    let status = '';
    if (this.lookupError) status = this.lookupError;
    else if (prefix && source.length === 0) status = `Nothing starts with “${prefix}” here.`;
    else if (rows.length === 0) status = `No ${this.dim} in these articles.`;
    this.status.textContent = status;
    const canExpand = !prefix && (this.expanded || this.values.length >= this.facetSize);
    this.more.hidden = !canExpand;
    this.more.textContent = this.expanded ? 'Show fewer' : 'Show more';
    this.more.setAttribute('aria-expanded', String(this.expanded));
  }

  row(row, i) {
    const id = `facet-${this.dim}-${i}`;
    return el('li', { className: row.selected ? 'selected' : null },
      el('input', {
        type: 'checkbox', id, checked: row.selected, dataset: { value: row.value },
        on: { change: () => this.toggle(this.dim, row.value) },
      }),
      el('label', { for: id },
        el('span', { className: 'facet-name', text: row.value }),
        row.count === undefined ? null : el('span', { className: 'facet-count' },
          row.count.toLocaleString('en'), el('span', { className: 'visually-hidden', text: ' articles' }))));
  }
}
