// Dispatch's page: reads the state from the URL, asks the API, and draws results, facets, the histogram or an
// article. Every change of state is a history entry, so Back, Forward, reload and shared links all work.

import * as api from './api.js';
import { focusFirstMatch, renderArticle } from './article.js';
import { el, formatDate, isModifiedClick, plural, replaceChildren } from './dom.js';
import { FacetBox } from './facets.js';
import { renderActiveFilters } from './filters.js';
import { renderCompare, seriesOf } from './compare.js';
import { renderCooccurrence, soleEntity } from './cooccurrence.js';
import { updateFollow } from './follow.js';
import { renderHistogram, zoomBuckets, zoomInterval } from './histogram.js';
import { renderResults } from './results.js';
import { DIMS, carriedDim, excluded, readState, searchKey, searchParams, selected, toQuery, withChanges } from './state.js';

const FACET_SIZE = 10; // the API's default number of values per facet
const $ = (id) => document.getElementById(id);
const view = {
  form: $('search-form'), q: $('q'), sort: $('sort'), results: $('results'), count: $('result-count'),
  notes: $('notes'), pager: $('pager'), timeline: $('timeline'), active: $('active-filters'), main: $('main'),
  reader: $('reader'), sidebar: $('sidebar'), progress: $('progress'), facetToggle: $('facet-toggle'),
  toolbar: $('toolbar'), compare: $('compare'), exportLinks: $('export-links'), dateRange: $('date-range'),
  dateFrom: $('date-from'), dateTo: $('date-to'), cooccurrence: $('cooccurrence'), home: $('home-link'), footer: $('footer-stats'), heading: $('page-heading'),
  skipFilters: $('skip-filters'), skipResults: $('skip-results'), skipArticle: $('skip-article'),
  mentions: $('mentions-switch'), mentionsNote: $('mentions-note'), fold: $('fold'), foldToggle: $('fold-toggle'),
};

history.scrollRestoration = 'manual'; // the page restores it once results are drawn
let state = readState(location.search);
let cached = { key: null, response: null };
let searching = null;
let reading = null;
let lastRead = ''; // the article last shown: back on the results, its link has the focus again
const scrollByKey = new Map();

const facetActions = { toggle, exclude, setMatch };
const facets = {
  persons: new FacetBox($('facet-persons'), 'persons', facetActions),
  countries: new FacetBox($('facet-countries'), 'countries', facetActions),
  organizations: new FacetBox($('facet-organizations'), 'organizations', facetActions),
  languages: new FacetBox($('facet-languages'), 'languages', facetActions),
  sources: new FacetBox($('facet-sources'), 'sources', facetActions),
};

/** The box of a dimension; a carried field's (meta.bias) is made, hidden, at the end of the sidebar when first named. */
function facetBox(dim) {
  if (!facets[dim]) {
    const section = el('section', { className: 'facet', id: `facet-${dim}`, dataset: { dim },
      'aria-labelledby': `facet-${dim}-title`, hidden: true });
    view.sidebar.append(section);
    facets[dim] = new FacetBox(section, dim, facetActions);
  }
  return facets[dim];
}

// ---- state changes -------------------------------------------------------------------------------------

function hrefFor(next) {
  return `${location.pathname}${toQuery(next)}`;
}

/** A link's href and click handler for a change of state (modified clicks open a new tab as usual). */
function link(changes) {
  const next = withChanges(state, changes);
  return {
    href: hrefFor(next),
    onclick: (event) => {
      if (isModifiedClick(event)) return;
      event.preventDefault();
      go(next);
    },
  };
}

function navigate(changes) {
  go(withChanges(state, changes));
}

function go(next, { replace = false } = {}) {
  if (!state.article) scrollByKey.set(searchKey(state), window.scrollY);
  const url = hrefFor(next);
  const same = url === `${location.pathname}${location.search}`;
  if (replace || same) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  const pageChanged = next.page !== state.page;
  state = next;
  render().then(() => {
    if (pageChanged && !state.article) {
      // The pager that was clicked is redrawn, so focus moves to the new list rather than being lost.
      view.main.scrollIntoView({ block: 'start' });
      view.results.focus({ preventScroll: true });
    }
  });
}

