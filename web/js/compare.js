// Compare over time: several searches as lines on one chart, as article counts or as shares of every article of
// each period (a count alone misleads when the collection is uneven). Everything is in the URL (series=, interval=,
// show=), so a comparison is a link. Lines differ by colour AND by dash pattern and point shape, and the legend
// names each, so nothing relies on colour alone.

import * as api from './api.js';
import { el, formatDate, plural, replaceChildren, svg } from './dom.js';

const STYLES = [
  { colour: '#1d4ed8', dash: '', shape: 'circle', name: 'solid line, circles' },
  { colour: '#b45309', dash: '6 4', shape: 'square', name: 'dashed line, squares' },
  { colour: '#047857', dash: '2 3', shape: 'triangle', name: 'dotted line, triangles' },
  { colour: '#9f1239', dash: '10 3 2 3', shape: 'diamond', name: 'dash-dot line, diamonds' },
  { colour: '#6d28d9', dash: '12 4', shape: 'cross', name: 'long dashes, crosses' },
];
const HEIGHT = 180;
const PAD = { left: 44, right: 12, top: 10, bottom: 24 };
let sequence = 0;

/** A search's query string as a series (q and the entity filters; the chart's dates are its own). */
export function seriesOf(params) {
  const p = new URLSearchParams(params);
  ['page', 'sort', 'from', 'to', 'size'].forEach((k) => p.delete(k));
  return p.toString();
}

/**
 * Draws the comparison of state.series into container, or hides it when there is none. navigate(changes) changes
 * the state: {series, interval, show}.
 */
export async function renderCompare(container, state, navigate) {
  const mine = ++sequence;
  if (!state.series.length) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  current = { state, navigate };
  if (container.hidden || !container.querySelector('.compare-chart-wrap')) {
    // The panel's final frame at once (a line per series, the chart's box): the answer fills it without moving what
    // is below it.
    fill(container, [heading(state, navigate),
      el('ul', { className: 'compare-legend', 'aria-label': 'Series' }, state.series.map((s) => el('li', {},
        el('span', { className: 'series-label', text: new URLSearchParams(s).get('q') || s }))))],
    [el('div', { className: 'compare-chart-wrap' }), state.show === 'share' ? el('p', { className: 'compare-thin' }) : null,
      el('p', { className: 'compare-readout', text: 'Counting…' }), el('p', { className: 'compare-undated' }),
      el('p', { className: 'compare-links' }, ' ')]);
  }
  container.hidden = false;
  const params = new URLSearchParams();
  state.series.forEach((s) => params.append('series', s));
  params.set('interval', state.interval);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  let timeline;
  try {
    timeline = await api.timeline(params);
  } catch (e) {
    if (mine !== sequence) return;
    replaceChildren(container, heading(state, navigate), el('p', { className: 'error-message', role: 'alert', text: e.message }));
    return;
  }
  if (mine !== sequence) return;
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  fill(container, [heading(state, navigate), legend(timeline, state, navigate), warningNotes(timeline)], [
    chart(timeline, state.show, chartWidth(container)),
    thinNote(timeline, state.show),
    el('p', { className: 'compare-readout', id: 'compare-readout', role: 'status', 'aria-live': 'polite',
      text: 'Point at a period, or move along the chart with the arrow keys, to read its values.' }),
    undatedNote(timeline),
    el('p', { className: 'compare-links' }, el('a', { href: `api/timeline?${csv}`, download: '' }, 'Download this comparison as CSV'))]);
}

/**
 * Why a line is flat at zero when the server knows (a filter value no article holds, with the one it may have meant),
 * said under the legend as the search's notes are: a status a screen reader announces.
 */
function warningNotes(timeline) {
  if (!timeline.warnings || !timeline.warnings.length) return null;
  return el('div', { className: 'notes compare-notes', role: 'status' },
    timeline.warnings.map((w) => el('p', { className: 'note warning', text: w })));
}

