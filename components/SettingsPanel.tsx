import { useState } from 'preact/hooks';
import { normalizeHost, withSiteDisabled, type CardTrigger, type HighlightStyle, type LanguageChoice, type Settings } from '../utils/settings-model';
import type { UiKey } from '../utils/i18n/catalog';
import type { Translate } from './translate';

export interface SettingsPanelProps {
  settings: Settings;
  /** The current tab's hostname, when the popup can know it. */
  host: string | null;
  t: Translate;
  /** Saves the whole next value; open tabs watch the stored item and follow at once. */
  onChange: (next: Settings) => void | Promise<void>;
}

const STYLES: Array<[HighlightStyle, UiKey]> = [
  ['underline', 'styleUnderline'],
  ['background', 'styleBackground'],
  ['both', 'styleBoth'],
];
const TRIGGERS: Array<[CardTrigger, UiKey]> = [
  ['hover', 'triggerHover'],
  ['click', 'triggerClick'],
];
const LANGUAGES: Array<[LanguageChoice, UiKey]> = [
  ['browser', 'languageBrowser'],
  ['page', 'languagePage'],
  ['en', 'languageEnglish'],
];

export function SettingsPanel({ settings, host, t, onChange }: SettingsPanelProps) {
  const [saved, setSaved] = useState(0);
  const save = (next: Settings) => {
    void Promise.resolve(onChange(next)).then(() => setSaved((n) => n + 1));
  };
  const here = host ? normalizeHost(host) : null;
  const hereOff = here !== null && settings.disabledSites.includes(here);

  return (
    // Not a <form>: nothing is submitted, and a form makes Chromium's autofill ask Google about it.
    <div class="settings">
      <label class="switch">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })} />
        <span>{t('settingsEnabled')}</span>
      </label>

      <fieldset>
        <legend>{t('settingsStyle')}</legend>
        {STYLES.map(([value, key]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => save({ ...settings, highlightStyle: value })}
            />
            <span class={`swatch swatch-${value}`} aria-hidden="true">
              Aa
            </span>
            <span>{t(key)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settingsTrigger')}</legend>
        {TRIGGERS.map(([value, key]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="trigger"
              value={value}
              checked={settings.trigger === value}
              onChange={() => save({ ...settings, trigger: value })}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settingsLanguage')}</legend>
        {LANGUAGES.map(([value, key]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="language"
              value={value}
              checked={settings.language === value}
              onChange={() => save({ ...settings, language: value })}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class="sites">
        <legend>{t('settingsSites')}</legend>
        {here && !hereOff && (
          <button type="button" class="site-off" onClick={() => save(withSiteDisabled(settings, here, true))}>
            {t('settingsDisableHere', [here])}
          </button>
        )}
        {settings.disabledSites.length === 0 ? (
          <p class="hint">{t('settingsNoSites')}</p>
        ) : (
          <ul class="site-list">
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <span class="site" dir="ltr">
                  {site}
                </span>
                <button type="button" aria-label={t('settingsSiteOnFor', [site])} onClick={() => save(withSiteDisabled(settings, site, false))}>
                  {t('settingsSiteOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <p class="hint" role="status" aria-live="polite">
        {saved > 0 ? t('settingsSaved') : ''}
      </p>
      <p class="hint">{t('settingsPrivacy')}</p>
    </div>
  );
}
