import type { Prf } from './prf.js';
import type { ClaimsEvalReport } from './run-eval-claims.js';
import type { PetrarchScore } from './score-petrarch.js';

const f = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));

/** The human-readable report of `sitrep eval claims`: headline figures first, then per-type tables. */
export function formatClaimsReport(r: ClaimsEvalReport, perType = true): string {
  const { gsr: o, plover2021: g } = r.ploverGsr;
  const lines = [
    `claims evaluation — split: ${r.split} (even index = tune, odd = test)`,
    '',
    `PLOVER-GSR (${o.sentences} sentences; coverage ${f(o.coverage)})`,
    `  event-type accuracy        ${f(o.eventAccuracy)}   (bar > 0.80)`,
    `  (source,event,target) acc. ${f(o.setAccuracy)}   (bar > 0.65)`,
    `  labels of PLOVER draft 0.8 (2021) instead of 0.5: event ${f(g.eventAccuracy)}, (s,e,t) ${f(g.setAccuracy)}`,
    '',
    'PETRARCH2 triples            level        P      R      F1   (tp/pred/gold)',
    ...petrRows('unit tests', r.petrarch.unitTest),
    ...petrRows('AFP (weak gold)', r.petrarch.afp),
    ...petrRows('combined', r.petrarch.combined),
  ];
  if (perType) {
    lines.push('', 'PLOVER-GSR per event type (PLOVER 0.5 labels)', ...table(o.perType));
    const full = r.petrarch.combined.find((s) => s.level === 'event-root');
    if (full) lines.push('', 'PETRARCH2 combined per CAMEO root (event-root level, actors ignored)', ...table(full.perType));
    const root = r.petrarch.combined.find((s) => s.level === 'root');
    if (root) lines.push('', 'PETRARCH2 combined per CAMEO root (root level, triples)', ...table(root.perType));
  }
  return lines.join('\n');
}

function petrRows(name: string, scores: readonly PetrarchScore[]): string[] {
  return scores.map((s) => `  ${name.padEnd(26)} ${s.level.padEnd(11)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  (${s.tp}/${s.predicted}/${s.gold})`);
}

function table(rows: ReadonlyArray<Prf & { label: string }>): string[] {
  return ['  label         gold  pred    tp      P      R      F1', ...rows.map((x) => `  ${x.label.padEnd(12)} ${String(x.gold).padStart(5)} ${String(x.predicted).padStart(5)} ${String(x.tp).padStart(5)}  ${f(x.precision)}  ${f(x.recall)}  ${f(x.f1)}`)];
}
