/** A log that buffers lines and writes them out when it is released. */
export interface LogFile extends Disposable {
  write: (line: string) => void;
}

/**
 * Opens a log. It is `Disposable`: bind it with `using` and it is flushed and closed when
 * the scope ends, on every path out of it, and there is no `close()` to forget or repeat.
 * (Simulated in memory so that the example runs anywhere; `print` stands for the disk.)
 */
export function openLog(name: string, print: (line: string) => void): LogFile {
  const buffered: string[] = [];
  print(`${name}: opened`);
  return {
    write: (line) => {
      buffered.push(line);
    },
    [Symbol.dispose]: () => {
      for (const line of buffered.splice(0)) print(`${name}: ${line}`);
      print(`${name}: closed`);
    },
  };
}
