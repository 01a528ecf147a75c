import { isOneOf, isRecord } from './guards';
import { LANGUAGE_CHOICES, type LanguageChoice } from './i18n/locales';

// The user's settings: their shape, defaults, and how any stored value (old, partial or
// broken) becomes a valid one without losing the fields that are still good.

export type HighlightStyle = 'underline' | 'background' | 'both';
export type CardTrigger = 'hover' | 'click';
export type { LanguageChoice };

export interface Settings {
  enabled: boolean;
  /** Hostnames where the user turned the extension off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  trigger: CardTrigger;
  /** The card's and the popup's language: the browser's, the page's (the mention's), or English. */
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'both',
  trigger: 'hover',
  language: 'browser',
});

const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'both'];
const TRIGGERS: readonly CardTrigger[] = ['hover', 'click'];

/** Each field on its own: a bad one falls back to its default, the others are kept. */
export function normalizeSettings(raw: unknown): Settings {
  const r: Record<string, unknown> = isRecord(raw) ? raw : {};
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(r.disabledSites.filter((s): s is string => typeof s === 'string').map(normalizeHost))].filter(Boolean)
      : [...DEFAULT_SETTINGS.disabledSites],
    highlightStyle: isOneOf(STYLES, r.highlightStyle) ? r.highlightStyle : DEFAULT_SETTINGS.highlightStyle,
    trigger: isOneOf(TRIGGERS, r.trigger) ? r.trigger : DEFAULT_SETTINGS.trigger,
    language: isOneOf(LANGUAGE_CHOICES, r.language) ? r.language : DEFAULT_SETTINGS.language,
  };
}

export function normalizeHost(host: string): string {
  // "WWW.Example.com." and "example.com" are one site to the user.
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Whether the extension runs on a page of this hostname. */
export function activeOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(normalizeHost(hostname));
}

export function withSiteDisabled(settings: Settings, hostname: string, disabled: boolean): Settings {
  const host = normalizeHost(hostname);
  if (!host) return settings; // a page without a hostname (file:, about:) is not a site
  const rest = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: disabled ? [...rest, host] : rest };
}
