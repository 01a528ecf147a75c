// Views take their UI strings through this function, so that they render the same in tests
// (with a plain lookup) and in the extension (with browser.i18n and _locales).
export type Translate = (key: string, substitutions?: string[]) => string;
