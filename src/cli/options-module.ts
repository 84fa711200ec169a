// ESLint's options module for `--concurrency`: each worker thread imports this file, with the
// settings in the URL's query, and gets the same options as the main thread.
import { decodeSettings, eslintOptions } from "./eslint-options.js";

/**
 * The options encoded in this module's URL.
 * @throws {Error} when the URL carries no valid settings: a bug of the caller, fatal to the worker.
 */
function options(): ReturnType<typeof eslintOptions> {
  return eslintOptions(decodeSettings(new URL(import.meta.url).searchParams.get("settings") ?? ""));
}

// eslint-disable-next-line ferrous/no-unchecked-throw -- a worker without its options can only fail, and ESLint reports it.
export default options();
