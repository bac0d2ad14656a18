// The latest answer of an overlay measured off the main thread (editor/overlayClient.ts). While a
// new answer is measured (after an edit) the previous one of the same slot stays shown, so a heat
// map does not blink off at every edit; an answer of another slot (another floor or heat map) is
// never shown, and a late answer for an older request is dropped.
import { useEffect, useState } from 'react';

export function useOverlayAnswer<T>(slot: string | null, ask: () => Promise<T>, inputs: readonly unknown[]): T | null {
  const [shown, setShown] = useState<{ slot: string; value: T } | null>(null);
  useEffect(() => {
    if (slot === null) return;
    let current = true;
    ask().then(
      (value) => {
        if (current) setShown({ slot, value });
      },
      // nothing new to show: the overlay stays as it was (a failed measurement is retried next edit)
      () => {},
    );
    return () => {
      current = false;
    };
    // `ask` is a new closure each render; `inputs` are what it reads
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slot, ...inputs]);
  return shown && shown.slot === slot ? shown.value : null;
}
