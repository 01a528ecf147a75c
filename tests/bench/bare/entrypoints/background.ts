import { defineBackground } from 'wxt/utils/define-background';

// A worker for the harness to find the extension by; it does nothing.
export default defineBackground(() => {});
