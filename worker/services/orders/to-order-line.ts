import { orderLineSchema, type OrderLine } from '../../../shared/schemas/orders';
import { issueMessage } from '../../errors';
import { refuseRow } from '../../order-reports/row-values';
import type { MappedRow, NormaliseOptions, OrderNormaliser, RowRefusal } from '../../order-reports/types';

export type LineResult = { ok: true; line: OrderLine; keyMayRepeat: boolean } | RowRefusal;

/** One mapped row through the network's normaliser, then held to the shared contract as it crosses into the domain. */
export function toOrderLine<F extends string>(normaliser: OrderNormaliser<F>, values: MappedRow<F>, options?: NormaliseOptions): LineResult {
  const result = normaliser.normalise(values, options);
  if (!result.ok) return result;
  const checked = orderLineSchema.safeParse(result.line);
  return checked.success
    ? { ok: true, line: checked.data, keyMayRepeat: result.keyMayRepeat ?? false }
    : { ...refuseRow('bad-value', checked.error.issues[0]?.path.join('.') || 'line'), message: issueMessage(checked.error) };
}