function toggle(dim, value) {
  const list = selected(state, dim);
  const out = excluded(state, dim);
  // On a phone the filters are a drawer over the results: choosing one closes it, and the focus goes to its button.
  const fromDrawer = document.body.classList.contains('facets-open') && view.sidebar.contains(document.activeElement);
  if (fromDrawer) {
    setFacetsOpen(false);
    view.facetToggle.focus();
  }
  navigate({
    [dim]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
    not: { ...state.not, [dim]: out.filter((v) => v !== value) },
  });
}

/** Leaves out the articles naming a value, or takes the exclusion back; an excluded value is no longer wanted. */
function exclude(dim, value) {
  const out = excluded(state, dim);
  navigate({
    [dim]: selected(state, dim).filter((v) => v !== value),
    not: { ...state.not, [dim]: out.includes(value) ? out.filter((v) => v !== value) : [...out, value] },
  });
}

function setMatch(dim, op) {
  navigate({ ops: { ...state.ops, [dim]: op } });
}

window.addEventListener('popstate', () => {
  if (!state.article) scrollByKey.set(searchKey(state), window.scrollY);
  state = readState(location.search);
  render();
});

// ---- drawing -------------------------------------------------------------------------------------------

async function render() {
  view.q.value = state.q;
  view.sort.value = state.sort;
  // Without a query there is nothing to rank by, and the API lists the newest first.
  view.sort.options[0].textContent = state.q ? 'Relevance' : 'Relevance (newest)';
  const filterCount = (state.from || state.to ? 1 : 0)
    + DIMS.reduce((n, { dim }) => n + selected(state, dim).length + excluded(state, dim).length, 0);
  view.facetToggle.textContent = filterCount ? `Filters (${filterCount})` : 'Filters';
  // The fold's button names what it holds: with one name chosen, the names seen in the same articles too.
  view.foldToggle.textContent = soleEntity(state) ? 'Chart, names and tools' : 'Chart and tools';
  renderActiveFilters(view.active, state, navigate);
  const isReading = !!state.article;
  const wasReading = document.body.classList.contains('reading');
  document.body.classList.toggle('reading', isReading);
  view.reader.hidden = !isReading;
  view.main.hidden = isReading;
  view.sidebar.hidden = isReading;
  view.facetToggle.hidden = isReading;
  view.foldToggle.hidden = isReading;
  // Skip links only ever point at something visible.
  view.skipFilters.hidden = isReading;
  view.skipResults.hidden = isReading;
  view.skipArticle.hidden = !isReading;
  view.mentions.querySelectorAll('input').forEach((radio) => { radio.checked = radio.value === state.mentions; });
  view.dateFrom.value = state.from;
  view.dateTo.value = state.to;
  renderExportLinks();
  if (!isReading) {
    renderCompare(view.compare, state, navigate);
    renderCooccurrence(view.cooccurrence, state, link);
  } else {
    view.compare.hidden = true;
    view.cooccurrence.hidden = true;
  }
  view.dateRange.hidden = isReading;
  if (isReading) await showArticle();
  else {
    await showSearch();
    if (wasReading) focusResult(lastRead);
  }
}

/** Puts the focus on the link of the result that was opened, or on the list when it is not on this page. */
function focusResult(id) {
  const hit = [...view.results.querySelectorAll('.hit')].find((h) => h.dataset.id === id);
  const target = hit ? hit.querySelector('.hit-title a') : view.results;
  target.focus({ preventScroll: !!hit && Math.abs(target.getBoundingClientRect().top) < window.innerHeight });
}

