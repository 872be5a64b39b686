import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{setFlagsFromString as r}from"node:v8";r("--heap-growing-percent=10");
