// The default package's guards against the programs that send close codes: for every number 0..65535
// and a list of odd values, `!hasFlag(v, "reserved")` holds exactly when a real ws server's close(v)
// reaches a real ws client as v itself, and `!hasFlag(v, "browserRejected")` exactly when real
// Chromium's WebSocket.close(v) does not throw and the server receives v itself.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Named apart from the page's own WebSocket, which the code run in Chromium uses.
import { WebSocket as WsClient, WebSocketServer } from "ws";
import { CHROMIUM, CHROMIUM_ARGS, skipWithout } from "../docs/site.js";
import { defaultPackage, importDistEsm } from "./generatedPackages.js";

/**
 * Values that are no status code, as source text, so that Node and the page build the very same
 * values (a page cannot receive a symbol, a bigint or a throwing getter from Node).
 */
const ODD_VALUES_SOURCE = `[
  -1, 65536, 70000, 2 ** 31, 2 ** 53, 1e21, NaN, Infinity, -Infinity, -0,
  0.5, 999.5, 1000.5, 1003.5, 2999.5, 3000.5, 4999.5, 65535.5, Number.MIN_VALUE, -Number.MIN_VALUE,
  null, undefined, true, false, "1000", "3000", " 1000", "1e3", "", "NormalClosure", 1000n,
  {}, [], [1000], { valueOf() { return 1000; } }, { toString() { return "3000"; } },
  { valueOf() { throw new Error("no number"); } }, new Number(1000), Symbol("code"), () => 1000,
]`;
const oddValues = (): unknown[] =>
  new Function(`return ${ODD_VALUES_SOURCE};`)() as unknown[];
const ALL_UINT16 = Array.from({ length: 65536 }, (_, value) => value);
/** Chains of connections in flight at once, each over its own slice of the values. */
const CHAINS = 8;

/** A query parameter of a connection's URL. */
const param = (request: http.IncomingMessage, name: string): number =>
  Number(
    new URL(request.url ?? "/", "http://127.0.0.1").searchParams.get(name),
  );

/** A value that reached the other end as itself, not turned into another number (or into no code). */
const sentExactly = (value: unknown, received: number | undefined) =>
  received !== undefined && received === value;

