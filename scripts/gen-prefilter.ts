// Writes utils/detect/prefilter.data.ts, the data of both pre-filters (the page pre-filter and
// the detector's anchor search), and utils/detect/screen.data.ts, the screen's word sets, from the
// lexicons and utils/detect/gates.ts: run after changing either (`npm run gen:prefilter`);
// tests/unit/prefilter-data.test.ts fails while a file is stale.
import { writeFileSync } from 'node:fs';
import { ANCHOR_ROWS, prefilterDataFile } from '../utils/detect/prefilter-build';
import { screenDataFile } from '../utils/detect/screen-build';

writeFileSync(new URL('../utils/detect/prefilter.data.ts', import.meta.url), prefilterDataFile());
console.log(`wrote utils/detect/prefilter.data.ts (${ANCHOR_ROWS.length} anchors)`);
writeFileSync(new URL('../utils/detect/screen.data.ts', import.meta.url), screenDataFile());
console.log('wrote utils/detect/screen.data.ts');
