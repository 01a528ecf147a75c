// The content script's first look at a page: is there any chance of a mention here? It is a
// superset of the detector's own pre-filter (every name is found, a few more near misses pass)
// built from plain regex sources, so the content script carries no lexicon: the detector is
// loaded only when this says yes.

export interface QuickFilterSources {
  /** Gates in Latin script (capitalised "North", acronyms...), matched with case. */
  latin: string;
  /** Gates in other scripts, matched only when the text has such characters. */
  script: string;
  scriptPresent: string;
  /** Every name of North Korea and of the deployed units, loosely. */
  loose: string;
  /** How far from a gate a name may reach. */
  reach: number;
}

export function quickFilter(src: QuickFilterSources): (text: string) => boolean {
  const latin = new RegExp(src.latin, 'g');
  const script = new RegExp(src.script, 'gi');
  const scriptPresent = new RegExp(src.scriptPresent);
  const names = new RegExp(src.loose, 'iu');
  const near = (text: string, at: number, len: number) =>
    names.test(text.slice(Math.max(0, at - src.reach), at + len + src.reach));
  const any = (re: RegExp, text: string): boolean => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      else if (near(text, m.index, m[0].length)) return true;
    }
    return false;
  };
  return (text) => any(latin, text) || (scriptPresent.test(text) && any(script, text));
}
