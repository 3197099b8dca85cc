// JD Union order rows as the tests and the bench write them (the API's field names). Plain TypeScript:
// the worker tests (workerd) and `npm run bench` (Node) both import it.

export const JD_COLUMNS = [
  'id',
  'orderId',
  'orderTime',
  'finishTime',
  'modifyTime',
  'skuId',
  'skuName',
  'estimateCosPrice',
  'estimateFee',
  'actualFee',
  'validCode',
  'payMonth',
  'subUnionId',
];

/** Line i's commission in fen: 0.01 … 99.73 yuan, varied so rounding differs by line. */
export const jdFeeOf = (i: number) => 1 + ((i * 7919) % 9973);

/** Paid JD line i of order `${prefix}${i}` under `code`, as cells in JD_COLUMNS order. */
export function jdRow(prefix: string, i: number, code: string, status = 16): string[] {
  const sku = `7${i % 1000}`;
  return [
    `${prefix}${i}-${sku}`,
    `${prefix}${i}`,
    '2026-11-20 09:00:00',
    '',
    '2026-11-20 10:00:00',
    sku,
    `商品${i}`,
    '100.00',
    (jdFeeOf(i) / 100).toFixed(2),
    '0.00',
    String(status),
    '0',
    code,
  ];
}
