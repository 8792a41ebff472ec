// Who appears with whom: for one selected person, country or organization, the persons, countries and
// organizations named most often in the same articles, with counts, each a link to the combined filter ("all of"
// both). The counts come from the search itself under "all of", so they are counts within the selected entity's
// articles, not sideways counts; like every count, of the articles about each (or naming it, with "Any mention").

import * as api from './api.js';
import { DIMS, excluded, searchParams, selected } from './state.js';
import { el, plural, replaceChildren } from './dom.js';

const SHOWN = 5; // five a kind: the panel has a fixed room (no jump below it) and leaves the results in view
let sequence = 0;

/** The one selected entity of a state ({dim, param, value}), or null when none or several are selected. */
export function soleEntity(state) {
  // A carried field's value (bias: left) is no name an article mentions: it has no names "in the same articles".
  const chosen = DIMS.filter((d) => !d.carried).flatMap(({ dim, param }) => selected(state, dim).map((value) => ({ dim, param, value })));
  return chosen.length === 1 ? chosen[0] : null;
}

/** Draws the panel for state's sole selected entity, or hides it. link(changes) → {href, onclick}. */
export async function renderCooccurrence(container, state, link) {
  const mine = ++sequence;
  const entity = soleEntity(state);
  if (!entity) {
    replaceChildren(container);
    container.hidden = true;
    delete container.dataset.title;
    return;
  }
  // The panel takes its room at once, with its heading, so the answer fills it without moving what is below.
  const title = `Named in the same articles as ${entity.value}`;
  if (container.hidden || container.dataset.title !== title) {
    container.dataset.title = title;
    container.hidden = false;
    replaceChildren(container, el('h2', { id: 'cooccurrence-title', text: title }),
      el('p', { className: 'cooccurrence-note', text: 'Counting…' }));
  }
  const params = searchParams(state, { withPage: false });
  params.set(`${entity.param}_op`, 'and');
  params.set('size', '1');
  params.set('facets', String(SHOWN + 1));
  let response;
  try {
    response = await api.search(params);
  } catch (e) {
    if (mine === sequence) {
      replaceChildren(container, el('h2', { id: 'cooccurrence-title', text: title }),
        el('p', { className: 'cooccurrence-note', text: `The names could not be counted: ${e.message}` }));
    }
    return;
  }
  if (mine !== sequence) return;
  // Languages are not named in articles: the panel lists the entities only.
  const groups = DIMS.filter(({ dim }) => dim !== 'languages' && dim !== 'sources').map(({ dim }) => {
    const values = ((response.facets && response.facets[dim]) || [])
      .filter((v) => !v.selected && !v.excluded && v.count > 0).slice(0, SHOWN);
    if (!values.length) return null;
    return el('div', { className: 'cooccurrence-group' },
      el('h3', { text: { persons: 'Persons', countries: 'Countries', organizations: 'Organizations' }[dim] || dim }),
      el('ul', {}, values.map((v) => {
        const changes = dim === entity.dim
          ? { [dim]: [entity.value, v.value], ops: { ...state.ops, [dim]: 'and' } }
          : { [dim]: [...selected(state, dim), v.value], not: { ...state.not, [dim]: excluded(state, dim).filter((x) => x !== v.value) } };
        const target = link(changes);
        return el('li', {}, el('a', { href: target.href, on: { click: target.onclick } }, v.value),
          el('span', { className: 'facet-count', text: ` ${v.count.toLocaleString('en')}` }));
      })));
  }).filter(Boolean);
  if (!groups.length) {
    replaceChildren(container, el('h2', { id: 'cooccurrence-title', text: title }),
      el('p', { className: 'cooccurrence-note', text: `No other names are in the articles with ${entity.value} here.` }));
    return;
  }
  replaceChildren(container,
    el('h2', { id: 'cooccurrence-title', text: title }),
    el('p', { className: 'cooccurrence-note',
      text: state.mentions === 'all'
        ? `Counts are articles (of the ${plural(response.total, 'article')} naming ${entity.value} here) that also name each; a link shows the articles naming both.`
        : `Counts are articles (of the ${plural(response.total, 'article')} about ${entity.value} here) that are also about each; a link shows the articles about both.` }),
    el('div', { className: 'cooccurrence-groups' }, groups));
}
