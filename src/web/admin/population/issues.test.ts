import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';
import { issueLocation } from './issues';

describe('population import issues', () => {
  it('read the line and column from the server’s path', () => {
    expect(issueLocation('line.12.gender')).toEqual({ line: 12, column: 'gender' });
    expect(issueLocation('line.1.file')).toEqual({ line: 1, column: null });
    expect(issueLocation('line.3.row')).toEqual({ line: 3, column: null });
    expect(issueLocation('year')).toBeNull();
  });
});

describe('CSV bytes', () => {
  it('are UTF-8 when they can be, else Windows-1252 as Swedish Excel saves them', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Område;Kön'))).toBe('Område;Kön');
    expect(decodeCsvBytes(Uint8Array.from([0x4f, 0x6d, 0x72, 0xe5, 0x64, 0x65]))).toBe('Område');
  });
});
