import type { Connection } from 'vscode-languageserver/node';

/**
 * A test hook on the steps of a check (issue 18): tests of cancellation need a check that is surely under way when
 * they cancel it, and measuring how long a check takes made them depend on the machine's speed. With
 * TREATY_TEST_GATE=1 in the server's environment (never set otherwise), the tests hold a check at a known step of
 * the engine's step generator instead, and hear how each check ended:
 *
 * - client → server `treaty/test/closeGate` { atStep }: a check that reaches step `atStep` (counted from 1) waits
 *   there, between two turns of the event loop, until the gate opens; requests and cancellations are heard meanwhile;
 * - server → client `treaty/test/checkHeld` { uri, version, step }: a check waits at the gate;
 * - client → server `treaty/test/openGate`: the held checks go on, and no later check is held;
 * - server → client `treaty/test/checkEnded` { uri, version, steps, outcome }: a check ended after `steps` steps,
 *   'finished' with a result, 'stopped' (the document changed or no request waits for it any more) or 'failed'.
 */
export const GATE_VARIABLE = 'TREATY_TEST_GATE';
export const CLOSE_GATE = 'treaty/test/closeGate';
export const OPEN_GATE = 'treaty/test/openGate';
export const CHECK_HELD = 'treaty/test/checkHeld';
export const CHECK_ENDED = 'treaty/test/checkEnded';

export type CheckOutcome = 'finished' | 'stopped' | 'failed';
export interface CloseGateParams { atStep: number }
export interface CheckHeldParams { uri: string; version: number; step: number }
export interface CheckEndedParams { uri: string; version: number; steps: number; outcome: CheckOutcome }

export interface CheckGate {
  /** After step `step` of a check: a promise to wait for when the check is held there, else undefined. */
  hold(uri: string, version: number, step: number): Promise<void> | undefined;
  ended(uri: string, version: number, steps: number, outcome: CheckOutcome): void;
}

/** The gate, when the environment asks for it; undefined otherwise (the server then runs its checks untouched). */
export function checkGate(connection: Connection, env: NodeJS.ProcessEnv = process.env): CheckGate | undefined {
  if (env[GATE_VARIABLE] !== '1') return undefined;
  let atStep: number | undefined;
  let opened = Promise.resolve();
  let open = () => {};
  connection.onNotification(CLOSE_GATE, (p: CloseGateParams) => {
    atStep = p.atStep;
    opened = new Promise<void>((resolve) => (open = resolve));
  });
  connection.onNotification(OPEN_GATE, () => {
    atStep = undefined;
    open();
  });
  return {
    hold(uri, version, step) {
      if (step !== atStep) return undefined;
      void connection.sendNotification(CHECK_HELD, { uri, version, step } satisfies CheckHeldParams);
      return opened;
    },
    ended(uri, version, steps, outcome) {
      void connection.sendNotification(CHECK_ENDED, { uri, version, steps, outcome } satisfies CheckEndedParams);
    },
  };
}
