import type { Network } from '../../shared/schemas/orders';

export type NetworkFailure = 'rejected' | 'rate_limited' | 'session_expired' | 'unavailable';

/**
 * A network refused or could not answer a call. `code` / `subCode` / `message` are the network's own
 * (TOP `code`/`sub_code`/`sub_msg`, JD's inner `code`/`message`, PDD `error_code`/`sub_msg`), so the
 * operator reads what the network said. Never carries a credential.
 */
export class NetworkCallError extends Error {
  constructor(
    readonly network: Network,
    readonly failure: NetworkFailure,
    readonly code: string,
    message: string,
    readonly subCode: string | null = null,
  ) {
    super(message);
  }

  /** `[taobao 15 isv.item-not-exist] 该商品不在推广范围内` */
  get summary(): string {
    return `[${[this.network, this.code, this.subCode].filter(Boolean).join(' ')}] ${this.message}`;
  }
}
