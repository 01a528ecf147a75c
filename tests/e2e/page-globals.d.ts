// What the e2e test pages set on their own window (in their markup or init scripts), for the
// tests' page.evaluate callbacks to read: each is there only on the pages of the test that sets it.
export {};

declare global {
  interface Window {
    /** Errors and messages the hostile pages heard, and their main-thread heartbeat. */
    __errors?: string[];
    __messages?: string[];
    __hb?: { gaps: Array<{ start: number; gap: number; restyle: boolean }>; load: number; adoptions: number; ticks: number };
    /** The mutation storm's outcome: `done`, and its figures once done. */
    __storm?: { done: boolean; expected: number; ops: number; records: number; ms: number };
    __restore?: () => void;
    __markup?: string;
    __rewrite?: (html: string) => void;
    __done?: boolean;
    /** The privacy page's record of what it heard from us. */
    __heard?: string[];
    /** axe-core, once evaluated into the page. */
    axe?: {
      run(
        ctx: unknown,
        opts: unknown,
      ): Promise<{
        passes: unknown[];
        violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
      }>;
    };
  }
}
