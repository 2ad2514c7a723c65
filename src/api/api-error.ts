import { isSitrepError, type SitrepError, type SitrepErrorCode } from '../errors.js';

/** One problem with one input of a request: a query or path parameter, or a field of the body (`body[0].date`). */
export interface Problem {
  param: string;
  message: string;
}

export const ApiErrorCode = {
  /** A query, path or body parameter that is missing, malformed, out of range or unknown. */
  param: 'E_QUERY_PARAM',
  /** The resource (report, claim, place, actor) does not exist. */
  notFound: 'E_NOT_FOUND',
  /** `POST /api/reports` while the server was started without a token. */
  writeDisabled: 'E_API_WRITE_DISABLED',
  /** A write without the right `Authorization: Bearer` token. */
  unauthorized: 'E_API_UNAUTHORIZED',
  /** The request body is not JSON, too large, or of another content type. */
  body: 'E_API_BODY',
  /** Anything unexpected: details go to the server log, never to the client. */
  internal: 'E_INTERNAL',
} as const;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; remedy?: string; problems?: Problem[] };
}

/** An error with the HTTP status it should be answered with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: SitrepErrorCode,
    message: string,
    readonly extra: { remedy?: string; problems?: Problem[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.extra.remedy !== undefined ? { remedy: this.extra.remedy } : {}),
        ...(this.extra.problems !== undefined ? { problems: this.extra.problems } : {}),
      },
    };
  }
}

export function badParams(problems: Problem[]): ApiError {
  const n = problems.length;
  return new ApiError(400, ApiErrorCode.param, `${n} invalid parameter${n === 1 ? '' : 's'}: ${problems.map((p) => p.param).join(', ')}`, {
    problems,
    remedy: 'Fix every parameter listed in `problems`; GET /api/openapi.json describes each route',
  });
}

export function notFound(what: string, id: string, remedy?: string): ApiError {
  return new ApiError(404, ApiErrorCode.notFound, `no ${what} with id "${id}"`, remedy === undefined ? {} : { remedy });
}

// Codes meaning "the thing named does not exist": a 404 when it names the resource of the path.
const NOT_FOUND_CODES = new Set<string>(['E_QUERY_PLACE', 'E_QUERY_ACTOR']);

/**
 * A SitrepError from the shared query layer → an API error. When it is about the path's own resource (the place of
 * /api/places/:id) it is a 404; when it is about a filter (`?actor=`), the request is at fault: a 400 naming the param.
 */
export function fromSitrepError(e: SitrepError, param?: string): ApiError {
  const remedy = e.remedy === undefined ? {} : { remedy: e.remedy };
  if (param === undefined && NOT_FOUND_CODES.has(e.code)) return new ApiError(404, e.code, e.problem, remedy);
  return new ApiError(400, e.code, e.problem, { ...remedy, problems: [{ param: param ?? e.input ?? 'request', message: e.problem }] });
}

/** Runs `fn`; a SitrepError it throws is answered as a problem with `param` (a 400), anything else passes through. */
export function asParam<T>(param: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isSitrepError(e)) throw fromSitrepError(e, param);
    throw e;
  }
}
