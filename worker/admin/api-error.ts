import type { Network } from '../../shared/schemas/orders';

/** An answer the admin API refused: its status, stable code and message. Calls go through client.ts. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** WRONG_FILE_KIND: the network the file does look like. */
    readonly network?: Network,
  ) {
    super(message);
  }
}
