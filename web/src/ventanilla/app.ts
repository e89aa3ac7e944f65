import { clearBatch, wireBatch } from './batch-view';
import { clearDossier } from './dossier';
import { announce } from './dom';
import { stopIdle, watchIdle } from './idle';
import { newAttention, wireSearch } from './search';
import { startSession } from './session';

// The front-office window: session first, then the find field, the dossier and the batch.

export function startWindow(): void {
  wireSearch();
  wireBatch();
  startSession({
    onStart: clerk =>
      watchIdle(clerk.idleSeconds, () => {
        newAttention();
        clearBatch();
        announce(`Pantalla limpiada tras ${clerk.idleSeconds} s sin actividad.`);
      }),
    onEnd: () => {
      stopIdle();
      clearDossier();
      clearBatch();
      (document.getElementById('ruc') as HTMLInputElement).value = '';
      document.getElementById('ruc-message')!.textContent = '';
    },
  });
}
