import type { ResolveResponse } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang, type MessageKey } from '../i18n/messages';

type ApiError = Extract<ApiResult<unknown>, { ok: false }>['error'];

/** A message for the user, one per stable code; the server's text only where the message takes it. */
export function errorMessage(lang: Lang, error: ApiError): string {
  if (error.code === 'NETWORK_REJECTED') {
    // The network's own words (Chinese from a Chinese network) say why; an English note stays out of zh.
    return lang === 'zh' && !HAN.test(error.message) ? t(lang, 'err_NETWORK_REJECTED') : t(lang, 'errorNetworkWords', { message: error.message });
  }
  return t(lang, CODE_MESSAGES[error.code] ?? 'err_OTHER', { message: error.message });
}

const HAN = /\p{Script=Han}/u;

/** The Worker writes its messages in English for logs and admins; the affiliate reads one per code. */
const CODE_MESSAGES: Partial<Record<ApiError['code'], MessageKey>> = {
  NETWORK: 'errorNetwork',
  UNAUTHORIZED: 'errorUnauthorized',
  NOT_CONFIGURED: 'notConfigured',
  UNSUPPORTED_URL: 'errorUnsupported',
  UNRECOGNISED_TEXT: 'errorUnrecognised',
  SHORT_LINK_UNRESOLVED: 'errorShortLink',
  BAD_JSON: 'err_BAD_JSON',
  VALIDATION_FAILED: 'err_VALIDATION_FAILED',
  PAYLOAD_TOO_LARGE: 'err_PAYLOAD_TOO_LARGE',
  FORBIDDEN: 'err_FORBIDDEN',
  NOT_FOUND: 'err_NOT_FOUND',
  CONFLICT: 'err_CONFLICT',
  INSUFFICIENT_BALANCE: 'err_INSUFFICIENT_BALANCE',
  BELOW_MINIMUM: 'err_BELOW_MINIMUM',
  PAYOUT_ACCOUNT_MISSING: 'err_PAYOUT_ACCOUNT_MISSING',
  RATE_LIMITED: 'err_RATE_LIMITED',
  NETWORK_UNAVAILABLE: 'err_NETWORK_UNAVAILABLE',
  BAD_RESPONSE: 'err_BAD_RESPONSE',
};

/** Why a pasted password gave no product, in the user's language (the server's note when it gave no reason). */
export function unresolvedMessage(lang: Lang, resolved: ResolveResponse): string {
  switch (resolved.reason) {
    case 'needs-network':
      return t(lang, 'resolve_needs_network');
    case 'network-refused':
      return t(lang, 'resolve_network_refused', { detail: resolved.note ?? '' });
    case 'not-a-product':
      return t(lang, 'resolve_not_a_product');
    case 'unsupported':
      return t(lang, 'resolve_unsupported');
    default:
      return resolved.note ?? t(lang, 'errorUnrecognised');
  }
}