/**
 * Redraws the panel around its "Add a search" form, which stays as it is: what a reader is typing there, and the
 * focus, survive the answer arriving.
 */
function fill(container, before, after) {
  const form = container.querySelector('.compare-form') || addForm();
  for (const child of [...container.children]) if (child !== form) child.remove();
  if (!form.isConnected) container.append(form);
  form.before(...before.filter(Boolean));
  form.after(...after.filter(Boolean));
}

/** The chart is drawn at the width it is shown at, so its 11 px labels are 11 px on a phone too. */
function chartWidth(container) {
  const style = getComputedStyle(container);
  const width = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width > 200 ? Math.floor(width) : 760;
}

function heading(state, navigate) {
  const interval = el('select', { id: 'compare-interval', on: { change: (e) => navigate({ interval: e.target.value }) } },
    ['day', 'week', 'month', 'year'].map((v) => el('option', { value: v, text: v, selected: v === state.interval })));
  const show = (value, text) => el('label', { className: 'compare-show' },
    el('input', { type: 'radio', name: 'compare-show', value, checked: state.show === value,
      on: { change: () => navigate({ show: value }) } }), text);
  return el('div', { className: 'compare-head' },
    el('h2', { id: 'compare-title', text: 'Compare over time' }),
    el('label', { className: 'compare-interval', for: 'compare-interval' }, 'Per ', interval),
    el('fieldset', { className: 'compare-mode' }, el('legend', { className: 'visually-hidden', text: 'Show' }),
      show('count', 'Articles'), show('share', 'Share of all articles')),
    el('button', { type: 'button', className: 'compare-close', on: { click: () => navigate({ series: [] }) } },
      'Close comparison'));
}

function legend(timeline, state, navigate) {
  return el('ul', { className: 'compare-legend', 'aria-label': 'Series' }, timeline.series.map((s, i) => {
    const style = STYLES[i % STYLES.length];
    return el('li', {},
      svg('svg', { width: 34, height: 14, 'aria-hidden': 'true', className: 'swatch' },
        svg('line', { x1: 1, x2: 33, y1: 7, y2: 7, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }),
        marker(style, 17, 7)),
      el('span', { className: 'series-label', text: s.label }),
      el('span', { className: 'visually-hidden', text: ` (${style.name})` }),
      el('span', { className: 'series-total', text: ` · ${plural(s.total, 'article')}` }),
      el('button', { type: 'button', className: 'series-remove',
        on: { click: () => navigate({ series: state.series.filter((_, j) => j !== i) }) } },
      'Remove', el('span', { className: 'visually-hidden', text: ` ${s.label}` })));
  }));
}

/** The latest state and navigate: the form outlives a render, so it reads them when submitted. */
let current = null;

function addForm() {
  const input = el('input', { type: 'search', id: 'compare-add', className: 'compare-add', autocomplete: 'off',
    placeholder: 'e.g. Xi, or person:"Xi Jinping"' });
  return el('form', { className: 'compare-form', on: { submit: (e) => {
    e.preventDefault();
    const q = input.value.trim();
    const { state, navigate } = current;
    if (q && state.series.length < 10) {
      input.value = '';
      navigate({ series: [...state.series, new URLSearchParams({ q }).toString()] });
    }
  } } },
  el('label', { for: 'compare-add', text: 'Add a search' }), input, el('button', { type: 'submit' }, 'Add'));
}

/**
 * A share needs its base: a period holding fewer than THIN_BASE articles in all is drawn on a hatched band, its points
 * hollow, and its share does not set the y-scale (one article of a month that holds one is 100 %). 30 because below
 * it a share's 95 % margin of error passes ±18 points (1.96 × √(0.25 / 30)): too wide to compare periods by.
 */
export const THIN_BASE = 30;
const LABEL_PX = 6.2; // the width of a character of the 11 px axis labels, generously, to space them

