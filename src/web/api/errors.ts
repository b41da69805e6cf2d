export type ApiIssue = { path: string; code: string; message: string };

/** Any failed API call: the server's `{ error: { code, message, issues? } }`, or `network` when it never answered. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[] | undefined;
  /** Seconds from the Retry-After header, when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, issues?: ApiIssue[], retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }
}

export const NETWORK_ERROR = 'network';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readIssues(value: unknown): ApiIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue.path === 'string' && typeof issue.message === 'string'
      ? [
          {
            path: issue.path,
            code: typeof issue.code === 'string' ? issue.code : 'unknown',
            message: issue.message,
          },
        ]
      : [],
  );
}

/** Reads an error response; bodies that are not the API's error shape still give a status-based code. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = Number(response.headers.get('Retry-After'));
  const retryAfter = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' ? error.message : error.code;
    return new ApiError(response.status, error.code, message, readIssues(error.issues), retryAfter);
  }
  const code = response.status >= 500 ? 'internal_error' : 'unknown';
  return new ApiError(response.status, code, `HTTP ${response.status}`, undefined, retryAfter);
}
