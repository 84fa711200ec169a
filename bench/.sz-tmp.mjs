import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const r = await build({ stdin: { contents: process.argv[2] ?? `import { Ok, Err } from "ferrous"; console.log(Ok(1), Err("e"));`, resolveDir: "/work/main", loader: "js" }, bundle: true, minify: true, format: "esm", write: false, metafile: true, logLevel: "error", alias: { ferrous: process.env.SRC ? "/work/main/src/index.ts" : "/work/main/dist/index.mjs" } });
const code = r.outputFiles[0].contents;
console.log(code.byteLength, gzipSync(code, { level: 9 }).byteLength);
for (const [f, o] of Object.entries(r.metafile.outputs)) for (const [i, b] of Object.entries(o.inputs)) console.log(b.bytesInOutput, i);
if (process.env.SHOW) console.log(new TextDecoder().decode(code));
