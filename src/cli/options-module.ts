// ESLint's options module for `--concurrency`: each worker thread imports this file, with the
// settings in the URL's query, and gets the same options as the main thread.
import { decodeSettings, eslintOptions } from "./eslint-options.js";

const encoded = new URL(import.meta.url).searchParams.get("settings") ?? "";

export default eslintOptions(decodeSettings(encoded));
