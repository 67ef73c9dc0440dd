import { useEffect } from "react";

/** Calls `tick` with the milliseconds since the last frame, on every animation frame while `running`. */
export function useAnimationClock(running: boolean, tick: (ms: number) => void): void {
  useEffect(() => {
    if (!running) return;
    let last: number | null = null;
    let frame = 0;
    const loop = (now: number) => {
      if (last !== null) tick(now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [running, tick]);
}
