// Type guards for values whose type the compiler cannot know (stored settings, JSON, messages).

/** A plain object (not null, not an array), its fields still unknown. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Is the value one of the list's? */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
