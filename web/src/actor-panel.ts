/** An actor's panel: what the lexicon says of it, and its relations over time, each as a bar on a common time scale. */
import { api } from './api.js';
import { dayToIndex, formatRange } from './dates.js';
import { el } from './dom.js';
import { lang, t, tOr } from './i18n/index.js';

export async function actorPanel(actorId: string, day: string, onActor: (id: string) => void): Promise<HTMLElement> {
  const [actor, relations] = await Promise.all([api.actor(actorId).catch(() => undefined), api.relations(actorId)]);
  const label = actor?.label ?? actorId;
  const root = el('section', { class: 'actor-panel', 'data-actor-id': actorId });
  root.append(el('h2', {}, label), el('div', { class: 'muted' }, actorId, actor?.type ? ` · ${t('actorType', { type: actor.type })}` : ''));
  if (actor?.partOf) {
    const parent = el('button', { type: 'button', class: 'linkish', 'data-actor-id': actor.partOf.id }, actor.partOf.label);
    parent.addEventListener('click', () => onActor(actor.partOf!.id));
    root.append(el('div', {}, t('partOf', { parent: '' }), parent));
  }
  root.append(el('h3', {}, t('relations')));
  if (relations.length === 0) {
    root.append(el('p', { class: 'muted' }, t('noRelations')));
    return root;
  }
  // Lexicon relations (part-of) hold "always" (year 1 to 9999): the scale is that of the dated ones, from 2014 at most.
  const dated = relations.filter((r) => r.source !== 'lexicon');
  const start = Math.max(0, Math.min(dayToIndex(day), ...dated.map((r) => dayToIndex(r.from))));
  const end = Math.max(dayToIndex(day), ...dated.map((r) => dayToIndex(r.to)));
  const span = Math.max(1, end - start + 1);
  const pct = (i: number) => Math.min(100, Math.max(0, ((i - start) / span) * 100));
  for (const r of relations) {
    const other = r.a.actorId === actorId ? r.b : r.a;
    // "supports" and "part-of" read from a to b: say it the right way round.
    const verb = tOr(`relation.${r.kind}`, r.kind);
    const otherNode = el('button', { type: 'button', class: 'linkish', 'data-actor-id': other.actorId }, other.label);
    otherNode.addEventListener('click', () => onActor(other.actorId));
    const sentence = r.a.actorId === actorId ? [label, ` ${verb} `, otherNode] : [otherNode, ` ${verb} `, label];
    const bar = el('div', { class: 'relation-bar' });
    const seg = el('span', {});
    seg.style.left = `${pct(dayToIndex(r.from))}%`;
    seg.style.width = `${pct(dayToIndex(r.to) + 1) - pct(dayToIndex(r.from))}%`;
    bar.append(seg);
    const current = r.from <= day && day <= r.to;
    root.append(el('div', { class: `relation${current ? ' current' : ''}`, 'data-kind': r.kind }, el('div', {}, ...sentence, ` · ${r.source === 'lexicon' ? t('always') : formatRange(r.from, r.to, lang())}`), bar));
  }
  return root;
}
