import { currentLanguage, t } from '../i18n/index.ts';

const LOCALES = { ko: 'ko-KR', en: 'en-GB', zh: 'zh-CN', ja: 'ja-JP', vi: 'vi-VN' } as const;

export function formatTime(iso: string | null): string {
  if (!iso) return t('sync:status.never');
  const d = new Date(iso);
  if (Date.now() - d.getTime() < 60_000 && Date.now() >= d.getTime()) return t('sync:time.justNow');
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatNumber(n: number | null, digits = 0): string {
  if (n === null || !Number.isFinite(n)) return t('sync:center.none');
  return new Intl.NumberFormat(LOCALES[currentLanguage()], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export function formatPercent(rate: number | null): string {
  if (rate === null) return t('sync:center.none');
  return new Intl.NumberFormat(LOCALES[currentLanguage()], { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A translated error with what to do next; unknown codes fall back to the generic one. */
export function errorText(code: string): string {
  const key = `sync:error.${code}`;
  const s = t(key);
  return s === key || s === `error.${code}` ? t('sync:error.bad_request') : s;
}
