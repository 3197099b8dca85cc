import { AppError } from '../../errors';
import { NetworkCallError } from '../../networks/network-error';

/** A network's refusal as the API's error: its own code and message, for the operator to act on. */
export function toAppError(err: unknown): unknown {
  if (!(err instanceof NetworkCallError)) return err;
  if (err.failure === 'rejected' || err.failure === 'session_expired') return new AppError('NETWORK_REJECTED', err.summary);
  return new AppError('NETWORK_UNAVAILABLE', `${err.summary}${err.failure === 'rate_limited' ? ' (rate limited; try again in a minute)' : ''}`);
}