function chart(timeline, show, width) {
  const n = timeline.periods.length;
  const base = (timeline.all && timeline.all.counts) || [];
  const thin = (p) => show === 'share' && (base[p] ?? 0) < THIN_BASE;
  const values = timeline.series.map((s) => (show === 'share' ? s.shares.map((v) => v || 0) : s.counts));
  const steady = values.flatMap((v) => v.filter((_, p) => !thin(p)));
  const max = Math.max(...(steady.length ? steady : values.flat()), show === 'share' ? 0.0001 : 1);
  const x = (i) => PAD.left + (n <= 1 ? (width - PAD.left - PAD.right) / 2 : (i * (width - PAD.left - PAD.right)) / (n - 1));
  // A thin period's share above the scale is drawn at its top: the scale is the steady periods'.
  const y = (v) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - Math.min(v, max) / max);
  const fmt = (v) => (show === 'share' ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('en'));
  const step = n <= 1 ? width : (width - PAD.left - PAD.right) / (n - 1);
  const hatch = svg('defs', {}, svg('pattern', { id: 'thin-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)' }, svg('rect', { width: 6, height: 6, fill: '#f4f1ea' }),
  svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#c9c2b2', 'stroke-width': 2 })));
  const bands = timeline.periods.map((_, p) => (thin(p) ? svg('rect', {
    className: 'thin-base', x: x(p) - step / 2, y: PAD.top, width: step, height: HEIGHT - PAD.top - PAD.bottom,
    fill: 'url(#thin-hatch)',
  }) : null));
  const lines = timeline.series.map((s, i) => {
    const style = STYLES[i % STYLES.length];
    const points = values[i].map((v, p) => `${x(p)},${y(v)}`).join(' ');
    return svg('g', { className: 'series', 'aria-hidden': 'true' },
      svg('polyline', { points, fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }),
      n <= 60 ? values[i].map((v, p) => marker(style, x(p), y(v), thin(p))) : null);
  });
  const ofAll = (p) => (show === 'share' ? ` of ${plural(base[p] ?? 0, 'article')}${thin(p) ? ', too few to compare' : ''}` : '');
  const readout = (p) => `${periodName(timeline, p)}: ${timeline.series.map((s, i) => `${s.label} ${
    show === 'share' ? `${fmt(values[i][p])} (${s.counts[p].toLocaleString('en')}${ofAll(p)})` : plural(s.counts[p], 'article')}`).join('; ')}`;
  const zones = timeline.periods.map((_, p) => svg('rect', {
    className: 'period', x: x(p) - step / 2, y: 0, width: step, height: HEIGHT, tabindex: p === n - 1 ? '0' : '-1',
    role: 'img', 'aria-label': readout(p), dataset: { index: p },
  }, svg('title', { text: readout(p) })));
  const svgChart = svg('svg', {
    className: 'compare-chart', viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'group',
    'aria-label': `${show === 'share' ? 'Share of all articles' : 'Articles'} per ${timeline.interval}, one line per series`,
  },
  hatch, bands,
  svg('text', { x: 4, y: PAD.top + 8, className: 'axis-label', text: fmt(max) }),
  svg('text', { x: 4, y: HEIGHT - PAD.bottom, className: 'axis-label', text: fmt(0) }),
  svg('line', { x1: PAD.left, x2: width - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom, className: 'baseline' }),
  periodLabels(timeline, x, step, width),
  lines, zones);
  const show$ = (p) => {
    const out = document.getElementById('compare-readout');
    if (out) out.textContent = readout(p);
    svgChart.querySelectorAll('rect.period').forEach((r, i) => r.classList.toggle('active', i === p));
  };
  svgChart.addEventListener('pointermove', (e) => {
    const r = e.target.closest && e.target.closest('rect.period');
    if (r) show$(Number(r.dataset.index));
  });
  svgChart.addEventListener('focusin', (e) => {
    if (e.target.dataset && e.target.dataset.index !== undefined) show$(Number(e.target.dataset.index));
  });
  svgChart.addEventListener('keydown', (e) => {
    const i = Number(e.target.dataset && e.target.dataset.index);
    const move = { ArrowLeft: -1, ArrowRight: 1, Home: -i, End: n - 1 - i }[e.key];
    if (Number.isNaN(i) || move === undefined) return;
    const next = svgChart.querySelector(`rect.period[data-index="${Math.max(0, Math.min(n - 1, i + move))}"]`);
    e.target.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
    e.preventDefault();
  });
  return el('div', { className: 'compare-chart-wrap' }, svgChart);
}

/** The periods' names under the axis at every step where they fit side by side (each at least 11 px tall). */
function periodLabels(timeline, x, step, width) {
  const n = timeline.periods.length;
  const longest = Math.max(0, ...timeline.periods.map((_, p) => axisName(timeline, p).length));
  const stride = Math.max(1, Math.ceil((longest * LABEL_PX + 12) / Math.max(step, 1)));
  const labels = [];
  for (let p = 0; p < n; p += stride) {
    const at = x(p);
    const anchor = n === 1 ? 'middle' : at - (longest * LABEL_PX) / 2 < 0 ? 'start' : at + (longest * LABEL_PX) / 2 > width ? 'end' : 'middle';
    labels.push(svg('text', { x: at, y: HEIGHT - 6, 'text-anchor': anchor, className: 'axis-label', text: axisName(timeline, p) }));
  }
  return svg('g', { className: 'periods', 'aria-hidden': 'true' }, labels);
}

/** A period's name under the axis: short ("Dec 2022", "2 Dec 2022", "2022"). */
function axisName(timeline, p) {
  return formatDate(timeline.periods[p]);
}

/**
 * Under a chart of shares, always (its line is kept before the answer too): how many periods hold too few articles to
 * compare, in words, beside the hatching that marks them.
 */
function thinNote(timeline, show) {
  if (show !== 'share') return null;
  const base = (timeline.all && timeline.all.counts) || [];
  const thin = base.filter((c) => c < THIN_BASE).length;
  const unit = timeline.interval;
  const which = thin === base.length ? `Every ${unit} here holds` : `${thin.toLocaleString('en')} of ${plural(base.length, unit)} hold`;
  return el('p', { className: 'compare-thin' }, thin
    ? [el('span', { className: 'thin-swatch', 'aria-hidden': 'true' }), `${which} fewer than ${THIN_BASE} articles in all `
      + '(hatched, hollow points): a share there rests on too few articles to compare, and does not set the scale.']
    : `Every ${unit} here holds ${THIN_BASE} articles or more in all: each share rests on enough to compare.`);
}

function periodName(timeline, p) {
  const key = timeline.periods[p];
  return timeline.interval === 'week' ? `week of ${formatDate(key)}` : formatDate(key);
}

/** A series' point; hollow where its period holds too few articles to compare. */
function marker(style, cx, cy, hollow = false) {
  const common = { fill: hollow ? '#fff' : style.colour, stroke: style.colour };
  switch (style.shape) {
    case 'square': return svg('rect', { ...common, x: cx - 3.5, y: cy - 3.5, width: 7, height: 7 });
    case 'triangle': return svg('polygon', { ...common, points: `${cx},${cy - 4.5} ${cx + 4.5},${cy + 3.5} ${cx - 4.5},${cy + 3.5}` });
    case 'diamond': return svg('polygon', { ...common, points: `${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}` });
    case 'cross': return svg('path', { stroke: style.colour, 'stroke-width': 2, d: `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}` });
    default: return svg('circle', { ...common, cx, cy, r: 3.5 });
  }
}

function undatedNote(timeline) {
  const parts = timeline.series.map((s) => `${s.label}: ${plural(s.undated, 'article')}`);
  return el('p', { className: 'compare-undated' },
    el('strong', { text: 'Not on the chart, because they have no date: ' }), `${parts.join('; ')}. `,
    `Of all ${plural(timeline.all.total, 'article')} in the collection, ${timeline.all.undated.toLocaleString('en')} ${timeline.all.undated === 1 ? 'has' : 'have'} no date.`);
}
