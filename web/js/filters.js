// The active filters as removable chips, and "clear all".

import { el, formatDate, replaceChildren } from './dom.js';
import { DIMS, dimNoun, excluded, hasFilters, matchOf, noEntityFilters } from './state.js';

/** navigate(changes) applies a state change. */
export function renderActiveFilters(container, state, navigate) {
  if (!hasFilters(state)) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const chip = (kind, kindText, label, changes) => el('li', {},
    el('button', {
      type: 'button', className: `filter-chip ${kind}`, on: { click: () => navigate(changes) },
    }, el('span', { className: 'visually-hidden', text: 'Remove filter: ' }),
    // The name read out contains the visible words in order ("Country Germany"), as WCAG 2.5.3 asks.
    el('span', { className: 'filter-kind', text: kindText }), ' ', label,
    el('span', { className: 'remove', 'aria-hidden': 'true', text: '×' })));
  const chips = [];
  for (const { dim } of DIMS) {
    const values = state[dim] || [];
    // Two ticked values mean "any of" or "all of": the chip says which, so it never reads as "only".
    const kind = values.length < 2 ? singular(dim) : `${matchOf(state, dim) === 'and' ? 'All of' : 'Any of'} ${dimNoun(dim)}`;
    values.forEach((v) => chips.push(chip(dim, kind, v, { [dim]: values.filter((x) => x !== v) })));
    const out = excluded(state, dim);
    out.forEach((v) => chips.push(chip(`${dim} not`, `Not ${singular(dim).toLowerCase()}`, v,
      { not: { ...state.not, [dim]: out.filter((x) => x !== v) } })));
  }
  if (state.from || state.to) chips.push(chip('dates', 'Dates', dateRange(state.from, state.to), { from: '', to: '' }));
  replaceChildren(container,
    el('ul', { className: 'filter-chips' }, chips),
    el('button', {
      type: 'button', className: 'clear-all',
      on: { click: () => navigate({ ...noEntityFilters(), from: '', to: '' }) },
    }, 'Clear all'));
}

function singular(dim) {
  // A carried field is named as the corpus names it, capitalized: "Bias", "Topic".
  const carried = (DIMS.find((d) => d.dim === dim) || {}).carried;
  if (carried) return carried.charAt(0).toUpperCase() + carried.slice(1).replace(/_/g, ' ');
  return { persons: 'Person', countries: 'Country', organizations: 'Organization', languages: 'Language', sources: 'Outlet' }[dim] || dim;
}

/** "2 Dec 2022", "1 Feb – 31 Mar 1987", "from 1 Feb 1987", "until 3 Dec 2022". */
export function dateRange(from, to) {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  return from ? `from ${formatDate(from)}` : `until ${formatDate(to)}`;
}
