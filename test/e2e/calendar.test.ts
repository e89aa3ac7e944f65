import { startSubgraphsAndGateway, type Stack } from '../support/stack';

const BOOK = `mutation ($input: BookIessAppointmentInput!) { bookIessAppointment(input: $input) { id } }`;
const CLERK = { role: 'front-office', subject: 'ventanilla-calendario' } as const;

function booking(startsAt: string) {
  return { input: { verificationId: '00000000-0000-4000-8000-000000000000', code: '123456', employerRuc: '1790011674001', province: 'Pichincha', agencyCode: 'UIO-01', startsAt } };
}

describe('the working-day calendar never ends (issue 12, point 4)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('a turno on Carnival Tuesday 2028 is refused as a holiday, naming startsAt, not as an unknown year', async () => {
    const { errors } = await stack.queryAs(CLERK, BOOK, booking('2028-02-29T15:00:00Z'));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'SLOT_OUTSIDE_HOURS' });
    expect(errors![0].message).toMatch(/2028-02-29 no es día hábil/);
  });

  test('working days of 2028 and 2031 pass the calendar (what fails next is the verification code)', async () => {
    for (const startsAt of ['2028-03-01T15:00:00Z', '2031-03-03T15:00:00Z']) {
      const { errors } = await stack.queryAs(CLERK, BOOK, booking(startsAt));
      expect(errors![0].extensions!.field).not.toBe('startsAt');
      expect(errors![0].message).not.toMatch(/calendario de feriados/);
    }
  });
});
