/** Half-open character offsets into `Report.text`. Stages pass spans, never substrings. */
export interface TextSpan {
  start: number;
  end: number;
}

export function spanText(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}

export function spansOverlap(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
