import type { Network } from '../../shared/schemas/orders';
import type { PlatformId } from '../../shared/platforms/types';
import type { ProductOffer } from '../db/stored-shapes';

/** What a network's link conversion gives us for one product and share code. */
export interface MintedLink {
  /** The network's tracked URL (coupon + commission "二合一" when a coupon applies). */
  trackedUrl: string;
  /** The network's own share password (淘口令 / 京口令), when it gives one. */
  password: string | null;
  /** How the share code travels: `sub_id` (in the link itself) or `click_time` (only told apart by click time). */
  carries: 'sub_id' | 'click_time';
  offer: ProductOffer | null;
}

/** Money facts about a product from the network: the stored shape (worker/db/stored-shapes.ts). */
export type { ProductOffer };

export interface MintRequest {
  platform: PlatformId;
  productId: string;
  productUrl: string;
  code: string;
  /** The affiliate's registered channel ids for this network (`relation:…`, `adzone:…`, `position:…`, `pid:…`). */
  channelIds: readonly string[];
  affiliateId: string;
}

/** The product a pasted password or foreign affiliate link stands for, as the network tells it. */
export interface IdentifiedProduct {
  platform: PlatformId;
  productId: string;
}

/** One network, behind one interface: a cheap credential check, minting, and pulling order rows by update time. */
export interface NetworkAdapter<C> {
  network: Network;
  /** The longest window one order pull may ask for (`now` decides big-promotion days). */
  maxWindowMs(from: number): number;
  /** How far back the order API answers (all three keep about 90 days; docs/networks.md). */
  maxLookbackMs: number;
  check(baseUrl: string, credentials: C): Promise<void>;
  mint(baseUrl: string, credentials: C, request: MintRequest): Promise<MintedLink>;
  /** The money facts about a product before any code exists (the panel shows them first); null when the network has none. */
  offer(baseUrl: string, credentials: C, productId: string): Promise<ProductOffer | null>;
  /**
   * 转链's first half: the product behind someone else's password or affiliate link, or null when it
   * names no single product (a shop, an event page). Networks without such a call leave it out.
   */
  identify?(baseUrl: string, credentials: C, material: string): Promise<IdentifiedProduct | null>;
  /** Every order row updated in [from, to), as the API names its fields. */
  pullOrders(baseUrl: string, credentials: C, from: number, to: number): Promise<Array<Record<string, unknown>>>;
}
