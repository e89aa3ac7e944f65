import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The two pages the gateway serves (/ventanilla, /tablero), bundled with every asset local: no CDN.
const here = fileURLToPath(new URL('.', import.meta.url));

export default {
  root: here,
  base: '/web/',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../dist/web'),
    emptyOutDir: true,
    rollupOptions: { input: { ventanilla: resolve(here, 'ventanilla.html'), tablero: resolve(here, 'tablero.html') } },
  },
};
