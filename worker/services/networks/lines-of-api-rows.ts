import type { Network, OrderLine, RowProblem } from '../../../shared/schemas/orders';
import { orderNormalisers } from '../../order-reports';
import { mapRows } from '../orders/map-report-rows';
import { toOrderLine } from '../orders/to-order-line';

/**
 * API rows (the network's own field names) → order lines, through the same normalisers as report files —
 * except that a status code we do not know (a new one) makes a line of status `unknown`, not a refusal.
 * A row that cannot be a line (no id, negative or unreadable money, an impossible time) comes back as
 * the network sent it, with the reason, to be kept for a person to see.
 */
export function linesOfApiRows(network: Network, rows: ReadonlyArray<Record<string, unknown>>) {
  const normaliser = orderNormalisers[network];
  const lines: OrderLine[] = [];
  const rejected: Array<{ raw: string; reason: string; problem: RowProblem; field: string; value: string | null }> = [];
  for (const row of rows) {
    const header = Object.keys(row);
    const cells = header.map((k) => (row[k] === null || row[k] === undefined ? '' : typeof row[k] === 'object' ? JSON.stringify(row[k]) : String(row[k])));
    const [mapped] = mapRows(header, [cells], 1, normaliser);
    const result = toOrderLine(normaliser, mapped!.values, { keepUnknownStatus: true });
    if (result.ok) lines.push(result.line);
    else rejected.push({ raw: JSON.stringify(row), reason: result.message.slice(0, 400), problem: result.problem, field: result.field, value: result.value });
  }
  return { lines, rejected };
}
