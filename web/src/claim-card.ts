/**
 * One claim: date, type, who did it, status, claimant, report — and its evidence sentences in the original language,
 * highlighted. Evidence is fetched from /api/claims/:id when not already there: at once (`eager`) or when opened.
 * All text goes in as text: report text is untrusted.
 */
import { api } from './api.js';
import { claimantLabel, reportDate } from './claim-shape.js';
import { formatDay, formatRange } from './dates.js';
import { el } from './dom.js';
import { lang, t, tOr } from './i18n/index.js';
import type { ClaimView } from './types.js';

export function claimCard(view: ClaimView, opts: { eager: boolean; onActor?: (id: string) => void }): HTMLElement {
  const c = view.claim;
  const agent = c.roles.agent;
  const agentNode = agent ? el('button', { type: 'button', class: 'linkish', 'data-actor-id': agent.actorId }, agent.label) : null;
  agentNode?.addEventListener('click', () => opts.onActor?.(agent!.actorId));
  const head = el(
    'div',
    { class: 'head' },
    el('span', { class: 'date' }, formatRange(c.time.from, c.time.to, lang())),
    el('span', { class: 'type' }, tOr(`type.${c.type}`, c.type)),
    agentNode,
    c.place ? el('span', { class: 'place-name' }, `@ ${c.place.name}`) : null,
    el('span', { class: `status status-${c.status}`, 'data-status': c.status }, tOr(`status.${c.status}`, c.status)),
  );
  const card = el('article', { class: 'claim', 'data-claim-id': c.id }, head, sourceLine(view));
  if (c.qualifiers?.length) card.append(el('div', { class: 'muted' }, c.qualifiers.join('; ')));
  const facts = factsLine(view);
  if (facts) card.append(facts);

  const holder = el('div', { class: 'evidence-holder' });
  card.append(holder);
  if (view.evidenceText) showEvidence(holder, view);
  else if (opts.eager) void loadEvidence(holder, view);
  else {
    const open = el('button', { type: 'button', class: 'linkish' }, t('evidence'));
    open.addEventListener('click', () => void loadEvidence(holder, view), { once: true });
    holder.append(open);
  }
  return card;
}

async function loadEvidence(holder: HTMLElement, view: ClaimView): Promise<void> {
  holder.replaceChildren(el('div', { class: 'muted' }, t('evidenceLoading')));
  try {
    const full = await api.claim(view.claim.id);
    const merged = { ...view, ...full, report: full.report ?? view.report };
    holder.parentElement?.querySelector('.source')?.replaceWith(sourceLine(merged));
    showEvidence(holder, merged);
  } catch (e) {
    holder.replaceChildren(el('div', { class: 'error' }, t('error', { message: (e as Error).message })));
  }
}

/** The toll and the weapon as the claim states them: "12 killed · 20 wounded · with drones". */
function factsLine(view: ClaimView): HTMLElement | null {
  const c = view.claim;
  const bits = (c.casualties ?? []).map((k) => tOr(`toll.${k.kind}`, `{n} ${k.kind}`).replace('{n}', k.max !== undefined && k.max !== k.min ? `${k.min}–${k.max}` : k.max === undefined ? `${k.min}+` : String(k.min)));
  if (c.instrument) bits.push(t('withInstrument', { instrument: tOr(`instrument.${c.instrument.kind}`, c.instrument.text) }));
  return bits.length ? el('div', { class: 'muted facts', 'data-instrument': c.instrument?.kind ?? '' }, bits.join(' · ')) : null;
}

/** Who says it, and the report's outlet and date when known. */
function sourceLine(view: ClaimView): HTMLElement {
  const published = reportDate(view.report);
  const bits = [view.report?.outlet, published ? t('published', { date: formatDay(published, lang()) }) : ''].filter(Boolean);
  return el('div', { class: 'muted source' }, t('says', { claimant: claimantLabel(view.claim) }), bits.length ? ` · ${bits.join(', ')}` : '');
}

function showEvidence(holder: HTMLElement, view: ClaimView): void {
  const langTag = view.report?.lang;
  const quote = el('blockquote', { class: 'evidence', lang: langTag });
  for (const sentence of view.evidenceText ?? []) quote.append(el('mark', { class: 'evidence-text' }, sentence), ' ');
  holder.replaceChildren(quote);
}
