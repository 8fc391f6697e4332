import { describe, expect, it } from 'vitest';
import { originFromInput } from './jitsi-domains';

describe('originFromInput: exactly one https origin, nothing wider', () => {
  it.each([
    ['meet.example.org', 'https://meet.example.org'],
    ['  https://meet.example.org/SomeRoom?x=1 ', 'https://meet.example.org'],
    ['https://jitsi.uni-beispiel.de:8443/room', 'https://jitsi.uni-beispiel.de:8443'],
  ])('%s -> %s', (input, origin) => {
    expect(originFromInput(input)).toEqual({ origin });
  });

  it.each([
    ['', 'invalid'],
    ['*.example.org', 'invalid'],
    ['https://*/*', 'invalid'],
    ['localhost', 'invalid'],
    ['meet example.org', 'invalid'],
    ['https://user:pw@meet.example.org', 'invalid'],
    ['http://meet.example.org', 'not-https'],
    ['javascript://meet.example.org', 'not-https'],
    ['meet.jit.si', 'known-platform'],
    ['https://app.zoom.us/wc/1/join', 'known-platform'],
    ['us02web.zoom.us', 'known-platform'],
  ])('refuses %j (%s)', (input, error) => {
    expect(originFromInput(input)).toEqual({ error });
  });
});
