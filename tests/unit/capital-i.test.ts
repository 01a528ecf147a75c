import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import { pageMentionSites, pageMightMention } from '../../utils/detect/page-prefilter';
import { makeScreen } from '../../utils/detect/screen';
import { SCREEN } from '../../utils/detect/screen.data';
import { withPlainCapitalI } from '../../utils/detect/capital-i';

// A Turkish headline in capitals writes the capital of i with a dot (İ), which no
// case-insensitive pattern takes for an i. Written for this test.
// Its only name is KİM.
const HEADLINE = "KİM JONG-UN'UN ASKERLERİ KURSK'TA ÇATIŞMAYA GİRDİ";

describe('the dotted capital I', () => {
  it('is read as a plain I, keeping every offset', () => {
    expect(withPlainCapitalI('KİM İŞTE')).toBe('KIM IŞTE');
    expect(withPlainCapitalI('no dot here')).toBe('no dot here');
    expect(withPlainCapitalI(HEADLINE)).toHaveLength(HEADLINE.length);
  });

  it('lets a Turkish headline in capitals through the pre-filter and the screen, and the detector find it', () => {
    expect(pageMightMention(HEADLINE)).toBe(true);
    expect(makeScreen(SCREEN).test(HEADLINE, pageMentionSites(HEADLINE))).toBe(true);
    const [m] = findMentions(HEADLINE);
    expect(m).toBeDefined();
    expect(m.text).toBe(HEADLINE.slice(m.start, m.end)); // the original's letters, dots and all
    expect(m.text).toContain('İ');
    // as the same headline in sentence case always was
    expect(findMentions("Kim Jong-un'un askerleri Kursk'ta çatışmaya girdi")).toHaveLength(1);
  });
});
