import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A real Pullback server started for a test, on a free port with a fresh data folder. */
export interface RunningApp {
  readonly url: string;
  readonly dataDir: string;
  /** The server's process id, for benchmarks that read its CPU time. */
  readonly pid: number;
  /**
   * Kills the server (SIGKILL: no chance to flush anything) and starts it again on the same data,
   * with `env` in its environment instead of the previous extra variables when given (e.g.
   * `PULLBACK_CLOCK_OFFSET_MS` to move its clock).
   */
  restart(env?: ExtraEnv): Promise<RunningApp>;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

/** Extra environment variables for the server, on top of the test's own. */
export type ExtraEnv = Readonly<Record<string, string>>;

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Asks the OS for a free port on loopback. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const reply = await fetch(`${url}/api/health`);
      if (reply.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer /api/health within 30 s:\n${output()}`);
}

/**
 * Starts the built `pullback serve` (`npm run build` makes dist/cli.mjs and dist/web) and waits until it is
 * healthy; a fresh data folder unless one is given, `env` added to its environment, and
 * `nodeFlags` given to node (e.g. `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function startApp(
  dataDir = mkdtempSync(path.join(tmpdir(), "pullback-e2e-")),
  env: ExtraEnv = {},
  nodeFlags: readonly string[] = [],
): Promise<RunningApp> {
  const port = await freePort();
  let log = "";
  const child = spawn(process.execPath, [...nodeFlags, "dist/cli.mjs", "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PULLBACK_DATA: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  };
  return {
    url,
    dataDir,
    pid: child.pid ?? NaN,
    async restart(nextEnv = env) {
      await kill("SIGKILL");
      return startApp(dataDir, nextEnv, nodeFlags);
    },
    async stop() {
      await kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
