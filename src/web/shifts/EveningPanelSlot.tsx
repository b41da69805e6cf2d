import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Where the home page shows the evening panel. Its code (and the outbox it reads) loads after the
 * home page itself, as the rest of the field log does, so the first screen stays light.
 */
export function EveningPanelSlot() {
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('./EveningPanel').then((module) => {
      if (live) setPanel(() => module.EveningPanel);
    });
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel /> : null;
}
