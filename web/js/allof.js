// Why "all of" found nothing: which of the ticked values have no article in common (with the same words and other
// filters), and "any of" one click away. Counted with small searches (one hit, no facets) for each value and each pair.

import * as api from './api.js';
import { el, plural, replaceChildren } from './dom.js';
import { DIMS, matchOf, searchParams, selected } from './state.js';

const MOST = 6; // values checked pair by pair: at most 15 pairs

/** The dimensions ticked as "all of" with two values or more: [{dim, param, values}]. */
export function allOfDims(state) {
  return DIMS.filter(({ dim }) => matchOf(state, dim) === 'and' && selected(state, dim).length > 1)
    .map(({ dim, param }) => ({ dim, param, values: selected(state, dim).slice(0, MOST) }));
}

/**
 * A box for the empty state of an "all of" search: it holds its room at once and is filled when the counts arrive.
 * link(changes) → {href, onclick}; null when no dimension is "all of".
 */
export function allOfExplanation(state, link) {
  const dims = allOfDims(state);
  if (!dims.length) return null;
  const box = el('div', { className: 'all-of-why' },
    el('p', { text: `Checking which of the ticked ${dims.map((d) => d.dim).join(' and ')} have no article in common…` }));
  explain(box, state, dims, link);
  return box;
}

async function count(state, dim, param, values, op) {
  const p = searchParams(state, { withPage: false, without: dim });
  values.forEach((v) => p.append(param, v));
  p.set(`${param}_op`, op);
  p.set('size', '1');
  p.set('facets', '0');
  return (await api.search(p)).total;
}

async function explain(box, state, dims, link) {
  let parts;
  try {
    parts = await Promise.all(dims.map(async ({ dim, param, values }) => {
      const pairs = values.flatMap((a, i) => values.slice(i + 1).map((b) => [a, b]));
      const [any, singles, together] = await Promise.all([
        count(state, dim, param, values, 'or'),
        Promise.all(values.map((v) => count(state, dim, param, [v], 'or'))),
        Promise.all(pairs.map((pair) => count(state, dim, param, pair, 'and'))),
      ]);
      return { dim, values, any, singles, apart: pairs.filter((_, i) => together[i] === 0) };
    }));
  } catch (e) {
    replaceChildren(box, el('p', { text: `Which values have no article in common could not be counted: ${e.message}` }));
    return;
  }
  replaceChildren(box, parts.map(({ dim, values, any, singles, apart }) => {
    const names = (list) => list.flatMap((v, i) => [i ? (i === list.length - 1 ? ' and ' : ', ') : '', el('strong', { dir: 'auto', text: v })]);
    const alone = values.filter((_, i) => singles[i] === 0);
    let why;
    if (alone.length) why = [names(alone), ` ${alone.length === 1 ? 'is' : 'are'} in no article here with these words and filters.`];
    else if (apart.length) {
      why = ['No article here names both ', apart.flatMap(([a, b], i) => [i ? '; nor both ' : '', el('strong', { dir: 'auto', text: a }),
        ' and ', el('strong', { dir: 'auto', text: b })]), '.'];
    } else why = [`Every two of them share an article, but none names all ${values.length}.`];
    const counts = values.map((v, i) => `${v}: ${plural(singles[i], 'article')}`).join(' · ');
    const wider = link({ ops: { ...state.ops, [dim]: 'or' } });
    return el('div', { className: 'all-of-dim' },
      el('p', {}, `All of the ticked ${dim}: `, why, ' ', el('span', { className: 'all-of-counts', text: `(${counts})` })),
      any > 0 ? el('p', {}, el('a', { className: 'all-of-widen', href: wider.href, on: { click: wider.onclick } },
        `Show the ${plural(any, 'article')} naming any of them`)) : null);
  }));
}