/** Export buttons for the current search: every match as CSV or NDJSON, the facet counts, and comparing. */
function renderExportLinks() {
  const params = searchParams(state, { withPage: false });
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  csv.set('bom', 'true');
  const ndjson = new URLSearchParams(params);
  ndjson.set('format', 'ndjson');
  ndjson.set('fields', 'id,date,title,url,source,persons,countries,organizations,persons_about,countries_about,'
    + 'organizations_about,snippet');
  const series = seriesOf(searchParams(state, { withPage: false }));
  replaceChildren(view.exportLinks,
    el('span', { className: 'export-label', text: 'Export all matches:' }),
    el('a', { className: 'export-link', href: `api/export?${csv}`, download: '' }, 'CSV'),
    el('a', { className: 'export-link', href: `api/export?${ndjson}`, download: '' }, 'NDJSON'),
    el('a', { className: 'export-link', href: `api/export/facets?${params}`, download: '' }, 'Facet counts (CSV)'),
    state.series.includes(series) ? null : el('button', {
      type: 'button', className: 'compare-open',
      on: { click: () => navigate({ series: [...state.series, series] }) },
    }, state.series.length ? 'Add this search to the comparison' : 'Compare over time'));
}

async function showSearch() {
  document.title = state.q ? `${state.q} — Dispatch` : 'Dispatch — geopolitical news search';
  view.heading.textContent = state.q ? `Search results for “${state.q}”` : 'Latest articles';
  if (reading) reading.abort(); // an article still loading is no longer wanted
  reading = null;
  const key = searchKey(state);
  if (cached.key === key) {
    busy(false);
    drawSearch(cached.response);
    window.scrollTo(0, scrollByKey.get(key) || 0);
    return;
  }
  if (searching) searching.abort();
  const controller = new AbortController();
  searching = controller;
  busy(true);
  try {
    const response = await api.search(searchParams(state), controller.signal);
    if (searching !== controller) return;
    cached = { key, response };
    drawSearch(response);
  } catch (e) {
    if (e.name === 'AbortError' || searching !== controller) return;
    cached = { key: null, response: null };
    drawError(e.message);
  } finally {
    if (searching === controller) {
      searching = null;
      busy(false);
    }
  }
}

function drawSearch(response) {
  view.toolbar.hidden = false;
  renderResults(view, state, response, { link, toggle });
  updateFollow($('follow-link'), state);
  const onRange = (from, to) => navigate(from === state.from && to === state.to ? { from: '', to: '' } : { from, to });
  renderHistogram(view.timeline, response.facets && response.facets.dates, state, onRange);
  if (state.from && state.to) zoom(response, onRange);
  // The fields the corpus carries (bias, topic …) that are facets: each gets a box of its own below the outlets.
  const carried = (response.facets && response.facets.fields) || {};
  Object.keys(carried).forEach(carriedDim);
  for (const { dim, carried: name } of DIMS) {
    const values = name ? carried[name] : response.facets && response.facets[dim];
    facetBox(dim).update(state, values, FACET_SIZE);
    // The outlets and carried boxes, last in the sidebar, are shown once an answer names a value: hidden until then
    // they hold no room, so the boxes above settling never move them across the screen, and an index without
    // outlets or carried fields shows no empty box.
    if (dim === 'sources' || name) {
      facets[dim].section.hidden = (values || []).length === 0 && selected(state, dim).length === 0
        && excluded(state, dim).length === 0;
    }
  }
  // An index written before articles carried what they are about (or a backend without it) counts every mention.
  const applied = response.filters && response.filters.mentions;
  view.mentionsNote.hidden = !(applied === 'all' && state.mentions === 'about');
}

/** With a date range chosen, the histogram shows only those dates, at the finest interval that fits them. */
let zooming = 0;
async function zoom(response, onRange) {
  const mine = ++zooming;
  const { from, to } = state;
  const params = searchParams(state, { withPage: false });
  params.set('interval', zoomInterval(from, to));
  try {
    const timeline = await api.timeline(params);
    if (mine !== zooming || state.from !== from || state.to !== to) return;
    renderHistogram(view.timeline, response.facets && response.facets.dates, state, onRange,
      zoomBuckets(timeline, from, to), () => navigate({ from: '', to: '' }));
  } catch {
    // The whole-span histogram stays; the results say what went wrong if anything did.
  }
}

function drawError(message) {
  view.toolbar.hidden = true;
  replaceChildren(view.notes);
  replaceChildren(view.pager);
  view.timeline.hidden = true;
  replaceChildren(view.results, el('div', { className: 'error-state', role: 'alert' },
    el('h2', { text: 'The search could not be run' }),
    el('p', { className: 'error-message', text: message }),
    el('button', { type: 'button', on: { click: () => render() } }, 'Try again')));
}

