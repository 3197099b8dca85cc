import { DAY_MS } from '../../../shared/china-time';
import { randomString } from '../../../shared/random';
import type { Bindings, Db } from '../../env';
import { sha256Hex } from '../../crypto';
import { AppError } from '../../errors';
import { findAffiliate } from '../../db/queries/affiliates';
import { consumeBindingState, insertBindingState, pruneBindingStates, saveBinding } from '../../db/queries/bindings';
import { listChannelIdsOf } from '../../db/queries/channel-ids';
import { getTextSetting, saveTextSetting } from '../../db/queries/program';
import { NetworkCallError } from '../../networks/network-error';
import { authorizeUrl, exchangeCode, TAOBAO_OAUTH } from '../../networks/taobao/oauth';
import { inviterCode, savePublisher } from '../../networks/taobao/publishers';
import { addChannelId } from '../affiliates/add-channel-id';
import { loadConnection } from '../networks/connections';

const STATE_TTL_MS = 10 * 60_000;
const STATE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const INVITER_CODE_KEY = 'taobaoInviterCode';

/** The OAuth server: TAOBAO_OAUTH_URL (the simulator under npm start and the tests) or Taobao's own. */
export const taobaoOAuthBase = (env: Bindings) => (env.TAOBAO_OAUTH_URL as string | undefined)?.trim() || TAOBAO_OAUTH;
export const taobaoCallbackUrl = (baseUrl: string) => `${baseUrl}/bind/taobao/callback`;

/** A binding that could not be finished, with the reason in the affiliate's words (Chinese first). */
export class BindingRefused extends Error {}

async function operatorConnection(db: Db, env: Bindings) {
  const connection = await loadConnection(db, env, 'taobao');
  if (!connection) throw new AppError('CONFLICT', '运营方还没有连接淘宝联盟，暂时不能绑定淘宝渠道。 / The operator has not connected 淘宝联盟 yet.');
  if (!connection.credentials.session)
    throw new AppError('CONFLICT', '运营方的淘宝联盟连接缺少授权（session），请联系运营方。 / The operator’s 淘宝联盟 connection has no session.');
  return connection;
}

/**
 * Starts 渠道备案 for an affiliate: a single-use `state` tied to them (valid 10 minutes; only its hash is
 * stored) and Taobao's authorise URL that brings the person back to our callback.
 */
export async function startTaobaoBinding(db: Db, env: Bindings, affiliateId: string, input: { baseUrl: string; mobile: boolean }, now = Date.now()) {
  const connection = await operatorConnection(db, env);
  const state = randomString(STATE_ALPHABET, 32);
  await insertBindingState(db, { stateHash: await sha256Hex(state), affiliateId, network: 'taobao' }, now);
  return {
    authorizeUrl: authorizeUrl(taobaoOAuthBase(env), {
      appKey: connection.credentials.appKey,
      redirectUri: taobaoCallbackUrl(input.baseUrl),
      state,
      mobile: input.mobile,
    }),
    expiresAt: now + STATE_TTL_MS,
  };
}

const REFUSED_STATE = {
  unknown: '这个绑定链接无效（不是带货发出的）。请回到插件重新点“绑定淘宝渠道”。',
  used: '这个绑定链接已经用过了。请回到插件查看绑定状态，或重新点“绑定淘宝渠道”。',
  expired: '这个绑定链接已过期（10 分钟内有效）。请回到插件重新点“绑定淘宝渠道”。',
} as const;

/**
 * The OAuth callback: uses the state once, exchanges the code for the person's session, registers them as
 * a 渠道 under the operator's inviter code (cached) and names the affiliate as the owner of the returned
 * relation id — waiting lines that carry it are attributed at once. The person's session is used for that
 * one call and neither kept nor logged. Refusals throw BindingRefused with the reason to show.
 */
