import type { Db } from '../../env';
import { AppError } from '../../errors';
import { orderExists } from '../../db/queries/attribution';
import { writeOutlierConfirmation } from '../../db/queries/orders';
import { bookLedger } from './book-ledger';

/** The admin says a flagged line is real: it is confirmed and booked, so it counts in the charts again. */
export async function confirmOutlier(db: Db, id: string, now = Date.now()) {
  if (!(await writeOutlierConfirmation(db, id, now))) {
    if (!(await orderExists(db, id))) throw new AppError('NOT_FOUND', `No order line ${id}.`);
    throw new AppError('CONFLICT', `Order line ${id} is not waiting for confirmation.`);
  }
  await bookLedger(db, [id], { now });
  return { id, outlier: 'confirmed' as const };
}
