/** An answer the admin API refused: its status, stable code and message. Calls go through client.ts. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