export async function finishTaobaoBinding(
  db: Db,
  env: Bindings,
  input: { baseUrl: string; code: string | null; state: string | null; error: string | null },
  now = Date.now(),
): Promise<{ affiliateName: string; relationId: string; accountName: string; attributedOrders: number }> {
  if (!input.state || input.state.length > 200) throw new BindingRefused(REFUSED_STATE.unknown);
  const used = await consumeBindingState(db, await sha256Hex(input.state), 'taobao', now - STATE_TTL_MS, now);
  if ('refused' in used) throw new BindingRefused(REFUSED_STATE[used.refused]);
  const affiliate = await findAffiliate(db, used.affiliateId);
  if (!affiliate || affiliate.disabledAt !== null) throw new BindingRefused('这个推客账号已停用，不能绑定。');
  if (input.error) throw new BindingRefused('你取消了淘宝授权，没有绑定。需要时请回到插件重新绑定。');
  if (!input.code || input.code.length > 500) throw new BindingRefused('淘宝没有给出授权码，没有绑定。请重试。');
  const connection = await operatorConnection(db, env).catch((err: unknown) => {
    throw new BindingRefused(err instanceof AppError ? err.message : '运营方的淘宝联盟连接不可用。');
  });
  try {
    const app = { appKey: connection.credentials.appKey, appSecret: connection.credentials.appSecret };
    const person = await exchangeCode(taobaoOAuthBase(env), app, input.code, taobaoCallbackUrl(input.baseUrl));
    const register = async (fresh: boolean) => {
      let code = fresh ? null : await getTextSetting(db, INVITER_CODE_KEY);
      if (!code) {
        code = await inviterCode(connection.url, connection.credentials).catch((err: unknown) => {
          if (err instanceof NetworkCallError) throw new BindingRefused(`运营方的淘宝联盟授权不可用，请联系运营方重新授权。（淘宝：${err.message}）`);
          throw err;
        });
        await saveTextSetting(db, INVITER_CODE_KEY, code, now);
      }
      return savePublisher(
        connection.url,
        { ...connection.credentials, session: undefined },
        { session: person.accessToken, inviterCode: code, note: affiliate.id },
      );
    };
    // A cached inviter code the network no longer takes is asked for again, once.
    const saved = await register(false).catch((err: unknown) => {
      if (err instanceof NetworkCallError && /inviter/i.test(err.subCode ?? '')) return register(true);
      throw err;
    });
    if (!/^\d{1,20}$/.test(saved.relationId)) throw new BindingRefused('淘宝联盟没有返回渠道 ID，没有绑定。请稍后重试。');
    const channelId = `relation:${saved.relationId}`;
    const owned = (await listChannelIdsOf(db, affiliate.id, 'taobao')).includes(channelId);
    const added = owned ? { attributedOrders: 0 } : await addChannelId(db, affiliate.id, 'taobao', channelId, now);
    await saveBinding(
      db,
      { affiliateId: affiliate.id, network: 'taobao', externalId: saved.relationId, accountName: saved.accountName || person.nick || null },
      now,
    );
    return {
      affiliateName: affiliate.name,
      relationId: saved.relationId,
      accountName: saved.accountName || person.nick,
      attributedOrders: added.attributedOrders,
    };
  } catch (err) {
    if (err instanceof NetworkCallError) {
      if (err.code === 'invalid_grant') throw new BindingRefused(`淘宝授权码已失效，请回到插件重新绑定。（淘宝：${err.message}）`);
      if (err.failure === 'session_expired') throw new BindingRefused(`淘宝授权已过期，请回到插件重新绑定。（淘宝：${err.message}）`);
      throw new BindingRefused(`淘宝联盟没有完成登记：${err.message}`);
    }
    if (err instanceof AppError && err.code === 'CONFLICT') throw new BindingRefused('这个淘宝账号已经登记在另一位推客名下，不能重复绑定。');
    throw err;
  }
}

/** The cron: states are good for 10 minutes; a day later they are only clutter. */
export async function pruneOldBindingStates(db: Db, now = Date.now()): Promise<void> {
  await pruneBindingStates(db, now - DAY_MS);
}
