// The date histogram of the current results, in SVG: by day when the span is short, else by month or year.
// Clicking a bar, or dragging across bars, sets the date range; arrow keys and Enter do the same.

import { el, formatDate, plural, replaceChildren, svg } from './dom.js';

const MAX_DAY_BARS = 92;
const MAX_WEEK_BARS = 80;
const MAX_MONTH_BARS = 120;

/**
 * Continuous buckets (empty ones included) from the API's counts: {key, from, to, count}. maxBars (from the chart's
 * width) picks a coarser unit on a narrow screen, so bars stay wide enough to see and to tap.
 */
export function buckets(dates, maxBars = Infinity) {
  if (!dates) return { unit: 'none', list: [] };
  const days = dates.day || [];
  const span = days.length ? spanDays(days[0].value, days[days.length - 1].value) : Infinity;
  if (span < Math.min(MAX_DAY_BARS, maxBars)) return { unit: 'day', list: fill(days, nextDay, (d) => d, (d) => d) };
  if (span < Math.min(MAX_WEEK_BARS, maxBars) * 7) {
    return { unit: 'week', list: fill(weeks(days), nextWeek, (w) => w, endOfWeek) };
  }
  const months = dates.month || [];
  if (months.length && monthIndex(months[months.length - 1].value) - monthIndex(months[0].value)
      < Math.min(MAX_MONTH_BARS, maxBars)) {
    return { unit: 'month', list: fill(months, nextMonth, (m) => `${m}-01`, lastDayOfMonth) };
  }
  const years = dates.year || [];
  return { unit: 'year', list: fill(years, (y) => String(Number(y) + 1), (y) => `${y}-01-01`, (y) => `${y}-12-31`) };
}

/** Day counts summed into weeks, each named by its Monday. */
function weeks(days) {
  const byWeek = new Map();
  for (const d of days) {
    const monday = mondayOf(d.value);
    byWeek.set(monday, (byWeek.get(monday) || 0) + d.count);
  }
  return [...byWeek].map(([value, count]) => ({ value, count }));
}

function fill(values, next, first, last) {
  if (!values.length) return [];
  const counts = new Map(values.map((v) => [v.value, v.count]));
  const end = values[values.length - 1].value;
  const list = [];
  for (let key = values[0].value; key <= end && list.length < 2000; key = next(key)) {
    list.push({ key, from: first(key), to: last(key), count: counts.get(key) || 0 });
  }
  return list;
}

