import type { Browser } from 'wxt/browser';
import type { MessageType, ProtocolMap } from '../protocol';
import { loadPanel } from './load-panel';
import { createCode } from './create-code';
import { getOffer } from './get-offer';
import { getSummary } from './get-summary';
import { getEarnings } from './get-earnings';
import { openOptions } from './open-options';
import { resolve } from './resolve';
import { fetchImage } from './fetch-image';
import { getWallet } from './get-wallet';
import { requestPayout } from './request-payout';
import { getPayoutAccount } from './get-payout-account';
import { savePayoutAccount } from './save-payout-account';
import { getStatement } from './get-statement';
import { getTeam } from './get-team';
import { createInvite } from './create-invite';
import { getTier } from './get-tier';
import { getBindings } from './get-bindings';
import { getOfflineCodes } from './get-offline-codes';
import { convert } from './convert';
import { bindTaobao } from './bind-taobao';

type Handlers = {
  [K in MessageType]: (request: ProtocolMap[K]['request'], sender?: Browser.runtime.MessageSender) => Promise<ProtocolMap[K]['response']>;
};

/** The only list of background message handlers. */
export const handlers: Handlers = {
  createCode,
  getOffer,
  getSummary,
  getEarnings,
  openOptions,
  loadPanel,
  resolve,
  fetchImage,
  getWallet,
  requestPayout,
  getPayoutAccount,
  savePayoutAccount,
  getStatement,
  getTeam,
  createInvite,
  getTier,
  getBindings,
  getOfflineCodes,
  convert,
  bindTaobao,
};
