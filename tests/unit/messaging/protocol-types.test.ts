import { describe, expectTypeOf, it } from 'vitest';
import type { sendToBackground } from '@/src/messaging/client';
import type { BackgroundProtocol, Req, Res } from '@/src/messaging/protocol';

describe('protocol types', () => {
  it('types requests and responses from the map', () => {
    expectTypeOf<Req<BackgroundProtocol, 'ping'>>().toEqualTypeOf<{ text: string }>();
    expectTypeOf<Res<BackgroundProtocol, 'ping'>>().toEqualTypeOf<{
      text: string;
      from: 'background';
    }>();
  });

  it('does not compile an unknown message name', () => {
    type Send = typeof sendToBackground;
    // @ts-expect-error 'deleteEverything' is not a message of the protocol.
    const call = (send: Send) => send('deleteEverything', {});
    void call;
  });
});
