import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SitrepError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../resources/resource-paths.js';
import { BASELINES, type BaselineSpec } from './published.js';
import { parseBaselineLines, parseGeoVirus, parseLgl } from './read-corpus.js';
import type { CorpusName, GeoDocument, Toponym } from './types.js';

/** The only file of the scorer that touches the disk. */

/** The team's shared evaluation folder, beside the checkout; `SITREP_SHARED_DIR` points at the shared folder. */
export function defaultEvalDir(): string {
  return join(process.env.SITREP_SHARED_DIR ?? join(PACKAGE_ROOT, '..', 'shared'), 'eval');
}

const CORPUS_FILES: Record<CorpusName, { file: string; parse: (xml: string) => GeoDocument[] }> = {
  lgl: { file: 'LGL/lgl.xml', parse: parseLgl },
  geovirus: { file: 'GeoVirus/GeoVirus.xml', parse: parseGeoVirus },
};

function read(dir: string, rel: string): string {
  const path = join(dir, rel);
  if (!existsSync(path)) {
    throw new SitrepError('E_EVAL_DATA_MISSING', 'evaluation file not found', {
      input: path,
      remedy: 'Pass --data <dir> pointing at the shared eval folder (with LGL/ and GeoVirus/) or set SITREP_SHARED_DIR',
    });
  }
  return readFileSync(path, 'utf8');
}

export function loadCorpus(corpus: CorpusName, dir: string = defaultEvalDir()): GeoDocument[] {
  const { file, parse } = CORPUS_FILES[corpus];
  return parse(read(dir, file));
}

export interface LoadedBaseline {
  spec: BaselineSpec;
  gold: Toponym[][];
  pred: Toponym[][];
}

/** Every published system output for the corpus that is present (missing files are skipped). */
export function loadBaselines(corpus: CorpusName, dir: string = defaultEvalDir()): LoadedBaseline[] {
  return BASELINES[corpus]
    .filter((spec) => existsSync(join(dir, spec.file)) && existsSync(join(dir, spec.gold)))
    .map((spec) => ({ spec, gold: parseBaselineLines(read(dir, spec.gold)), pred: parseBaselineLines(read(dir, spec.file)) }));
}