describe("the default package's guards against ws and Chromium", () => {
  const values = [...ALL_UINT16, ...oddValues()];
  const label = (index: number) => inspect(values[index]);
  let hasFlag: (value: unknown, flag: string) => boolean;
  /**
   * One server per chain, all feeding one WebSocketServer: Chromium opens one connection to an
   * address and port at a time (RFC 6455 section 4.1), so chains need ports of their own.
   */
  const servers: http.Server[] = [];
  const ports: number[] = [];
  /** Value index -> the close code the ws client, or the server from Chromium, received for it. */
  const received = {
    ws: new Map<number, number>(),
    browser: new Map<number, number>(),
  };
  /** Value index -> the error ws's close() threw for it. */
  const wsRefused = new Map<number, string>();

  beforeAll(async () => {
    ({ hasFlag } = await importDistEsm(defaultPackage()));
    const sockets = new WebSocketServer({ noServer: true });
    sockets.on("connection", (socket, request) => {
      if (request.url?.startsWith("/browser")) {
        const index = param(request, "i");
        socket.on("close", (code) => received.browser.set(index, code));
        return;
      }
      // ws checks the code before it changes the socket's state: a refused close() leaves the socket
      // open for the next value. The client is told each value's index before its close() is tried.
      for (
        let index = param(request, "from");
        index < param(request, "to");
        index++
      ) {
        socket.send(String(index));
        try {
          socket.close(values[index] as number);
          return;
        } catch (error) {
          wsRefused.set(index, (error as Error).name);
          if (socket.readyState !== socket.OPEN) return socket.terminate();
        }
      }
      socket.terminate();
    });
    for (let chain = 0; chain < CHAINS; chain++) {
      const server = http.createServer((_, response) => {
        response
          .writeHead(200, { "content-type": "text/html" })
          .end("<!doctype html><title>close codes</title>");
      });
      server.on("upgrade", (request, socket, head) =>
        sockets.handleUpgrade(request, socket, head, (client) =>
          sockets.emit("connection", client, request),
        ),
      );
      await new Promise<void>((resolve) =>
        server.listen(0, "127.0.0.1", resolve),
      );
      servers.push(server);
      ports.push((server.address() as AddressInfo).port);
    }
  });

  afterAll(() => {
    for (const server of servers) server.close();
  });

  it("a ws server's close(v) reaches a ws client as v exactly when !hasFlag(v, 'reserved')", async () => {
    /** One connection from `from`: the index of the last value tried, whose close code the client records. */
    const connect = (chain: number, from: number, to: number) =>
      new Promise<number>((resolve) => {
        const client = new WsClient(
          `ws://127.0.0.1:${ports[chain]}/ws?from=${from}&to=${to}`,
          { perMessageDeflate: false },
        );
        let last = from;
        client.on("message", (data) => (last = Number(String(data))));
        client.on("close", (code) => {
          received.ws.set(last, code);
          resolve(last);
        });
        client.on("error", () => {});
      });
    const slice = Math.ceil(values.length / CHAINS);
    await Promise.all(
      Array.from({ length: CHAINS }, async (_, chain) => {
        const to = Math.min(values.length, (chain + 1) * slice);
        for (let from = chain * slice; from < to;)
          from = (await connect(chain, from, to)) + 1;
      }),
    );
    const sentByWs = (index: number) =>
      !wsRefused.has(index) &&
      sentExactly(values[index], received.ws.get(index));
    const disagreements = values.flatMap((value, index) =>
      !hasFlag(value, "reserved") === sentByWs(index)
        ? []
        : [
            `${label(index)}: ws ${wsRefused.get(index) ?? `sent ${received.ws.get(index)}`}`,
          ],
    );
    expect(disagreements).toEqual([]);
    // The oracle itself: ws sends 1000-1003, 1007-1014 and 3000-4999 as they are, and some odd values as others.
    expect(
      values.filter((value, index) =>
        sentExactly(value, received.ws.get(index)),
      ).length,
    ).toBe(12 + 2000);
    expect(received.ws.get(values.indexOf(1000.5))).toBe(1000);
  }, 300_000);

  const skip = skipWithout(
    "chromium",
    existsSync(CHROMIUM),
    "apt-get update && apt-get install -y chromium",
  );

  describe.skipIf(skip)("in headless Chromium", () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), "codeset-chromium-"));
    let context: BrowserContext;

    beforeAll(async () => {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      });
    });

    afterAll(async () => {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    it("WebSocket.close(v) sends v exactly when !hasFlag(v, 'browserRejected')", async () => {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${ports[0]}/`);
      // In the page: close(v) checks v before it looks at the socket's state, so one closed socket
      // answers for every value whether close() throws; each value that passes is then sent for real.
      const thrown = await page.evaluate(
        async ([origins, source]) => {
          const values = [
            ...Array.from({ length: 65536 }, (_, value) => value),
            ...new Function(`return ${source};`)(),
          ];
          const closed = (socket: WebSocket) =>
            new Promise((resolve) => (socket.onclose = resolve));
          const probe = new WebSocket(`${origins[0]}/probe`);
          await new Promise((resolve) => (probe.onopen = resolve));
          probe.close();
          await closed(probe);
          const thrown = values.map((value) => {
            try {
              probe.close(value);
              return null;
            } catch (error) {
              return (error as Error).name;
            }
          });
          const passed = values.flatMap((_, index) =>
            thrown[index] === null ? [index] : [],
          );
          const send = async (origin: string, index: number) => {
            const socket = new WebSocket(`${origin}/browser?i=${index}`);
            await new Promise((resolve) => (socket.onopen = resolve));
            socket.close(values[index]);
            await closed(socket);
          };
          await Promise.all(
            origins.map(async (origin) => {
              for (
                let index = passed.shift();
                index !== undefined;
                index = passed.shift()
              )
                await send(origin, index);
            }),
          );
          return thrown;
        },
        [
          ports.map((port) => `ws://127.0.0.1:${port}`),
          ODD_VALUES_SOURCE,
        ] as const,
      );
      // The server sees a close a moment after the page does.
      await expect
        .poll(() => received.browser.size, { timeout: 10_000 })
        .toBe(thrown.filter((name) => name === null).length);
      const disagreements = values.flatMap((value, index) =>
        !hasFlag(value, "browserRejected") ===
        (thrown[index] === null &&
          sentExactly(value, received.browser.get(index)))
          ? []
          : [
              `${label(index)}: Chromium ${thrown[index] ?? `sent ${received.browser.get(index)}`}`,
            ],
      );
      expect(disagreements).toEqual([]);
      // The oracle itself: Chromium sends 1000 and 3000-4999, and rounds some odd values to those.
      expect(
        values.filter((value, index) =>
          sentExactly(value, received.browser.get(index)),
        ).length,
      ).toBe(2001);
      expect(received.browser.get(values.indexOf(1000.5))).toBe(1000);
    }, 300_000);
  });
});
