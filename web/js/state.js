// The page's whole state lives in the URL, so a link can be shared, reload restores it and Back/Forward work.

const SORTS = new Set(['relevance', '-date', 'date']);
/** The entity dimensions the page filters on, with their query-string names (person=, person_op=, not_person=). */
export const DIMS = [{ dim: 'persons', param: 'person' }, { dim: 'countries', param: 'country' },
  { dim: 'organizations', param: 'organization' }, { dim: 'languages', param: 'language' },
  { dim: 'sources', param: 'source' }];
/**
 * A field the corpus carries (bias, topic …) as a dimension of its own, "meta.bias", filtered as meta.bias=left.
 * Its name is the corpus's, not known in advance: it joins DIMS when a URL or an answer first names it, and stays.
 */
export function carriedDim(name) {
  const dim = `meta.${name}`;
  if (!DIMS.some((d) => d.dim === dim)) DIMS.push({ dim, param: dim, carried: name });
  return dim;
}
/** Folded names only (lower-case letters, digits, _), as the API keeps them; "_op" ends a match mode (meta.topic_op). */
const CARRIED_PARAM = /^(?:not_|-)?meta\.([a-z0-9_]+?)(?:_op)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTERVALS = new Set(['day', 'week', 'month', 'year']);

/** Reads the state from a query string such as location.search. Unknown or malformed values are dropped. */
export function readState(search) {
  const p = new URLSearchParams(search);
  const page = Number.parseInt(p.get('page') || '1', 10);
  const date = (name) => (DATE.test(p.get(name) || '') ? p.get(name) : '');
  for (const key of p.keys()) {
    const carried = CARRIED_PARAM.exec(key);
    if (!carried) continue;
    // As the API reads it: a field of the corpus's own may end in "_op" (desk_op); meta.desk_op is the mode switch
    // of meta.desk only when meta.desk itself is filtered, and not_meta.desk_op is never a switch.
    const name = key.replace(/^(?:not_|-)?meta\./, '');
    const base = `meta.${carried[1]}`;
    const negated = /^(?:not_|-)/.test(key);
    const isSwitch = !negated && name !== carried[1] && (p.has(base) || p.has(`not_${base}`) || p.has(`-${base}`));
    carriedDim(negated || !isSwitch ? name : carried[1]);
  }
  return {
    q: (p.get('q') || '').trim(),
    // Per dimension (persons, countries, …, meta.bias): the values wanted.
    ...Object.fromEntries(DIMS.map(({ dim, param }) => [dim, unique(p.getAll(param))])),
    // Whether entity filters and counts read the entities an article is about (the default) or every mention.
    mentions: p.get('mentions') === 'all' ? 'all' : 'about',
    from: date('from'),
    to: date('to'),
    // Per dimension: "or" (any of the values, the default) or "and" (all of them), and the values left out.
    ops: Object.fromEntries(DIMS.map(({ dim, param }) => [dim, p.get(`${param}_op`) === 'and' ? 'and' : 'or'])),
    not: Object.fromEntries(DIMS.map(({ dim, param }) => [dim, unique(p.getAll(`not_${param}`))])),
    sort: SORTS.has(p.get('sort')) ? p.get('sort') : 'relevance',
    page: Number.isFinite(page) && page > 1 ? page : 1,
    // An opaque position from the API's next_cursor: deep pages are fetched after it instead of by offset.
    cursor: (p.get('cursor') || '').slice(0, 500),
    article: p.get('article') || '',
    // at=match: the article opens at the first place the searched words match (a card's "where it matches").
    at: p.get('at') === 'match' && p.get('article') ? 'match' : '',
    // Compare over time: each series is a search's query string, as /api/timeline takes it.
    series: unique(p.getAll('series')).slice(0, 10),
    interval: INTERVALS.has(p.get('interval')) ? p.get('interval') : 'month',
    show: p.get('show') === 'share' ? 'share' : 'count',
  };
}

/** The query string of a state, with defaults left out so URLs stay short. */
export function toQuery(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  DIMS.forEach(({ dim, param }) => selected(state, dim).forEach((v) => p.append(param, v)));
  appendModes(p, state);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.cursor) p.set('cursor', state.cursor);
  if (state.article) p.set('article', state.article);
  if (state.article && state.at) p.set('at', state.at);
  (state.series || []).forEach((v) => p.append('series', v));
  if (state.series && state.series.length && state.interval !== 'month') p.set('interval', state.interval);
  if (state.series && state.series.length && state.show === 'share') p.set('show', 'share');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The parameters of /api/search (and /api/entities) for a state; the article is not part of a search. */
export function searchParams(state, { withPage = true, without = null } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  DIMS.forEach(({ dim, param }) => {
    if (without !== dim) selected(state, dim).forEach((v) => p.append(param, v));
  });
  appendModes(p, state);
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
  const searchChanged = ['q', ...DIMS.map(({ dim }) => dim), 'ops', 'not', 'mentions', 'from', 'to', 'sort']
    .some((k) => k in changes && JSON.stringify(changes[k]) !== JSON.stringify(state[k]));
  if (searchChanged && !('page' in changes)) next.page = 1;
  if ('page' in changes && !('cursor' in changes)) next.cursor = ''; // a numbered page is found by its number
  if (searchChanged && !('cursor' in changes)) next.cursor = '';
  if (searchChanged && !('article' in changes)) next.article = '';
  if (!('at' in changes) && ('article' in changes || !next.article)) next.at = '';
  return next;
}

/** The key of the search a state asks for, to reuse a response when only the open article changes. */
export function searchKey(state) {
  return searchParams(state).toString();
}

/** The state's value list for a facet dimension ("persons", "countries", "meta.bias" …). */
export function selected(state, dim) {
  return state[dim] || [];
}

export function hasFilters(state) {
  return !!state.from || !!state.to
    || DIMS.some(({ dim }) => selected(state, dim).length > 0 || excluded(state, dim).length > 0);
}

/** No entity values wanted or left out: what "clear all" and "without filters" change. */
export function noEntityFilters() {
  return { ...Object.fromEntries(DIMS.map(({ dim }) => [dim, []])), not: {} };
}

/** The values a dimension leaves out. */
export function excluded(state, dim) {
  return (state.not && state.not[dim]) || [];
}

/** What a dimension's values are called in a sentence: "persons", "bias values". */
export function dimNoun(dim) {
  const d = DIMS.find((x) => x.dim === dim);
  return d && d.carried ? `${d.carried.replace(/_/g, ' ')} values` : dim;
}

/** "or" (any of) or "and" (all of) for a dimension. */
export function matchOf(state, dim) {
  return (state.ops && state.ops[dim]) || 'or';
}

/** A state's match modes, exclusions and mentions mode as query-string parameters, defaults left out. */
function appendModes(p, state) {
  for (const { dim, param } of DIMS) {
    if (matchOf(state, dim) === 'and') p.set(`${param}_op`, 'and');
    excluded(state, dim).forEach((v) => p.append(`not_${param}`, v));
  }
  if (state.mentions === 'all') p.set('mentions', 'all');
}

function unique(values) {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v))];
}
