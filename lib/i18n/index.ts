/**
 * The interface in English or Arabic. Each view owns a catalog (lib/i18n/<view>.ts) of
 * { key: { en, ar } }; `npm run build` turns them into _locales/{en,ar}/messages.json so
 * browser.i18n localizes the manifest and knows both languages, while the reader's setting
 * (auto, English or Arabic) picks the language at run time in every view.
 */

export type UiLang = 'en' | 'ar';
export type Catalog = Record<string, { en: string; ar: string }>;

/** The language to show: the reader's choice, else the browser's (Arabic for any ar-* locale). */
export function resolveLang(setting: 'auto' | 'en' | 'ar', browserLang: string | undefined): UiLang {
  if (setting === 'en' || setting === 'ar') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function dirOf(lang: UiLang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * A translate function over a catalog. `{name}` placeholders are filled from `vars`, as text:
 * the result is only ever used as a text node, never as HTML.
 */
export function translator<C extends Catalog>(
  catalog: C,
  lang: UiLang,
): (key: keyof C & string, vars?: Record<string, string | number>) => string {
  return (key, vars) => {
    const entry = catalog[key];
    let s = entry ? entry[lang] : key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}
