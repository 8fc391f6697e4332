import type { MeetingEvent } from '../../../shared/model/meeting-event';
import type { ReplicaControl, ReplicaOptions } from '../../../replicas/replica';
import { mountReplica } from '../../../replicas/zoom/client';
import { zoomAdapter } from './adapter';

/** The Zoom replica mounted in the test document, with the adapter observing it. */
export interface ZoomPage {
  control: ReplicaControl;
  events: MeetingEvent[];
  /** The replica's id for a participant shown under `name`. */
  replicaId(name: string): string;
  /** The adapter's id, from its roster / joined events. */
  adapterId(name: string): string;
  stop(): void;
}

export function mountZoom(options: ReplicaOptions = {}, observe = true): ZoomPage {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const control = mountReplica(root, { delayMs: 5, ...options });
  const events: MeetingEvent[] = [];
  const controller = new AbortController();
  if (observe) zoomAdapter.start(document, (event) => events.push(event), controller.signal);
  return {
    control,
    events,
    replicaId(name) {
      const found = control.state().participants.find((p) => p.name === name);
      if (!found) throw new Error(`no replica participant ${name}`);
      return found.id;
    },
    adapterId(name) {
      for (const event of events) {
        if (event.kind === 'roster') {
          const found = event.participants.find((p) => p.name === name);
          if (found) return found.id;
        }
        if (event.kind === 'joined' && event.participant.name === name) return event.participant.id;
      }
      throw new Error(`the adapter has not seen ${name}`);
    },
    stop() {
      controller.abort();
      control.unmount();
    },
  };
}

export const tick = (ms = 30) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until an event of `kind` (matching `test`) was emitted, or ~3 s. */
export async function until(events: MeetingEvent[], test: (event: MeetingEvent) => boolean): Promise<void> {
  for (let i = 0; i < 150 && !events.some(test); i++) await tick(20);
}
