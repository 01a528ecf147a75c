// The languages the card and the popup speak, and which one a reader gets.
// Pure: the browser's language and the page's are handed in by the caller.

export const LOCALES = ['en', 'ko', 'ru', 'uk', 'ja', 'zh', 'de', 'fr', 'es', 'it', 'pt', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** The reader's choice in Settings. */
export const LANGUAGE_CHOICES = ['browser', 'page', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

const RTL: ReadonlySet<Locale> = new Set(['ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * A BCP 47 tag ("pt-BR", "zh_CN", "ar-EG") to one of ours, or null. Only simplified Chinese is
 * written: a reader who asks for traditional script (zh-TW, zh-Hant) gets null, then the fallback.
 */
export function supportedLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const base = parts[0];
  if (base === 'zh' && parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo')) return null;
  return isLocale(base) ? base : null;
}

/**
 * Which language to speak. "page" is the language the mention was detected in (for the popup,
 * the page's most frequent one); when we do not speak it, or there is none, the browser's; when
 * we do not speak that either, English.
 */
export function chooseLocale(choice: LanguageChoice, browserTag: string | null | undefined, pageTag?: string | null): Locale {
  if (choice === 'en') return 'en';
  const browser = supportedLocale(browserTag) ?? 'en';
  if (choice === 'page') return supportedLocale(pageTag) ?? browser;
  return browser;
}

/** The most frequent language among mentions (first seen wins a tie), or null for none. */
export function mainLanguage(langs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: string | null = null;
  for (const [lang, n] of counts) if (best === null || n > counts.get(best)!) best = lang;
  return best;
}
