import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// German, Czech, Slovak, Polish, Dutch and Scandinavian kinds (own sentences, not corpus ones), each
// with near misses that must stay unread.
const found = (text: string, pageContext = false) => findMentions(text, { pageContext }).length > 0;
const missed = (list: string[], pageContext = false) => list.filter((s) => !found(s, pageContext));
const read = (list: string[], pageContext = false) => list.filter((s) => found(s, pageContext));

describe('de: the capture, entering the war, occupation forces, labour camps', () => {
  it('reads the capture as the captives on a page about them, and a war entered', () => {
    expect(missed(['Kiew meldete am Abend die Gefangennahme zweier weiterer Männer in der Ukraine.'], true)).toEqual([]);
    expect(
      missed([
        'Beobachter fürchten, Nordkorea könnte offen in den Krieg eintreten.',
        'Mit Kims Soldaten in den Besatzungstruppen ändert sich die Lage.',
        'Pjöngjang nennt die ukrainischen Soldaten Neonazis, gegen die seine Truppen kämpften.',
      ]),
    ).toEqual([]);
  });
  it('leaves another nation’s captives, labour camps and a war of words unread', () => {
    expect(read(['Kiew meldete die Gefangennahme russischer Soldaten in der Ukraine.'], true)).toEqual([]);
    expect(
      read(['Ein Nordkoreaner berichtet vom Leben in einem Arbeitslager in Russland.', 'Nordkorea zieht gegen Südkorea in einen Krieg der Worte.']),
    ).toEqual([]);
  });
});

describe('cs/sk: a North Korean, joining the war, counts of them, "je" before a verb of sending', () => {
  it('reads a North Korean soldier, the war joined and the attackers', () => {
    expect(
      missed([
        'Severokorejec v zajetí řekl, že do Ruska přijel bojovat.',
        'Analytici varují, že se KLDR brzy zapojí do bojů na Ukrajině.',
        'Kim ocenil severokorejské vojáky za vítězství nad neonacistickými útočníky.',
      ]),
    ).toEqual([]);
    expect(missed(['Moskva je posílá přímo na frontu u Kurska.', 'Podle rozvědky už tisíce z nich dorazily do Ruska.'], true)).toEqual([]);
  });
  it('leaves a defector across the border, talks joined and "je" as "is" unread', () => {
    expect(
      read([
        'Severokorejec překročil střeženou hranici a vojáci ho zajali.',
        'Severokórejčan prekročil hranicu a juhokórejskí vojaci ho zadržali.',
        'KLDR se zapojí do jednání o obchodu s Ruskem.',
      ]),
    ).toEqual([]);
    expect(read(['Rusko je velká země a Ukrajina je jeho soused.'], true)).toEqual([]);
  });
});
