// Why each person, country and organization was tagged, as text anyone can read (not a hover tooltip): per entity, every mention
// with its sentence and the extractor's reason, and a button that shows it in the text. In the text itself each
// mention is a button that steps to the same entity's next mention (Shift: the previous one).

import { el } from './dom.js';

/** An entity's mentions in reading order: the title first, then the body. */
export function orderedMentions(entity) {
  return [...(entity.mentions || [])].sort((a, b) => (a.field === b.field ? a.start - b.start
    : a.field === 'title' ? -1 : 1));
}

/** The id of one mention's button, shared by the text and the evidence list. */
export function mentionKey(kind, entity, m) {
  return `mention-${kind}-${entity.name}-${m.field}-${m.start}`.replace(/[^\w-]/g, '_');
}

/** The id of an entity's evidence (its details element). */
export function evidenceId(kind, entity) {
  return `evidence-${kind}-${entity.name}`.replace(/[^\w-]/g, '_');
}

/**
 * Opens one entity's evidence and moves there, or, without an entity, moves to the evidence list's heading. The focus
 * goes with it, so the keyboard carries on from there.
 */
export function openEvidence(kind = null, entity = null) {
  const details = kind ? document.getElementById(evidenceId(kind, entity)) : null;
  const target = details ? details.querySelector('summary') : document.getElementById('evidence-title');
  if (!target) return;
  if (details) details.open = true;
  if (!details) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start', behavior: 'instant' });
  target.focus({ preventScroll: true });
}

const MAX_SENTENCE = 320;
const sentences = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('en', { granularity: 'sentence' })
  : null;

/** groups: [kind, title, entities]; returns the evidence section, or null when the article names nobody. */
export function evidenceList(article, groups) {
  const shown = groups.filter(([, , list]) => list.length);
  if (!shown.length) return null;
  return el('section', { className: 'evidence', 'aria-labelledby': 'evidence-title' },
    el('h2', { id: 'evidence-title', text: 'Why these names were tagged' }),
    shown.map(([kind, title, list]) => el('div', { className: 'evidence-group' },
      el('h3', { text: title }),
      list.map((entity) => entityEvidence(kind, entity, article)))));
}

function entityEvidence(kind, entity, article) {
  const mentions = orderedMentions(entity);
  const reasons = [...new Set(mentions.map((m) => m.reason).filter(Boolean))];
  return el('details', { className: `evidence-entity ${kind}`, id: evidenceId(kind, entity) },
    el('summary', {},
      el('span', { className: 'evidence-name', text: entity.name }),
      el('span', { className: 'evidence-count', text: ` · ${mentionCount(entity, mentions.length)}` }),
      entity.about ? el('span', { className: 'evidence-count', text: ' · the article is about it' }) : null,
      reasons.length ? el('span', { className: 'evidence-reasons', text: ` · ${reasons.join('; ')}` }) : null),
    el('ol', { className: 'evidence-mentions' }, mentions.map((m, i) => {
      const text = m.field === 'title' ? article.title || '' : article.body || '';
      return el('li', {},
        el('q', { className: 'evidence-sentence' }, sentenceAround(text, m.start, m.end)),
        m.field === 'title' ? el('span', { className: 'evidence-where', text: ' (title)' }) : null,
        m.reason ? el('span', { className: 'evidence-reason', text: ` — ${m.reason}` }) : null,
        ' ',
        el('button', {
          type: 'button', className: 'evidence-go', 'aria-label': `Show in text: mention ${i + 1} of ${entity.name}`,
          on: { click: () => focusMention(document.getElementById(mentionKey(kind, entity, m))) },
        }, 'Show in text'));
    })));
}

/** "3 mentions"; when the API listed only the first of them, "100 of 2,345 mentions listed". */
function mentionCount(entity, listed) {
  const all = entity.mention_count ?? listed;
  if (all > listed) return `${listed.toLocaleString('en')} of ${all.toLocaleString('en')} mentions listed`;
  return all === 1 ? '1 mention' : `${all} mentions`;
}

/** The sentence holding [start, end), with the mention in <strong>, shortened around it when very long. */
export function sentenceAround(text, start, end) {
  let from = 0;
  let to = text.length;
  if (sentences) {
    for (const s of sentences.segment(text)) {
      if (s.index <= start && start < s.index + s.segment.length) {
        from = s.index;
        to = Math.max(end, s.index + s.segment.length);
        break;
      }
    }
  }
  if (to - from > MAX_SENTENCE) {
    from = Math.max(from, start - MAX_SENTENCE / 2);
    to = Math.min(to, end + MAX_SENTENCE / 2);
  }
  const before = text.slice(from, start).replace(/^\s+/, '');
  const after = text.slice(end, to).replace(/\s+$/, '');
  return [from > 0 && !/^[\s\S]*[.!?]\s*$/.test(text.slice(0, from)) ? '…' : '', before,
    el('strong', { text: text.slice(start, end) }), after];
}

/** Names every mention button ("Putin — Vladimir Putin, mention 2 of 5") and wires stepping between them. */
export function labelMentions(container) {
  const byEntity = new Map();
  for (const button of container.querySelectorAll('button.mention')) {
    const key = `${button.dataset.kind}\u0000${button.dataset.entity}`;
    if (!byEntity.has(key)) byEntity.set(key, []);
    byEntity.get(key).push(button);
  }
  for (const list of byEntity.values()) {
    list.forEach((button, i) => {
      // The visible words come first, so speech input that says them finds the button (WCAG 2.5.3).
      button.setAttribute('aria-label', `${button.textContent} — ${button.dataset.entity}, mention ${i + 1} of ${list.length}`
        + (list.length > 1 ? '; press for the next' : ''));
      button.addEventListener('click', (event) => {
        const step = event.shiftKey ? -1 : 1;
        focusMention(list[(i + step + list.length) % list.length]);
      });
    });
  }
}

function focusMention(button) {
  if (!button) return;
  button.scrollIntoView({ block: 'center', behavior: 'instant' });
  button.focus({ preventScroll: true });
}
