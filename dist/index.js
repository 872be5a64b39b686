import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunks/chunk-PPNRJ3QA.js";import{b as r}from"./chunks/chunk-JUKQKVKT.js";import"./chunks/chunk-JAH4GLUG.js";import"./chunks/chunk-TZN7URKK.js";var e=new URL("./read-worker.js",import.meta.url);r(e);var{run:o}=await import("./chunks/run-2HUTOICO.js");await o(process.env,{readWorker:e});
