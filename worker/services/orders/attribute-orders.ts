import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { chunks } from '../../db/chunk';
import {
  findWaitingAmong,
  findWaitingPage,
  findWaitingWithChannel,
  findWaitingWithSubId,
  readAttributionCursor,
  writeAttributions,
  type AttributionRow,
  type WaitingLine,
} from '../../db/queries/attribution';
import { findDisabledAmong } from '../../db/queries/affiliates';
import { setWaitReasons } from '../../db/queries/orders';
import { getNumberSettings } from '../../db/queries/program';
import { beneficiariesOf } from './beneficiaries';
import { CLICK_MATCH_WINDOW_MS, isContest, settleContest, type Contest, type Decision } from './decide-attribution';
import { decidePage } from './decide-page';

/** Lines decided per round trip of evidence queries and one write. */
const PAGE = 250;

/** Attribution rows for decisions, with each owner's rates of this moment fixed in. */
export async function attributionRows(
  db: Db,
  decisions: ReadonlyArray<{ orderId: string; decision: Pick<Decision, 'affiliateId' | 'code' | 'confidence'> & { method: AttributionRow['method'] } }>,
  now: number,
): Promise<AttributionRow[]> {
  const rates = await beneficiariesOf(
    db,
    decisions.map((d) => d.decision.affiliateId),
  );
  return decisions.map(({ orderId, decision }) => {
    const [own, ...overrides] = rates.get(decision.affiliateId)!;
    return { orderId, ...decision, rateBp: own!.rateBp, overrides, decidedAt: now };
  });
}

const disabledReason = (name: string, method: Decision['method']) =>
  `推客「${name}」已停用：按${method === 'sub_id' ? '分享码' : method === 'channel' ? '渠道' : '点击时间'}本应归属 TA，现等管理员决定`;

const contestReason = (contest: Contest) =>
  contest.candidates.every((c) => c.flood)
    ? `点击时间附近只有刷量点击（${contest.candidates.length} 个推客的链接），未归属，待管理员决定`
    : `点击时间有争议：${contest.candidates.filter((c) => !c.flood).length} 位推客的链接在 ${CLICK_MATCH_WINDOW_MS / 1000} 秒内都有点击，未归属，待管理员决定`;

/**
 * Decides and writes one page; returns the ids attributed. A decision naming a disabled affiliate, and a
 * contested click time the operator's rule does not settle, leave the line waiting with the reason and
 * (for a contest) each candidate's evidence.
 */
async function attributePage(db: Db, lines: readonly WaitingLine[], now: number, cursor: string | null = null): Promise<string[]> {
  if (lines.length === 0 && cursor === null) return [];
  const outcomes = lines.length ? await decidePage(db, lines) : [];
  const { contestRule } = await getNumberSettings(db);
  const decisions: Array<{ orderId: string; decision: Decision }> = [];
  const contests: Array<{ orderId: string; contest: Contest; reason: string }> = [];
  for (const { orderId, outcome } of outcomes) {
    const decision = isContest(outcome) ? settleContest(outcome, contestRule) : outcome;
    if (decision) decisions.push({ orderId, decision });
    else if (isContest(outcome)) contests.push({ orderId, contest: outcome, reason: contestReason(outcome) });
  }
  // A disabled affiliate earns nothing new: a line that names them waits for the admin, saying why.
  const disabled = await findDisabledAmong(
    db,
    decisions.map((d) => d.decision.affiliateId),
  );
  const decided = decisions.filter((d) => !disabled.has(d.decision.affiliateId));
  await setWaitReasons(db, [
    ...decisions
      .filter((d) => disabled.has(d.decision.affiliateId))
      .map((d) => ({ orderId: d.orderId, reason: disabledReason(disabled.get(d.decision.affiliateId)!, d.decision.method), contest: null })),
    ...contests.map((c) => ({ orderId: c.orderId, reason: c.reason, contest: c.contest.candidates })),
  ]);
  await writeAttributions(db, await attributionRows(db, decided, now), cursor === null ? null : { value: cursor, now });
  return decided.map((d) => d.orderId);
}

/** Attributes whichever of these lines are still waiting (the lines an import or webhook just wrote). */
export async function attributeOrders(db: Db, orderIds: readonly string[], now = Date.now()): Promise<string[]> {
  const done: string[] = [];
  for (const ids of chunks(orderIds, PAGE)) done.push(...(await attributePage(db, await findWaitingAmong(db, ids), now)));
  return done;
}

/**
 * The cron's sweep: waiting lines oldest first from where the last sweep stopped, at most `maxLines`
 * per run, wrapping to the start after the newest. Bounded, never stuck: each run moves the cursor on
 * even when nothing could be attributed, and a line that becomes attributable is reached within
 * (waiting lines / maxLines) runs even if no trigger caught it.
 */
export async function sweepWaitingLines(db: Db, { now = Date.now(), maxLines = 5_000 } = {}) {
  let cursor = await readAttributionCursor(db);
  let examined = 0;
  const attributed: string[] = [];
  let wrapped = false;
  while (examined < maxLines) {
    const page = await findWaitingPage(db, cursor, Math.min(PAGE, maxLines - examined));
    if (page.length === 0) {
      await writeAttributions(db, [], { value: '', now });
      if (cursor === '' || wrapped) break;
      cursor = '';
      wrapped = true;
      continue;
    }
    cursor = page[page.length - 1]!.id;
    attributed.push(...(await attributePage(db, page, now, cursor)));
    examined += page.length;
  }
  return { examined, attributed, cursor };
}

/** Triggered by registering a channel id: the waiting lines that carry it. */
export async function attributeForChannel(db: Db, network: Network, channelId: string, now = Date.now()): Promise<string[]> {
  const done: string[] = [];
  let after = '';
  for (;;) {
    const page = await findWaitingWithChannel(db, network, channelId, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    done.push(...(await attributePage(db, page, now)));
  }
  return done;
}

/** Triggered by minting a code: waiting lines whose sub-id already names it. */
export async function attributeForCode(db: Db, code: string, now = Date.now()): Promise<string[]> {
  return attributePage(db, await findWaitingWithSubId(db, code), now);
}
