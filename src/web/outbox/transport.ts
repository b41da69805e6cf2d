import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import type { Shift, ShiftInput } from '../shifts/model';
import type { OutboxError, SendResult } from './logic';

const SEND_TIMEOUT_MS = 20_000;

export type SaveBody = { mutationId: string; baseVersion: number | null; shift: ShiftInput };

function errorOf(error: ApiError): OutboxError {
  return { status: error.status, code: error.code, message: error.message, issues: error.issues };
}

/** No answer, a gateway or server failure, or "slow down": worth trying again later. */
function isTransient(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * One PUT of a whole shift, its answer sorted into what the outbox does next. The only place in the
 * web app that writes shifts. A slow network counts as no network after 20 s: the entry is retried
 * with the same mutationId, which the server applies at most once.
 */
export async function putShift(unitId: string, shiftId: string, body: SaveBody): Promise<SendResult> {
  try {
    const response = await api.api.units[':unitId'].shifts[':shiftId'].$put(
      { param: { unitId, shiftId }, json: body },
      { init: { signal: AbortSignal.timeout(SEND_TIMEOUT_MS) } },
    );
    if (response.status === 409) {
      const conflict = (await response.json()) as { current?: Shift };
      if (conflict.current) return { kind: 'conflict', current: conflict.current };
    }
    // `call` turns any other failure into an ApiError and tells the session store about a 401.
    const shift = (await call(Promise.resolve(response))) as Shift;
    return { kind: 'saved', shift };
  } catch (error) {
    if (!(error instanceof ApiError)) {
      return { kind: 'offline', error: { status: 0, code: 'network', message: String(error) } };
    }
    if (error.status === 401) return { kind: 'signed_out' };
    if (isTransient(error)) return { kind: 'offline', error: errorOf(error) };
    return { kind: 'rejected', error: errorOf(error) };
  }
}
