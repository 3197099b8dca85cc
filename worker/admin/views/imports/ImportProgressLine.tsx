import type { T } from '../../i18n';
import type { ImportProgress } from './import-in-parts';

/** Where a running import is: reading the file, then part by part (and which part is being retried). */
export function ImportProgressLine({ progress, t }: { progress: ImportProgress | 'reading'; t: T }) {
  return (
    <p role="status" data-testid="import-progress">
      {progress === 'reading' ? (
        t('reading')
      ) : (
        <>
          {progress.retryingPart ? t('retrying', { part: progress.retryingPart }) : t('importing', { done: progress.done, total: progress.total })}{' '}
          <progress max={Math.max(1, progress.total)} value={progress.done} />
        </>
      )}
    </p>
  );
}
