// D1 caps a statement at 100 bound parameters and a string or row near 2 MB; one JSON parameter per
// chunk stays well inside both when chunks are cut by count and by size.
const MAX_ITEMS = 500;
const MAX_JSON_CHARS = 400_000;

/** Consecutive chunks of at most `size` items. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Consecutive chunks whose JSON stays under the size a single bound parameter may carry. */
export function chunkByJsonSize<T>(items: readonly T[], maxItems = MAX_ITEMS, maxChars = MAX_JSON_CHARS): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 2;
  for (const item of items) {
    const itemSize = JSON.stringify(item).length + 1;
    if (current.length > 0 && (current.length >= maxItems || size + itemSize > maxChars)) {
      out.push(current);
      current = [];
      size = 2;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) out.push(current);
  return out;
}
