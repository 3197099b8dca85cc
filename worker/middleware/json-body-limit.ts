import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors';

/** API bodies are small JSON documents; anything over this is refused before it is read in full. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export const jsonBodyLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', `The request body must be at most ${MAX_JSON_BODY_BYTES} bytes.`);
  },
});

/** A larger limit for the routes that take bulk rows (report parts). */
export function bulkBodyLimit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', `The request body must be at most ${Math.round(maxSize / 1024 / 1024)} MiB; send fewer rows per part.`);
    },
  });
}
