import type { Bindings as BindingsAnswer } from '../../../shared/schemas/bindings';
import type { Bindings, Db } from '../../env';
import { findBindings, saveBinding } from '../../db/queries/bindings';
import { listChannelIdsOf } from '../../db/queries/channel-ids';
import { NetworkCallError } from '../../networks/network-error';
import { bindingUrl, isMemberBound, pddUid } from '../../networks/pdd/member';
import { loadConnection } from '../networks/connections';

/**
 * Where an affiliate stands at each network: Taobao bound once they own a relation (or special) id; 多多进宝
 * asked each time until the network says bound (a bound answer is kept — the person may have just finished
 * 备案 in the app), with the 备案 link while unbound; JD needs no binding (the share code is the subUnionId).
 */
export async function getBindings(db: Db, env: Bindings, affiliateId: string, now = Date.now()): Promise<BindingsAnswer> {
  const [taobao, pdd, jd, kept, channels] = await Promise.all([
    loadConnection(db, env, 'taobao'),
    loadConnection(db, env, 'pdd'),
    loadConnection(db, env, 'jd'),
    findBindings(db, affiliateId),
    listChannelIdsOf(db, affiliateId, 'taobao'),
  ]);
  const keptTaobao = kept.find((b) => b.network === 'taobao');
  const channel = channels.find((id) => id.startsWith('relation:') || id.startsWith('special:'));
  const taobaoStatus: BindingsAnswer['taobao'] = !taobao
    ? { status: 'not-connected' }
    : keptTaobao || channel
      ? { status: 'bound', relationId: keptTaobao?.externalId ?? channel!.slice(channel!.indexOf(':') + 1), accountName: keptTaobao?.accountName ?? null }
      : { status: 'unbound', canBind: Boolean(taobao.credentials.session) };

  let pddStatus: BindingsAnswer['pdd'] = { status: 'not-connected' };
  if (pdd) {
    if (kept.some((b) => b.network === 'pdd')) pddStatus = { status: 'bound' };
    else {
      try {
        if (await isMemberBound(pdd.url, pdd.credentials, affiliateId)) {
          await saveBinding(db, { affiliateId, network: 'pdd', externalId: pddUid(affiliateId), accountName: null }, now);
          pddStatus = { status: 'bound' };
        } else pddStatus = { status: 'unbound', bindUrl: await bindingUrl(pdd.url, pdd.credentials, affiliateId) };
      } catch (err) {
        if (!(err instanceof NetworkCallError)) throw err;
        pddStatus = { status: 'unknown', reason: err.summary };
      }
    }
  }
  return { taobao: taobaoStatus, pdd: pddStatus, jd: { status: jd ? 'not-needed' : 'not-connected' } };
}
