import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

const texts = (text: string, pageContext = false) => findMentions(text, { pageContext }).map((m) => m.text);

describe('owners: each language’s own linking words', () => {
  it('Polish "do" (to) is no linker, as Portuguese "do" (of the) is: "żołnierzy do Rosji" are not Russia’s', () => {
    expect(texts('Pjongjang wysłał w październiku tysiące żołnierzy do Rosji, by walczyli w obwodzie kurskim.')).toEqual([
      'Pjongjang wysłał w październiku tysiące żołnierzy',
    ]);
    expect(texts('Kim Dzong Un wysłał jesienią tysiące żołnierzy do Rosji.')).toEqual(['Kim Dzong Un wysłał jesienią tysiące żołnierzy']);
  });
});
