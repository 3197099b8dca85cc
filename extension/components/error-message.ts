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
