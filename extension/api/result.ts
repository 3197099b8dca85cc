import type { ErrorCode } from '@@/shared/schemas';

/** Server codes plus the ones only the extension can see. */
export type ClientErrorCode = ErrorCode | 'NOT_CONFIGURED' | 'NETWORK' | 'BAD_RESPONSE';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: { code: ClientErrorCode; message: string } };

export const fail = (code: ClientErrorCode, message: string): ApiResult<never> => ({ ok: false, error: { code, message } });
