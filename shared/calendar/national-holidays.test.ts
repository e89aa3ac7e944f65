import { nationalHolidays } from './national-holidays';

const days = (year: number) => nationalHolidays(year).map(h => h.day);

describe("Ecuador's national holidays, from the Ley de Feriados (2016)", () => {
  test('2017, as the government announced it when the reform was enacted (expectativa.ec, Dec. 2016)', () => {
    // "lunes 2 de enero; lunes 27 y martes 28 de febrero; 14 de abril; viernes 26 de mayo; viernes 11 de agosto;
    // lunes 9 de octubre; jueves 2 y viernes 3 de noviembre; lunes 25 de diciembre" (1 May 2017 was a Monday).
    expect(days(2017)).toEqual(['2017-01-02', '2017-02-27', '2017-02-28', '2017-04-14', '2017-05-01', '2017-05-26', '2017-08-11', '2017-10-09', '2017-11-02', '2017-11-03', '2017-12-25']);
  });

  test('2018: 9 October (Tuesday) rested on Monday 8 (Diario Los Andes)', () => {
    expect(days(2018)).toContain('2018-10-08');
    expect(days(2018)).not.toContain('2018-10-09');
  });

  test('2019: 9 October on Friday 11; 2–3 November (a weekend) on Friday 1 and Monday 4 (El Comercio); 25 December stays on Wednesday', () => {
    expect(days(2019)).toEqual(expect.arrayContaining(['2019-10-11', '2019-11-01', '2019-11-04', '2019-12-25']));
  });

  test('2025 as the official calendar: 24 May on Friday 23, Difuntos on Monday 3 and Cuenca on Tuesday 4 November', () => {
    expect(days(2025)).toEqual(['2025-01-01', '2025-03-03', '2025-03-04', '2025-04-18', '2025-05-02', '2025-05-23', '2025-08-11', '2025-10-10', '2025-11-03', '2025-11-04', '2025-12-25']);
  });

  test('2026', () => {
    expect(days(2026)).toEqual(['2026-01-01', '2026-02-16', '2026-02-17', '2026-04-03', '2026-05-01', '2026-05-25', '2026-08-10', '2026-10-09', '2026-11-02', '2026-11-03', '2026-12-25']);
  });

  test('2027: 2–3 November (Tuesday and Wednesday) rest on Monday 1 and Tuesday 2; Christmas (Saturday) on Friday 24', () => {
    expect(days(2027)).toEqual(['2027-01-01', '2027-02-08', '2027-02-09', '2027-03-26', '2027-04-30', '2027-05-24', '2027-08-09', '2027-10-08', '2027-11-01', '2027-11-02', '2027-12-24']);
  });

  test('2028 and far years are computed, never refused; 1 January on a Saturday rests on Friday 31 December before', () => {
    expect(days(2028)).toEqual(['2027-12-31', '2028-02-28', '2028-02-29', '2028-04-14', '2028-05-01', '2028-05-26', '2028-08-11', '2028-10-09', '2028-11-02', '2028-11-03', '2028-12-25']);
    expect(days(2033)[0]).toBe('2032-12-31');
    expect(days(2100)).toHaveLength(11);
  });
});