const utc = (day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const spanDays = (a, b) => Math.round((utc(b) - utc(a)) / 86400000);
const nextDay = (day) => addDays(day, 1);
const addDays = (day, n) => new Date(utc(day) + n * 86400000).toISOString().slice(0, 10);
const mondayOf = (day) => addDays(day, -((new Date(utc(day)).getUTCDay() + 6) % 7));
const nextWeek = (monday) => addDays(monday, 7);
const endOfWeek = (monday) => addDays(monday, 6);
const monthIndex = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthKey = (i) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
const nextMonth = (m) => monthKey(monthIndex(m) + 1);
const lastDayOfMonth = (m) => new Date(utc(`${nextMonth(m)}-01`) - 86400000).toISOString().slice(0, 10);

/** The interval that draws a range of days in a readable number of bars: the finest that fits. */
export function zoomInterval(from, to) {
  const span = spanDays(from, to);
  if (span < MAX_DAY_BARS) return 'day';
  if (span < MAX_WEEK_BARS * 7) return 'week';
  if (span < MAX_MONTH_BARS * 30) return 'month';
  return 'year';
}

/** A /api/timeline answer's first series as histogram buckets, clipped to the range asked for. */
export function zoomBuckets(timeline, from, to) {
  const unit = timeline.interval;
  const counts = timeline.series[0].counts;
  const last = { day: (d) => d, week: endOfWeek, month: lastDayOfMonth, year: (y) => `${y}-12-31` }[unit];
  const first = { day: (d) => d, week: (d) => d, month: (m) => `${m}-01`, year: (y) => `${y}-01-01` }[unit];
  const list = timeline.periods.map((key, i) => {
    let a = first(key);
    let b = last(key);
    if (from && a < from) a = from;
    if (to && b > to) b = to;
    return { key: unit === 'week' && a !== key ? a : key, from: a, to: b, count: counts[i] };
  });
  return { unit, list };
}

const LABEL_BAND = 20;
const MIN_BAR_PX = 7; // narrower bars are hard to see and impossible to tap
const MIN_SLOTS = 12; // a few bars stay bar-shaped instead of filling the whole width

let drawn = null;
let chosenKey = null; // the bar a reader chose: it has the focus again once the narrowed results redraw the chart
const resized = new ResizeObserver(() => {
  if (drawn && Math.abs(innerWidth(drawn.container) - drawn.width) > 4) draw(drawn);
});

/**
 * Draws the histogram into container; onRange(from, to) sets the date range. zoomed: buckets of the selected range
 * at a finer interval ({unit, list}, from zoomBuckets), drawn instead of the whole span; onZoomOut widens again.
 */
export function renderHistogram(container, dates, state, onRange, zoomed = null, onZoomOut = null) {
  drawn = { container, dates, state, onRange, zoomed, onZoomOut };
  resized.observe(container);
  draw(drawn);
}

function innerWidth(container) {
  const style = getComputedStyle(container);
  const width = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width > 0 ? Math.floor(width) : 0;
}

function draw(args) {
  const { container, dates, state, onRange, zoomed, onZoomOut } = args;
  const active = document.activeElement;
  const focusKey = chosenKey ?? (container.contains(active) && active.dataset ? active.dataset.key : null);
  chosenKey = null;
  const width = innerWidth(container) || 800;
  const { unit, list } = zoomed || buckets(dates, Math.max(12, Math.floor(width / MIN_BAR_PX)));
  if (list.length === 0) {
    // The box keeps its room (no jump of what is below it) and says why it holds no bars.
    const undated = dates && dates.undated ? `: ${plural(dates.undated, 'article')} without a date` : '';
    replaceChildren(container, el('div', { className: 'timeline-head' }, el('h2', { text: 'Over time' })),
      el('p', { className: 'timeline-empty', text: `No dated articles here${undated}.` }));
    container.hidden = false;
    return;
  }
  container.hidden = false;
  args.width = width;
  const barHeight = Number(getComputedStyle(container).getPropertyValue('--bar-height')) || 90;
  const max = Math.max(...list.map((b) => b.count), 1);
  const step = width / Math.max(list.length, MIN_SLOTS);
  const offset = (width - step * list.length) / 2;
  const gap = step > 6 ? Math.min(step * 0.2, 4) : step > 2 ? 1 : 0;
  const ranged = !zoomed && !!(state.from || state.to);
  const inRange = (b) => (!state.from || b.to >= state.from) && (!state.to || b.from <= state.to);
  const bars = list.map((b, i) => {
    const h = b.count ? Math.max(2, (b.count / max) * (barHeight - 4)) : 0;
    const label = `${unit === 'week' ? 'Week of ' : ''}${formatDate(b.key)}: ${plural(b.count, 'article')}`;
    const x = offset + i * step;
    return svg('g', {
      className: `bar${ranged && inRange(b) ? ' in-range' : ''}${ranged && !inRange(b) ? ' out-range' : ''}`,
      role: 'button', tabindex: i === list.length - 1 ? '0' : '-1', 'aria-label': label, dataset: { index: i, key: b.key },
    },
    svg('title', { text: label }),
    svg('rect', { className: 'hit-area', x, y: 0, width: step, height: barHeight }),
    svg('rect', { className: 'bar-fill', x: x + gap / 2, y: barHeight - h, width: Math.max(step - gap, 0.5), height: h,
      rx: Math.min(2, step / 4) }));
  });
  const chart = svg('svg', {
    className: 'histogram', width, height: barHeight + LABEL_BAND, viewBox: `0 0 ${width} ${barHeight + LABEL_BAND}`,
    role: 'group', 'aria-label': `Articles per ${unit}; choose a bar, or drag across bars, to show only those dates`,
  },
  svg('line', { className: 'baseline', x1: 0, x2: width, y1: barHeight + 0.5, y2: barHeight + 0.5 }),
  bars,
  axisLabels(list, unit, width, step, offset, barHeight));
  wireInteraction(chart, list, (x) => Math.floor((x - offset) / step), onRange);

  const undated = dates && dates.undated ? ` · ${plural(dates.undated, 'undated article')}` : '';
  const zoomOut = zoomed && onZoomOut ? el('button', {
    type: 'button', className: 'zoom-out', on: { click: onZoomOut },
  }, 'Show all dates') : null;
  replaceChildren(container,
    el('div', { className: 'timeline-head' },
      el('h2', { text: zoomed ? 'Over time, zoomed to the chosen dates' : 'Over time' }),
      el('span', { className: 'timeline-unit', text: `by ${unit} · peak ${max.toLocaleString('en')}${undated}` }),
      zoomOut),
    chart);
  const again = focusKey && [...chart.querySelectorAll('g.bar')].find((g) => g.dataset.key === focusKey);
  if (again) {
    chart.querySelectorAll('g.bar[tabindex="0"]').forEach((g) => g.setAttribute('tabindex', '-1'));
    again.setAttribute('tabindex', '0');
    again.focus({ preventScroll: true });
  }
}

/** Dates under the bars, as many as fit without overlapping; the year is written only when it changes. */
function axisLabels(list, unit, width, step, offset, barHeight) {
  const room = { year: 44, month: 72 }[unit] || 72; // px per label (the first one carries its year)
  const stride = Math.max(1, Math.ceil(room / step));
  let lastYear = '';
  const labels = [];
  for (let i = 0; i < list.length; i += stride) {
    const key = list[i].key;
    const year = key.slice(0, 4);
    let text = formatDate(key);
    if (unit !== 'year' && year === lastYear) text = text.replace(/ \d{4}$/, '');
    lastYear = year;
    const x = offset + (i + 0.5) * step;
    const anchor = x < room / 2 ? 'start' : x > width - room / 2 ? 'end' : 'middle';
    const at = anchor === 'start' ? Math.max(0, x - step / 2) : anchor === 'end' ? Math.min(width, x + step / 2) : x;
    labels.push(svg('text', { x: at, y: barHeight + 15, 'text-anchor': anchor, text }));
  }
  return svg('g', { className: 'axis', 'aria-hidden': 'true' }, labels);
}

function wireInteraction(chart, list, indexOfX, onRange) {
  let start = null;
  const indexAt = (event) => {
    const i = indexOfX(event.clientX - chart.getBoundingClientRect().left);
    return Math.max(0, Math.min(list.length - 1, i));
  };
  const preview = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    chart.querySelectorAll('g.bar').forEach((g, i) => g.classList.toggle('preview', i >= lo && i <= hi));
  };
  const apply = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    chosenKey = list[lo].key;
    onRange(list[lo].from, list[hi].to);
  };
  chart.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = indexAt(e);
    chart.setPointerCapture(e.pointerId);
    preview(start, start);
    e.preventDefault();
  });
  chart.addEventListener('pointermove', (e) => {
    if (start !== null) preview(start, indexAt(e));
  });
  chart.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = indexAt(e);
    const s = start;
    start = null;
    apply(s, end);
  });
  chart.addEventListener('pointercancel', () => {
    start = null;
    preview(-1, -1);
  });
  chart.addEventListener('keydown', (e) => {
    const bar = e.target.closest && e.target.closest('g.bar');
    if (!bar) return;
    const i = Number(bar.dataset.index);
    const move = { ArrowLeft: -1, ArrowRight: 1, Home: -i, End: list.length - 1 - i }[e.key];
    if (move !== undefined) {
      const next = chart.querySelector(`g.bar[data-index="${Math.max(0, Math.min(list.length - 1, i + move))}"]`);
      bar.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
      e.preventDefault();
    } else if (e.key === 'Enter' || e.key === ' ') {
      apply(i, i);
      e.preventDefault();
    }
  });
}
