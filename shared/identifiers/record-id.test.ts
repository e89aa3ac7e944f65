import { isRecordId, requireRecordId } from './record-id';

describe('record ids', () => {
  test.each([
    ['3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10', true],
    ['3F2B8C1E-6A4D-4E2F-9B1A-0C5D7E8F9A10', true],
    ['3f2b8c1e6a4d4e2f9b1a0c5d7e8f9a10', false],
    ['1', false],
    ['', false],
    ["' OR 1=1 --", false],
    ['3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10 ', false],
  ])('%j is an id: %s', (value, valid) => {
    expect(isRecordId(value)).toBe(valid);
    if (valid) expect(requireRecordId(value, 'requestId')).toBe(value.toLowerCase());
    else expect(() => requireRecordId(value, 'requestId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'requestId' }) }));
  });
});
