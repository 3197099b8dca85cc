import { orderLineSchema, type OrderLine } from '../../../shared/schemas/orders';
import { issueMessage } from '../../errors';
import type { MappedRow, NormaliseOptions, OrderNormaliser } from '../../order-reports/types';

export type LineResult = { ok: true; line: OrderLine; keyMayRepeat: boolean } | { ok: false; code: string; message: string };

/** One mapped row through the network's normaliser, then held to the shared contract as it crosses into the domain. */
export function toOrderLine<F extends string>(normaliser: OrderNormaliser<F>, values: MappedRow<F>, options?: NormaliseOptions): LineResult {
  const result = normaliser.normalise(values, options);
  if (!result.ok) return result;
  const checked = orderLineSchema.safeParse(result.line);
  return checked.success
    ? { ok: true, line: checked.data, keyMayRepeat: result.keyMayRepeat ?? false }
    : { ok: false, code: 'INVALID_ROW', message: issueMessage(checked.error) };
}
