import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../components/translate';

// The views' strings as users of the English UI see them: messages.json with its placeholders
// filled the way browser.i18n fills them. A missing key comes back as itself, like platform/i18n.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function messages(locale = 'en'): Record<string, Entry> {
  // import.meta.dirname: happy-dom's global URL does not resolve file: URLs.
  const file = resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function lookup(locale = 'en'): Translate {
  const all = messages(locale);
  return (key, subs = []) => {
    const entry = all[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      if (!ph) return whole;
      return ph.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}
