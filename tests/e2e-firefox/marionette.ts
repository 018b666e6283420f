import { connect, type Socket } from 'node:net';

// A minimal client of Firefox's Marionette protocol: WebDriver classic commands over TCP, each
// message framed as `<byte length>:<JSON>`. Firefox's WebDriver BiDi does not reach extension
// pages (moz-extension:), Marionette does, once Firefox runs with --remote-allow-system-access; and
// geckodriver, which would speak it for us, is not packaged for Debian. Protocol: Firefox source,
// remote/marionette/{server,message}.sys.mjs — [0, id, command, params] → [1, id, error, result].

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface Element {
  [ELEMENT]: string;
}

export class Marionette {
  #socket: Socket;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; command: string }>();
  #greeting: Promise<void>;

  private constructor(socket: Socket) {
    this.#socket = socket;
    let greeted: () => void;
    this.#greeting = new Promise((resolve) => (greeted = resolve));
    socket.on('data', (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (let message = this.#take(); message !== undefined; message = this.#take()) {
        if (!Array.isArray(message)) greeted();
        else this.#settle(message as [1, number, { error: string; message: string } | null, unknown]);
      }
    });
    socket.on('close', () => {
      for (const { reject, command } of this.#pending.values()) reject(new Error(`${command}: Marionette closed the connection`));
      this.#pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new Marionette(socket);
    await client.#greeting;
    return client;
  }

  /** One framed message from the buffer, or undefined until it has arrived whole. */
  #take(): unknown {
    const colon = this.#buffer.indexOf(':');
    if (colon < 0) return undefined;
    const length = Number(this.#buffer.subarray(0, colon).toString());
    if (this.#buffer.length < colon + 1 + length) return undefined;
    const body = this.#buffer.subarray(colon + 1, colon + 1 + length).toString();
    this.#buffer = this.#buffer.subarray(colon + 1 + length);
    return JSON.parse(body);
  }

  #settle([, id, error, result]: [1, number, { error: string; message: string } | null, unknown]): void {
    const waiter = this.#pending.get(id);
    this.#pending.delete(id);
    if (error) waiter?.reject(new Error(`${waiter.command}: ${error.error}: ${error.message}`));
    else waiter?.resolve(result);
  }

  command<T = unknown>(command: string, params: object = {}): Promise<T> {
    const id = this.#nextId++;
    const body = JSON.stringify([0, id, command, params]);
    this.#socket.write(`${Buffer.byteLength(body)}:${body}`);
    return new Promise<T>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, command }));
  }

  /** Most commands answer `{ value }`. */
  async value<T>(command: string, params: object = {}): Promise<T> {
    return (await this.command<{ value: T }>(command, params)).value;
  }

  close(): void {
    this.#socket.destroy();
  }
}

export const elementId = (element: Element): string => element[ELEMENT];
