import type { Command } from 'commander';
import { SitrepError } from '../../errors.js';
import { loadGazetteer } from '../../resources/gazetteer/index.js';
import { evaluateGeoparse } from './evaluate.js';
import { formatGeoparseReport } from './format-report.js';
import { defaultEvalDir, loadBaselines, loadCorpus } from './load-corpus.js';
import { createSitrepGeoparser } from './sitrep-geoparser.js';
import type { Split } from './split.js';
import type { CorpusName } from './types.js';

const CORPORA: readonly CorpusName[] = ['lgl', 'geovirus'];
const SPLITS: readonly Split[] = ['tune', 'test', 'all'];

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SitrepError('E_EVAL_OPTION', `unknown value '${value}'`, { input: flag, remedy: `Use one of: ${allowed.join(', ')}` });
}

/** `sitrep eval geoparse`: Sitrep's place stage on LGL or GeoVirus, beside the published geoparsers. */
export function registerGeoparse(evalCommand: Command): void {
  evalCommand
    .command('geoparse')
    .description('score toponym recognition and resolution on LGL or GeoVirus, beside published systems')
    .requiredOption('--corpus <name>', `corpus: ${CORPORA.join(' | ')}`)
    .option('--split <split>', 'documents: tune (even positions), test (odd), all', 'test')
    .option('--data <dir>', 'the shared eval folder (with LGL/ and GeoVirus/)', defaultEvalDir())
    .option('--json', 'one JSON document')
    .action((opts: { corpus: string; split: string; data: string; json?: boolean }) => {
      const corpus = oneOf('--corpus', opts.corpus, CORPORA);
      const split = oneOf('--split', opts.split, SPLITS);
      const docs = loadCorpus(corpus, opts.data);
      const report = evaluateGeoparse(corpus, docs, split, createSitrepGeoparser(loadGazetteer()), loadBaselines(corpus, opts.data));
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatGeoparseReport(report)}\n`);
    });
}
