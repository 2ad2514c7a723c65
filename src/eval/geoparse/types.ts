/** One toponym of a document, gold or predicted: a half-open character span and, when known, a point. */
export interface Toponym {
  surface: string;
  start: number;
  end: number;
  /** Absent for gold toponyms the annotators could not place (626 in LGL). */
  lat?: number;
  lon?: number;
}

/** One corpus document with its gold toponyms, in corpus order. */
export interface GeoDocument {
  /** Corpus id (LGL docid) or the 0-based position when the corpus has none. */
  id: string;
  text: string;
  toponyms: Toponym[];
  /** The publishing outlet, when the corpus names it (LGL's `<domain>`). */
  outlet?: string;
}

export type CorpusName = 'lgl' | 'geovirus';
