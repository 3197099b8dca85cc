import type { ResolveResponse } from '@@/shared/schemas';
import type { ApiResult } from '../api/result';
import { t, type Lang } from '../i18n/messages';

type ApiError = Extract<ApiResult<unknown>, { ok: false }>['error'];

/** A message for the user; narrows on the stable code and shows the server's text otherwise. */
export function errorMessage(lang: Lang, error: ApiError): string {
  switch (error.code) {
    case 'NETWORK':
      return t(lang, 'errorNetwork');
    case 'UNAUTHORIZED':
      return t(lang, 'errorUnauthorized');
    case 'NOT_CONFIGURED':
      return t(lang, 'notConfigured');
    case 'UNSUPPORTED_URL':
      return t(lang, 'errorUnsupported');
    case 'UNRECOGNISED_TEXT':
      return t(lang, 'errorUnrecognised');
    case 'SHORT_LINK_UNRESOLVED':
      return t(lang, 'errorShortLink', { message: error.message });
    default:
      return t(lang, 'errorGeneric', { message: error.message });
  }
}

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
