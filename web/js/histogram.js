// The date histogram of the current results, in SVG: by day when the span is short, else by month or year.
// Clicking a bar, or dragging across bars, sets the date range; arrow keys and Enter do the same.

import { el, formatDate, plural, replaceChildren, svg } from './dom.js';

const MAX_DAY_BARS = 92;
const MAX_MONTH_BARS = 120;
const WIDTH = 1000;
const HEIGHT = 96;

/** Continuous buckets (empty ones included) from the API's counts: {key, from, to, count}. */
export function buckets(dates) {
  if (!dates) return { unit: 'none', list: [] };
  const days = dates.day || [];
  if (days.length && spanDays(days[0].value, days[days.length - 1].value) < MAX_DAY_BARS) {
    return { unit: 'day', list: fill(days, nextDay, (d) => d, (d) => d) };
  }
  const months = dates.month || [];
  if (months.length && monthIndex(months[months.length - 1].value) - monthIndex(months[0].value) < MAX_MONTH_BARS) {
    return { unit: 'month', list: fill(months, nextMonth, (m) => `${m}-01`, lastDayOfMonth) };
  }
  const years = dates.year || [];
  return { unit: 'year', list: fill(years, (y) => String(Number(y) + 1), (y) => `${y}-01-01`, (y) => `${y}-12-31`) };
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
const nextDay = (day) => new Date(utc(day) + 86400000).toISOString().slice(0, 10);
const monthIndex = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthKey = (i) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
const nextMonth = (m) => monthKey(monthIndex(m) + 1);
const lastDayOfMonth = (m) => new Date(utc(`${nextMonth(m)}-01`) - 86400000).toISOString().slice(0, 10);

/** Draws the histogram into container; onRange(from, to) sets the date range ('' and '' clears it). */
export function renderHistogram(container, dates, state, onRange) {
  const { unit, list } = buckets(dates);
  if (list.length === 0) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const max = Math.max(...list.map((b) => b.count), 1);
  const step = WIDTH / list.length;
  const gap = Math.min(step * 0.18, 3);
  const inRange = (b) => (!state.from || b.to >= state.from) && (!state.to || b.from <= state.to);
  const ranged = !!(state.from || state.to);
  const bars = list.map((b, i) => {
    const h = b.count ? Math.max(2, (b.count / max) * (HEIGHT - 6)) : 0;
    const label = `${formatDate(b.key)}: ${plural(b.count, 'article')}`;
    return svg('g', {
      className: `bar${ranged && inRange(b) ? ' in-range' : ''}${ranged && !inRange(b) ? ' out-range' : ''}`,
      role: 'button', tabindex: i === list.length - 1 ? '0' : '-1', 'aria-label': label, dataset: { index: i },
    },
    svg('title', { text: label }),
    svg('rect', { className: 'hit-area', x: i * step, y: 0, width: step, height: HEIGHT }),
    svg('rect', { className: 'bar-fill', x: i * step + gap / 2, y: HEIGHT - h, width: Math.max(step - gap, 0.5), height: h }));
  });
  const chart = svg('svg', {
    className: 'histogram', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'group',
    'aria-label': `Articles per ${unit}; choose a bar, or drag across bars, to show only those dates`,
  }, svg('line', { className: 'baseline', x1: 0, x2: WIDTH, y1: HEIGHT - 0.5, y2: HEIGHT - 0.5 }), bars);
  wireInteraction(chart, list, onRange);

  const undated = dates.undated ? ` · ${plural(dates.undated, 'undated article')}` : '';
  const mid = list[Math.floor((list.length - 1) / 2)];
  replaceChildren(container,
    el('div', { className: 'timeline-head' },
      el('h2', { text: 'Over time' }),
      el('span', { className: 'timeline-unit', text: `by ${unit}${undated}` })),
    chart,
    el('div', { className: 'axis', 'aria-hidden': 'true' },
      el('span', { text: formatDate(list[0].key) }),
      list.length > 2 ? el('span', { text: formatDate(mid.key) }) : null,
      list.length > 1 ? el('span', { text: formatDate(list[list.length - 1].key) }) : null));
}

function wireInteraction(chart, list, onRange) {
  let start = null;
  const indexAt = (event) => {
    const box = chart.getBoundingClientRect();
    const i = Math.floor(((event.clientX - box.left) / box.width) * list.length);
    return Math.max(0, Math.min(list.length - 1, i));
  };
  const preview = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    chart.querySelectorAll('g.bar').forEach((g, i) => g.classList.toggle('preview', i >= lo && i <= hi));
  };
  const apply = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
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
