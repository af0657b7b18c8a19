/** Storage errors the screens turn into translated messages; the data being written is kept by the caller. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly i18nKey = 'records:errors.storageFull';
}

export class StorageFailedError extends Error {
  override readonly name = 'StorageFailedError';
  readonly i18nKey = 'records:errors.storageFailed';
}

export class RecordInvalidError extends Error {
  override readonly name = 'RecordInvalidError';
  readonly i18nKey = 'records:errors.invalid';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, sometimes wrapped (Safari) or as code 22. */
export function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: number; inner?: unknown; error?: unknown; target?: { error?: unknown } };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22) return true;
  return isQuotaError(e.inner) || isQuotaError(e.error) || isQuotaError(e.target?.error);
}

/** The translation key for any error a storage call may throw. */
export function errorKey(err: unknown): string {
  if (err && typeof err === 'object' && 'i18nKey' in err && typeof (err as { i18nKey: unknown }).i18nKey === 'string') return (err as { i18nKey: string }).i18nKey;
  return isQuotaError(err) ? 'records:errors.storageFull' : 'records:errors.storageFailed';
}
