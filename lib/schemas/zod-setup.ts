import { z } from 'zod';

// Zod 4 probes for `eval` (`Function("")`) when it builds its first object schema, to pick
// a faster compiled parser. The site's CSP (`script-src 'self'`, no 'unsafe-eval') blocks
// that in the browser: the probe's error is caught, but each page that validates in the
// browser (the chart controls, the editor forms) logged a CSP violation. Jitless mode skips
// the probe. Imported first by the base schema modules, so it runs before any schema is built.
z.config({ jitless: true });
