import 'reflect-metadata';
import { IessKeyPickupBy } from './enums';
import { windowKeyNotice } from './window-key-notice';

describe('the sealed notice handed over at the window', () => {
  const now = new Date('2026-11-26T15:10:00Z');

  test('names the person at the window, carries the key and the one-time activation deadline', () => {
    const notice = windowKeyNotice({ ruc: '0990011180001', pickedUpBy: IessKeyPickupBy.AUTHORISED_THIRD_PARTY, personNames: 'María Yánez', key: 'Abc234Def567Gh', now }, 72);
    expect(notice.activateBefore).toEqual(new Date('2026-11-29T15:10:00Z'));
    expect(notice.handedTo).toBe('María Yánez (tercero autorizado en la solicitud)');
    expect(notice.printText).toMatch(/Clave patronal: Abc234Def567Gh/);
    expect(notice.printText).toMatch(/una sola vez .* antes del 29 de noviembre de 2026/);
    expect(notice.printText).not.toMatch(/AUTHORISED_THIRD_PARTY/);
  });
});