async function showArticle() {
  const back = link({ article: '' });
  if (searching) searching.abort();
  searching = null;
  if (reading) reading.abort();
  const controller = new AbortController();
  reading = controller;
  busy(true);
  try {
    const article = await api.article(state.article, state.q, controller.signal);
    if (reading !== controller) return;
    lastRead = state.article;
    document.title = `${article.title || 'Untitled article'} — Dispatch`;
    renderArticle(view.reader, article, state, { link }, back);
    window.scrollTo(0, 0);
    if (!(state.at === 'match' && focusFirstMatch())) $('article-title').focus({ preventScroll: true });
  } catch (e) {
    if (e.name === 'AbortError' || reading !== controller) return;
    document.title = 'Article not found — Dispatch';
    replaceChildren(view.reader,
      el('nav', { className: 'reader-nav' }, el('a', { className: 'back', href: back.href, on: { click: back.onclick } },
        '← Back to results')),
      el('div', { className: 'error-state', role: 'alert' },
        el('h2', { text: 'This article could not be opened' }),
        el('p', { className: 'error-message', text: e.message })));
  } finally {
    if (reading === controller) {
      reading = null;
      busy(false);
    }
  }
}

let busyTimer = null;
function busy(on) {
  view.results.setAttribute('aria-busy', String(on));
  document.body.classList.toggle('loading', on);
  clearTimeout(busyTimer);
  // Shown only when an answer takes a moment, so quick searches do not flicker.
  if (on) busyTimer = setTimeout(() => { view.progress.hidden = false; }, 150);
  else view.progress.hidden = true;
}

// ---- controls ------------------------------------------------------------------------------------------

view.form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ q: view.q.value.trim(), page: 1, article: '' });
});

view.sort.addEventListener('change', () => navigate({ sort: view.sort.value }));

// About / Any mention: a radio group, so it is one Tab stop and the arrow keys switch it, as for any radio group.
view.mentions.addEventListener('change', (event) => navigate({ mentions: event.target.value }));

view.dateRange.addEventListener('submit', (event) => {
  event.preventDefault();
  let from = view.dateFrom.value;
  let to = view.dateTo.value;
  if (from && to && from > to) [from, to] = [to, from];
  navigate({ from, to });
});

view.home.addEventListener('click', (event) => {
  if (isModifiedClick(event)) return;
  event.preventDefault();
  go(readState(''));
});

function setFacetsOpen(open) {
  document.body.classList.toggle('facets-open', open);
  view.facetToggle.setAttribute('aria-expanded', String(open));
}

view.facetToggle.addEventListener('click', () => setFacetsOpen(!document.body.classList.contains('facets-open')));

// On a phone the histogram, the names seen together and the export tools fold away, so the first result card is on
// the first screen after a search or a filter; one button (a disclosure, aria-expanded) shows them. Wide screens
// always show them and never show the button.
view.foldToggle.addEventListener('click', () => {
  const open = !document.body.classList.contains('fold-open');
  document.body.classList.toggle('fold-open', open);
  view.foldToggle.setAttribute('aria-expanded', String(open));
});

// Skip links move focus themselves: no "#sidebar" in the URL, and on a phone the filters drawer opens first.
for (const skip of [view.skipFilters, view.skipResults, view.skipArticle]) {
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    const target = $(skip.getAttribute('href').slice(1));
    if (target === view.sidebar && !target.offsetParent) setFacetsOpen(true);
    target.focus();
  });
}

document.addEventListener('keydown', (event) => {
  const t = event.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement
    || (t instanceof HTMLElement && t.isContentEditable);
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    view.q.focus();
    view.q.select();
  } else if (event.key === 'Escape' && !typing && state.article) {
    navigate({ article: '' });
  }
});

async function showStats() {
  try {
    const stats = await api.stats();
    const when = stats.last_indexed ? `, last indexed ${formatDate(stats.last_indexed.slice(0, 10))}` : '';
    view.footer.textContent = `Dispatch — ${plural(stats.articles, 'article')} indexed${when}.`;
  } catch {
    // The footer keeps its plain text; the page itself reports errors where they matter.
  }
}

go(state, { replace: true });
showStats();
