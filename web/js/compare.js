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
  if (container.hidden || !container.querySelector('.compare-chart-wrap')) {
    // The panel's final frame at once (a line per series, the chart's box): the answer fills it without moving what
    // is below it.
    replaceChildren(container, heading(state, navigate),
      el('ul', { className: 'compare-legend', 'aria-label': 'Series' }, state.series.map((s) => el('li', {},
        el('span', { className: 'series-label', text: new URLSearchParams(s).get('q') || s })))),
      addForm(state, navigate), el('div', { className: 'compare-chart-wrap' }),
      el('p', { className: 'compare-readout', text: 'Counting…' }), el('p', { className: 'compare-undated' }),
      el('p', { className: 'compare-links' }, ' '));
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
  replaceChildren(container,
    heading(state, navigate),
    legend(timeline, state, navigate),
    addForm(state, navigate),
    chart(timeline, state.show),
    el('p', { className: 'compare-readout', id: 'compare-readout', role: 'status', 'aria-live': 'polite',
      text: 'Point at a period, or move along the chart with the arrow keys, to read its values.' }),
    undatedNote(timeline),
    el('p', { className: 'compare-links' }, el('a', { href: `api/timeline?${csv}`, download: '' }, 'Download this comparison as CSV')));
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

function addForm(state, navigate) {
  const input = el('input', { type: 'search', id: 'compare-add', className: 'compare-add', autocomplete: 'off',
    placeholder: 'e.g. Xi, or person:"Xi Jinping"' });
  return el('form', { className: 'compare-form', on: { submit: (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q && state.series.length < 10) navigate({ series: [...state.series, new URLSearchParams({ q }).toString()] });
  } } },
  el('label', { for: 'compare-add', text: 'Add a search' }), input, el('button', { type: 'submit' }, 'Add'));
}

function chart(timeline, show) {
  const n = timeline.periods.length;
  const width = 760;
  const values = timeline.series.map((s) => (show === 'share' ? s.shares.map((v) => v || 0) : s.counts));
  const max = Math.max(...values.flat(), show === 'share' ? 0.0001 : 1);
  const x = (i) => PAD.left + (n <= 1 ? (width - PAD.left - PAD.right) / 2 : (i * (width - PAD.left - PAD.right)) / (n - 1));
  const y = (v) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / max);
  const fmt = (v) => (show === 'share' ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('en'));
  const lines = timeline.series.map((s, i) => {
    const style = STYLES[i % STYLES.length];
    const points = values[i].map((v, p) => `${x(p)},${y(v)}`).join(' ');
    return svg('g', { className: 'series', 'aria-hidden': 'true' },
      svg('polyline', { points, fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }),
      n <= 60 ? values[i].map((v, p) => marker(style, x(p), y(v))) : null);
  });
  const step = n <= 1 ? width : (width - PAD.left - PAD.right) / (n - 1);
  const readout = (p) => `${periodName(timeline, p)}: ${timeline.series.map((s, i) => `${s.label} ${
    show === 'share' ? `${fmt(values[i][p])} (${plural(s.counts[p], 'article')})` : plural(s.counts[p], 'article')}`).join('; ')}`;
  const zones = timeline.periods.map((_, p) => svg('rect', {
    className: 'period', x: x(p) - step / 2, y: 0, width: step, height: HEIGHT, tabindex: p === n - 1 ? '0' : '-1',
    role: 'img', 'aria-label': readout(p), dataset: { index: p },
  }));
  const svgChart = svg('svg', {
    className: 'compare-chart', viewBox: `0 0 ${width} ${HEIGHT}`, width: '100%', role: 'group',
    'aria-label': `${show === 'share' ? 'Share of all articles' : 'Articles'} per ${timeline.interval}, one line per series`,
  },
  svg('text', { x: 4, y: PAD.top + 8, className: 'axis-label', text: fmt(max) }),
  svg('text', { x: 4, y: HEIGHT - PAD.bottom, className: 'axis-label', text: fmt(0) }),
  svg('line', { x1: PAD.left, x2: width - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom, className: 'baseline' }),
  n ? svg('text', { x: PAD.left, y: HEIGHT - 6, className: 'axis-label', text: periodName(timeline, 0) }) : null,
  n > 1 ? svg('text', { x: width - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end', className: 'axis-label',
    text: periodName(timeline, n - 1) }) : null,
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

function periodName(timeline, p) {
  const key = timeline.periods[p];
  return timeline.interval === 'week' ? `week of ${formatDate(key)}` : formatDate(key);
}

function marker(style, cx, cy) {
  const common = { fill: style.colour, stroke: style.colour };
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
