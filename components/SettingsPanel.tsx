/** The reader's settings: interface language, card language, what is highlighted, where Dalil is off. */
import { ENTITY_TYPES } from '../lib/glossary/types';
import type { OptionsT } from '../lib/i18n/options';
import type { Settings } from '../lib/settings';

export interface SettingsPanelProps {
  t: OptionsT;
  settings: Settings;
  /** Applies a change to the settings as they are stored now (another view may have changed them). */
  update: (change: (s: Settings) => Settings) => void;
}

export function SettingsPanel({ t, settings, update }: SettingsPanelProps) {
  const suppressed = Object.entries(settings.suppressed).flatMap(([scope, words]) => words.map((word) => ({ scope, word })));
  return (
    <div class="settings" data-testid="settings">
      <section class="panel" aria-labelledby="set-language">
        <h2 id="set-language">{t('settingsLanguage')}</h2>
        <label class="field inline">
          <span class="visually-hidden">{t('settingsLanguage')}</span>
          <select
            value={settings.uiLanguage}
            data-testid="ui-language"
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              update((s) => ({ ...s, uiLanguage: v === 'en' || v === 'ar' ? v : 'auto' }));
            }}
          >
            <option value="auto">{t('langAuto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="ar" lang="ar">
              العربية
            </option>
          </select>
        </label>
      </section>

      <section class="panel">
        <fieldset class="choice-group">
          <legend>
            <h2>{t('settingsCardFirst')}</h2>
          </legend>
          {(['en', 'ar'] as const).map((lang) => (
            <label key={lang} class="choice">
              <input
                type="radio"
                name="card-first"
                value={lang}
                checked={settings.cardFirst === lang}
                data-testid={`card-first-${lang}`}
                onChange={() => update((s) => ({ ...s, cardFirst: lang }))}
              />
              <span>{lang === 'en' ? t('cardFirstEn') : t('cardFirstAr')}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section class="panel">
        <fieldset class="choice-group">
          <legend>
            <h2>{t('settingsHighlights')}</h2>
          </legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.highlightsOn}
              data-testid="highlights-on"
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                update((s) => ({ ...s, highlightsOn: on }));
              }}
            />
            <span>{t('highlightsOn')}</span>
          </label>
          <div class="type-toggles">
            {ENTITY_TYPES.map((type) => (
              <label key={type} class={`choice type-${type}`}>
                <input
                  type="checkbox"
                  checked={settings.types[type]}
                  disabled={!settings.highlightsOn}
                  data-testid={`highlight-${type}`}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    update((s) => ({ ...s, types: { ...s.types, [type]: on } }));
                  }}
                />
                <span class="swatch" aria-hidden="true" />
                <span>{t('highlightType', { type: t(type) })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="panel" aria-labelledby="set-sites">
        <h2 id="set-sites">{t('settingsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="help" data-testid="sites-none">
            {t('sitesNone')}
          </p>
        ) : (
          <ul class="plain-list" data-testid="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span dir="ltr">{site}</span>
                <button
                  type="button"
                  class="button small"
                  aria-label={t('removeSite', { site })}
                  onClick={() => update((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {suppressed.length > 0 && (
        <section class="panel" aria-labelledby="set-suppressed">
          <h2 id="set-suppressed">{t('settingsSuppressed')}</h2>
          <ul class="plain-list" data-testid="suppressed">
            {suppressed.map(({ scope, word }) => (
              <li key={`${scope}\u0000${word}`}>
                <span lang="ar" dir="rtl">
                  {word}
                </span>
                <span class="muted" dir="ltr">
                  {scope === '*' ? t('suppressedEverywhere') : scope}
                </span>
                <button
                  type="button"
                  class="button small"
                  aria-label={t('removeWord', { word })}
                  onClick={() =>
                    update((s) => {
                      const rest = (s.suppressed[scope] ?? []).filter((w) => w !== word);
                      const next = { ...s.suppressed };
                      if (rest.length) next[scope] = rest;
                      else delete next[scope];
                      return { ...s, suppressed: next };
                    })
                  }
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
