import { ASPECT_LABELS, isAspect } from '../utils/fact-sheet-types';
import type { Translate } from './translate';

// Aspect names come from the fact sheet (facts' aspects) and from the detector (mentions'
// aspects, which add "captives" and "general"). Their labels are UI text, so _locales wins;
// without a translation the fact sheet's English label, and as a last resort the raw name.
const EXTRA: Record<string, string> = { captives: 'Captured soldiers', general: 'The deployment' };

export function aspectKey(aspect: string): string {
  return 'aspect' + aspect.charAt(0).toUpperCase() + aspect.slice(1);
}

export function aspectLabel(t: Translate, aspect: string): string {
  const key = aspectKey(aspect);
  const text = t(key);
  if (text && text !== key) return text;
  return isAspect(aspect) ? ASPECT_LABELS[aspect] : (EXTRA[aspect] ?? aspect);
}
