// The page's whole state lives in the URL, so a link can be shared, reload restores it and Back/Forward work.

const SORTS = new Set(['relevance', '-date', 'date']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a query string such as location.search. Unknown or malformed values are dropped. */
export function readState(search) {
  const p = new URLSearchParams(search);
  const page = Number.parseInt(p.get('page') || '1', 10);
  const date = (name) => (DATE.test(p.get(name) || '') ? p.get(name) : '');
  return {
    q: (p.get('q') || '').trim(),
    persons: unique(p.getAll('person')),
    countries: unique(p.getAll('country')),
    from: date('from'),
    to: date('to'),
    sort: SORTS.has(p.get('sort')) ? p.get('sort') : 'relevance',
    page: Number.isFinite(page) && page > 1 ? page : 1,
    // An opaque position from the API's next_cursor: deep pages are fetched after it instead of by offset.
    cursor: (p.get('cursor') || '').slice(0, 500),
    article: p.get('article') || '',
  };
}

/** The query string of a state, with defaults left out so URLs stay short. */
export function toQuery(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  state.persons.forEach((v) => p.append('person', v));
  state.countries.forEach((v) => p.append('country', v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.cursor) p.set('cursor', state.cursor);
  if (state.article) p.set('article', state.article);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The parameters of /api/search (and /api/entities) for a state; the article is not part of a search. */
export function searchParams(state, { withPage = true, without = null } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (without !== 'persons') state.persons.forEach((v) => p.append('person', v));
  if (without !== 'countries') state.countries.forEach((v) => p.append('country', v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (withPage) {
    if (state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.cursor) p.set('cursor', state.cursor);
    else if (state.page > 1) p.set('page', String(state.page));
  }
  return p;
}

/** A copy of the state with changes; any change of the search goes back to its first page. */
export function withChanges(state, changes) {
  const next = { ...state, ...changes };
  const searchChanged = ['q', 'persons', 'countries', 'from', 'to', 'sort']
    .some((k) => k in changes && JSON.stringify(changes[k]) !== JSON.stringify(state[k]));
  if (searchChanged && !('page' in changes)) next.page = 1;
  if ('page' in changes && !('cursor' in changes)) next.cursor = ''; // a numbered page is found by its number
  if (searchChanged && !('cursor' in changes)) next.cursor = '';
  if (searchChanged && !('article' in changes)) next.article = '';
  return next;
}

/** The key of the search a state asks for, to reuse a response when only the open article changes. */
export function searchKey(state) {
  return searchParams(state).toString();
}

/** The state's value list for a facet dimension ("persons" or "countries"). */
export function selected(state, dim) {
  return dim === 'persons' ? state.persons : state.countries;
}

export function hasFilters(state) {
  return state.persons.length > 0 || state.countries.length > 0 || !!state.from || !!state.to;
}

function unique(values) {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v))];
}
