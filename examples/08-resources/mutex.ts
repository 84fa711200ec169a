import { panic } from "ferrous";

/** Access to the data of a {@link Mutex}, while it is locked. Released by `using`. */
export interface Guard<T> extends Disposable {
  readonly value: T;
  set: (value: T) => void;
}

/**
 * A lock that owns its data, like Rust's `Mutex<T>`: the value is reachable only through
 * the guard that `lock()` gives, so it cannot be read or written without holding the lock.
 * JavaScript runs one task at a time, but tasks interleave at every `await`; the lock keeps
 * a read-modify-write that spans an `await` whole.
 */
export class Mutex<T> {
  #value: T;
  #queue: Promise<void> = Promise.resolve();

  constructor(value: T) {
    this.#value = value;
  }

  /** Waits for the lock; the guard releases it when its scope ends. */
  async lock(): Promise<Guard<T>> {
    const previous = this.#queue;
    let release = (): void => undefined;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    const state = { held: true };
    const check = (): void => {
      if (!state.held) panic("a Mutex guard was used after its scope ended");
    };
    const get = (): T => this.#value;
    const set = (value: T): void => {
      this.#value = value;
    };
    return {
      get value(): T {
        check();
        return get();
      },
      set: (value) => {
        check();
        set(value);
      },
      [Symbol.dispose]: () => {
        state.held = false;
        release();
      },
    };
  }
}
