import type { MentionSummary } from '../utils/messages';
import { aspectLabel } from './aspect-label';
import { snippetAfter, snippetBefore } from './snippet';
import type { Translate } from './translate';

// The top frame's mentions, each a button: its sentence around the phrase, the phrase marked.
export function MentionList({ mentions, t, onFocus }: { mentions: MentionSummary[]; t: Translate; onFocus: (index: number) => void }) {
  return (
    <ol class="mentions">
      {mentions.map((m) => (
        <li key={m.index}>
          <button type="button" class="mention" data-index={m.index} onClick={() => onFocus(m.index)}>
            <span class="mention-aspect">{aspectLabel(t, m.aspect)}</span>
            <span class="snippet" dir="auto">
              {snippetBefore(m.before)}
              <mark>{m.phrase}</mark>
              {snippetAfter(m.after)}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
