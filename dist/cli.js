#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{e as h,i as w,p as y,q as b,t as g,v as x,x as v,y as E}from"./chunks/chunk-L4BLVLGA.js";import"./chunks/chunk-K6VZPPAH.js";import{h as u,k as O}from"./chunks/chunk-AMCDTOMU.js";import"./chunks/chunk-TZN7URKK.js";function $(n){process.exitCode=n,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(n)))}import{stat as L,writeFile as W}from"node:fs/promises";import{parseArgs as T}from"node:util";function C(n,t,r){let o=n.code,e=n instanceof Error?n.message.split(`
`)[0]:String(n),s=e.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(s)return`${s[1]} needs a value (see --help)`;if(o!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${e.replace(/\.$/,"")} (see --help)`;let i=k(t,r)??e.match(/'([^']+)'/)?.[1]??"",l=i.replace(/^-+/,""),f=Object.keys(r),d=i.startsWith("--")||l.length>1?u(l,f):void 0;return`unknown option ${i}${d?`; did you mean --${d}?`:""} (see --help)`}function k(n,t){let r=new Set(Object.values(t).flatMap(o=>o.short?[o.short]:[]));for(let o of n){if(o==="--")return;if(o.startsWith("--")){let e=o.slice(2).split("=")[0];if(!(e in t))return`--${e}`}else if(o.startsWith("-")&&o.length>1){let e=[...o.slice(1)].find(s=>!r.has(s));if(e)return`-${e}`}}}var I=["mismatch","review","never"],c=class extends Error{},R=`Usage: backend-fit [path] [options]

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${g}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.

Each "guide L\u2026" in a reason names a sentence of the guide: ${h}`,S={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function P(n){let t;try{t=T({args:n,allowPositionals:!0,options:S})}catch(i){throw new c(C(i,n,S))}let{values:r,positionals:o}=t;if(o.length>1)throw new c(`expected one path, got ${o.length}: ${o.join(" ")} (see --help)`);let e=N("--format",r.format??"text",x),s=r["fail-on"]===void 0?void 0:N("--fail-on",r["fail-on"],I);for(let i of["output","config","base"])if(r[i]==="")throw new c(`--${i} needs a value`);return{root:o[0]??".",format:e,output:r.output,config:r.config??g,configExplicit:r.config!==void 0,failOn:s,base:r.base,quiet:r.quiet??!1,color:r["no-color"]?!1:r.color,help:r.help??!1,version:r.version??!1}}function N(n,t,r){if(r.includes(t))return t;let o=u(t,r);throw new c(`${n} must be one of ${r.join(", ")} (got "${t}"${o?`; did you mean ${o}?`:""})`)}function A(n,t,r=400){let o=Date.now(),e=!1,s=0;return{update(i,l){if(!t)return;let f=Date.now();f-o<r||f-s<80||(s=f,e=!0,n.write(`\r\x1B[2Kbackend-fit: reading files ${i}/${l}`))},done(){e&&n.write("\r\x1B[2K")}}}async function F(n,t,r={}){let o=(e,s=2)=>(t.stderr.write(`backend-fit: ${e}
`),s);try{let e=P(n);if(e.help)return t.stdout.write(R+`
`),0;if(e.version)return t.stdout.write(w+`
`),0;if(!(await L(e.root).catch(()=>{}))?.isDirectory())return o(`${e.root}: not a folder (give the path of a repository)`);let i=e.base===void 0?void 0:await y(e.root,e.base);if(i)return o(i);let l=await E({root:e.root,configFile:e.config,explicit:e.configExplicit,overrides:{failOn:e.failOn},defaultFailOn:"never"}),f=A(t.stderr,!e.quiet&&t.stderr.isTTY===!0),d=await b({root:e.root,settings:l,baseRef:e.base,onProgress:(a,p)=>f.update(a,p),...r});f.done();let _=e.format==="text"&&!e.output&&j(e.color,t),m=v(d,e.format,{color:_});if(e.output){let a=await W(e.output,m).catch(p=>p);if(a instanceof Error)return o(`cannot write ${e.output}: ${a.code??a.message}`)}else t.stdout.write(m);if(!e.quiet&&e.format!=="text")for(let a of d.warnings)t.stderr.write(`warning: ${a.file?`${a.file}: `:""}${a.message}
`);return d.policy.failed?1:0}catch(e){if(e instanceof c||e instanceof O)return o(e.message);let s=e instanceof Error?e.message:String(e);return t.env.BACKEND_FIT_DEBUG&&e instanceof Error&&t.stderr.write(`${e.stack}
`),o(`unexpected error: ${s.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function j(n,t){return n!==void 0?n:t.env.NO_COLOR?!1:t.env.FORCE_COLOR&&t.env.FORCE_COLOR!=="0"?!0:t.stdout.isTTY===!0}var q=new URL("./read-worker.js",import.meta.url);$(await F(process.argv.slice(2),process,{readWorker:q}));
