import type { Translate } from './translate';

// Aspect names come from the fact sheet (facts' aspects) and from the detector (mentions'
// aspects, which add "captives" and "general"); an unknown one shows as its raw name.
export function aspectLabel(t: Translate, aspect: string): string {
  return t.aspect(aspect);
}
