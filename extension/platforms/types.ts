/** What a DOM adapter reads off a product page; anything it cannot find is null. */
export interface PageDetails {
  title: string | null;
  priceFen: number | null;
  /** Absolute https URL of the main product image. */
  imageUrl: string | null;
  shopName: string | null;
}

/** Per-shop page reading. Never throws into the content script. */
export interface PageReader {
  read(doc: Document): PageDetails;
}
