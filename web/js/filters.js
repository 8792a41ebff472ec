// The active filters as removable chips, and "clear all".

import { el, formatDate, replaceChildren } from './dom.js';
import { hasFilters } from './state.js';

/** navigate(changes) applies a state change. */
export function renderActiveFilters(container, state, navigate) {
  if (!hasFilters(state)) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const chip = (kind, label, changes) => el('li', {},
    el('button', {
      type: 'button', className: `filter-chip ${kind}`, on: { click: () => navigate(changes) },
    }, el('span', { className: 'visually-hidden', text: 'Remove filter: ' }),
    // The name read out contains the visible words in order ("Country Germany"), as WCAG 2.5.3 asks.
    el('span', { className: 'filter-kind', text: kindLabel(kind) }), ' ', label,
    el('span', { className: 'remove', 'aria-hidden': 'true', text: '×' })));
  const chips = [
    ...state.persons.map((p) => chip('persons', p, { persons: state.persons.filter((v) => v !== p) })),
    ...state.countries.map((c) => chip('countries', c, { countries: state.countries.filter((v) => v !== c) })),
  ];
  if (state.from || state.to) chips.push(chip('dates', dateRange(state.from, state.to), { from: '', to: '' }));
  replaceChildren(container,
    el('ul', { className: 'filter-chips' }, chips),
    el('button', {
      type: 'button', className: 'clear-all',
      on: { click: () => navigate({ persons: [], countries: [], from: '', to: '' }) },
    }, 'Clear all'));
}

function kindLabel(kind) {
  return { persons: 'Person', countries: 'Country', dates: 'Dates' }[kind];
}

/** "2 Dec 2022", "1 Feb – 31 Mar 1987", "from 1 Feb 1987", "until 3 Dec 2022". */
export function dateRange(from, to) {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  return from ? `from ${formatDate(from)}` : `until ${formatDate(to)}`;
}
