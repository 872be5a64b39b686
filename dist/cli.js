#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{A as re,B as ne,e as v,g as j,h as b,j as z,l as Y,o as R,q as P,r as X,v as H,w as ee,x as te}from"./chunks/chunk-MWTMMNO4.js";import{B as V,C as q,D as Q,E as Z,f as K,g as _,h as L,j as T,t as A,u as J}from"./chunks/chunk-B6WROSCN.js";import"./chunks/chunk-TNEASGAP.js";import{a as W}from"./chunks/chunk-VETLADXR.js";import{h as I}from"./chunks/chunk-ICLBDCYJ.js";import"./chunks/chunk-TZN7URKK.js";function oe(t){process.exitCode=t,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(t)))}import{stat as Nt,writeFile as Ct}from"node:fs/promises";import{parseArgs as je}from"node:util";var m=class extends Error{};function $(t,e,n="--help",o=""){let r;try{r=je({args:t,allowPositionals:!0,options:e})}catch(i){throw new m(`${o}${He(i,t,e,n)}`)}for(let[i,c]of Object.entries(r.values))if(c===""||Array.isArray(c)&&c.includes(""))throw new m(`${o}--${i} needs a value (see ${n})`);return r}function He(t,e,n,o="--help"){let r=t.code,i=t instanceof Error?t.message.split(`
`)[0]:String(t),c=i.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(c)return`${c[1]} needs a value (see ${o})`;if(r!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${i.replace(/\.$/,"")} (see ${o})`;let s=Ue(e,n)??i.match(/'([^']+)'/)?.[1]??"",a=s.replace(/^-+/,""),d=Object.keys(n),u=s.startsWith("--")||a.length>1?I(a,d):void 0;return`unknown option ${s}${u?`; did you mean --${u}?`:""} (see ${o})`}function Ue(t,e){let n=new Set(Object.values(e).flatMap(o=>o.short?[o.short]:[]));for(let o of t){if(o==="--")return;if(o.startsWith("--")){let r=o.slice(2).split("=")[0];if(!(r in e))return`--${r}`}else if(o.startsWith("-")&&o.length>1){let r=[...o.slice(1)].find(i=>!n.has(i));if(r)return`-${r}`}}}function k(t,e,n){if(n.includes(e))return e;let o=I(e,n);throw new m(`${t} must be one of ${n.join(", ")} (got "${e}"${o?`; did you mean ${o}?`:""})`)}var De=["mismatch","review","never"];var ie=`Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)
       backend-fit fleet <reports...> [options]   many repositories' reports as one page (see fleet --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${v}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
      --repository <owner/name>  record which repository this is (for backend-fit fleet)
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.

Each "guide L\u2026" in a reason names a sentence of the guide: ${K}`,Ge={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},repository:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function se(t){let{values:e,positionals:n}=$(t,Ge);if(n.length>1)throw new m(`expected one path, got ${n.length}: ${n.join(" ")} (see --help)`);let o=k("--format",e.format??"text",z),r=e["fail-on"]===void 0?void 0:k("--fail-on",e["fail-on"],De),i=e.repository===void 0?void 0:P(e.repository);if(i)throw new m(`--repository: ${i}`);return{root:n[0]??".",format:o,output:e.output,config:e.config??v,configExplicit:e.config!==void 0,failOn:r,base:e.base,repository:e.repository,quiet:e.quiet??!1,color:e["no-color"]?!1:e.color,help:e.help??!1,version:e.version??!1}}function ae(t,e,n=400){let o=Date.now(),r=!1,i=0;return{update(c,s){if(!e)return;let a=Date.now();a-o<n||a-i<80||(i=a,r=!0,t.write(`\r\x1B[2Kbackend-fit: reading files ${c}/${s}`))},done(){r&&t.write("\r\x1B[2K")}}}import{appendFile as kt,mkdir as Et,writeFile as xt}from"node:fs/promises";import{mkdir as dt,readFile as mt,writeFile as gt}from"node:fs/promises";import C from"node:path";import{readdir as Be,readFile as Me,stat as Ke}from"node:fs/promises";import S from"node:path";var ce=1;async function le(t,e={}){let n=[],o=[];for(let r of t){let i=await Ke(r).catch(()=>{});if(!i){o.push({source:r,kind:"missing",message:`${r}: no such file or folder`});continue}let c=i.isDirectory()?await qe(r):[r];for(let s of c){if(e.skip?.has(S.resolve(s)))continue;let a=await Je(s);a&&"kind"in a?o.push(a):a&&n.push(a)}}return{loaded:n,problems:o}}async function Je(t){let e=(c,s,a)=>({source:t,kind:c,message:`${t}: ${s}`,...a?{repository:a}:{}}),n;try{n=await Me(t,"utf8")}catch(c){return e("missing",`cannot read (${c.code??"error"})`)}let o=U(t);if(n.trim()==="")return e("truncated","empty file",o);let r;try{r=JSON.parse(n)}catch{let c=n.trim();return c.startsWith("{")&&!c.endsWith("}")?e("truncated","ends before its JSON does (truncated)",o):e("invalid","not JSON",o)}if(!F(r))return e("invalid","not a backend-fit report",o);if(We(r))return e("failed",`scan failed: ${ze(r.failure.message)}`,r.failure.repository);if(!("schemaVersion"in r)||!("verdict"in r))return null;if(r.schemaVersion!==ce)return e("schema",`schemaVersion ${String(r.schemaVersion)}; this backend-fit reads ${ce}`,o);let i=Ve(r);return i?e("invalid",i,o):{source:t,report:r}}function Ve(t){if(typeof t.verdict!="string")return"no verdict";if(!Array.isArray(t.services))return"no services list";for(let[n,o]of t.services.entries())if(!F(o)||typeof o.path!="string"||typeof o.verdict!="string"||!F(o.scores))return`services[${n}] lacks path, verdict or scores`;if(!F(t.policy))return"no policy";let e=t.repository;if(e!==void 0&&(!F(e)||typeof e.name!="string"))return"repository.name is not a string"}function U(t){let e=S.basename(t,".json");return(e==="report"?S.basename(S.dirname(S.resolve(t))):e).replace("__","/")}async function qe(t){return(await Be(t,{recursive:!0,withFileTypes:!0})).filter(n=>n.isFile()&&n.name.endsWith(".json")).map(n=>S.join(n.parentPath,n.name)).sort()}function F(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function We(t){let e=t.failure;return F(e)&&typeof e.repository=="string"&&typeof e.message=="string"}function ze(t){return t.split(`
`)[0].slice(0,300)}var E=new Set(["review","mismatch"]);function y(t){return`${t.repository}:${_(t)}`}var Ye=26,Xe=5,Qe=["fits","review","mismatch","unknown"],Ze=["node","python","both","none"];function ue(t,e,n={}){let o=(n.serverUrl??"https://github.com").replace(/\/+$/,""),r=(n.now??new Date).toISOString(),i=[...e],c=new Map((n.previous?.services??[]).map(l=>[y(l),l])),s=new Map;for(let l of t){let p=l.report.repository?.name??U(l.source),f=s.get(p);if(!f){s.set(p,l);continue}let[g,h]=it(l,f)?[l,f]:[f,l];s.set(p,g),i.push({source:h.source,repository:p,kind:"duplicate",message:`${h.source}: a second report of ${p}; ${g.source} is the newer and is used`})}let a=[],d=[];for(let[l,{report:p}]of[...s].sort(([f],[g])=>f.localeCompare(g))){let f=p.repository,g=`${o}/${l}/tree/${f?.commit??"HEAD"}`;a.push({name:l,...f?.commit?{commit:f.commit}:{},...f?.date?{date:f.date}:{},url:`${o}/${l}`,...f?.run?{runUrl:f.run}:{},verdict:p.verdict,services:p.services.length,policy:{failOn:p.policy.failOn,failed:p.policy.failed,reasons:p.policy.reasons??[],...p.policy.sources?{sources:p.policy.sources}:{}},waivers:p.services.flatMap((h,w,x)=>h.waiver&&x.findIndex(O=>O.path===h.path&&O.waiver)===w?[{service:h.path,...h.waiver}]:[]),warnings:p.warnings?.length??0});for(let h of p.services){let w=et(l,h,p,g),x=c.get(y(w)),O=x?.trend??tt(p,_(h)).filter(Le=>!f?.date||Le.date<f.date);w.trend=rt(w,r,O);let M=nt(w,x,n.previous!==void 0);M&&(w.change=M),d.push(w)}}let u=ot(d,n.previous,new Set(s.keys()));return{schemaVersion:1,tool:{name:"backend-fit",version:A},generatedAt:r,...n.previous?{previous:{generatedAt:n.previous.generatedAt,services:n.previous.services.length}}:{},counts:{repositories:a.length,services:d.length,byVerdict:pe(d,l=>l.verdict,Qe),byBackend:pe(d,l=>l.current,Ze)},repositories:a,services:d,changes:u,problems:i.sort((l,p)=>l.source.localeCompare(p.source))}}function et(t,e,n,o){let r={kind:e.kind,name:e.name,owner:e.owner,system:e.system,lifecycle:e.lifecycle,plan:e.plan?st(e.plan.suggestion):void 0,expected:e.expected,waiver:e.waiver,runUrl:n.repository?.run};return{repository:t,path:e.path,...Object.fromEntries(Object.entries(r).filter(([,i])=>i!==void 0&&i!=="")),current:e.current,frameworks:e.frameworks??[],verdict:e.verdict,fitScore:e.fitScore,scores:{node:e.scores.node,python:e.scores.python},recommended:e.recommended,url:e.path==="."?o:`${o}/${e.path.split("/").map(encodeURIComponent).join("/")}`,trend:[]}}function tt(t,e){let n=t.history?.points;return Array.isArray(n)?n.flatMap(o=>{let r=o?.services?.[e];return r&&typeof o.commit?.date=="string"&&typeof r.fitScore=="number"?[{date:o.commit.date,verdict:r.verdict,fitScore:r.fitScore}]:[]}):[]}function rt(t,e,n){let o={date:e,verdict:t.verdict,fitScore:t.fitScore};return[...n.filter(i=>i.date<e),o].slice(-Ye)}function nt(t,e,n){let o=e?e.trend.at(-1):n?void 0:t.trend.at(-2);if(!o)return n?{kind:"new"}:void 0;let r={from:o.verdict,fromFit:o.fitScore},i=E.has(o.verdict),c=E.has(t.verdict);if(!i&&c)return{kind:"new-drift",...r};if(i&&!c&&t.verdict==="fits")return{kind:"fixed",...r};if(o.verdict!==t.verdict||Math.abs(o.fitScore-t.fitScore)>=Xe)return{kind:"changed",...r}}function ot(t,e,n){let o=i=>t.filter(c=>c.change?.kind===i).map(y).sort(),r=new Set(t.map(y));return{newDrifts:o("new-drift"),fixed:o("fixed"),newServices:o("new"),gone:(e?.services??[]).filter(i=>n.has(i.repository)&&!r.has(y(i))).map(y).sort()}}function it(t,e){return(t.report.repository?.date??"")>(e.report.repository?.date??"")}function pe(t,e,n){let o=Object.fromEntries(n.map(r=>[r,0]));for(let r of t)o[e(r)]=(o[e(r)]??0)+1;return o}function st(t){let e=/^.*?[.!?](?=\s|$)/s.exec(t.trim());return(e?e[0]:t.trim()).replace(/\s+/g," ")}import{createHash as at}from"node:crypto";function me(t){let e='"use strict";(()=>{function w(e){return e.kind==="worker"?`${e.path} (worker)`:e.path}var x=new Set(["review","mismatch"]);function $(e){return`${e.repository}:${w(e)}`}function n(e,t={},...s){let r=document.createElement(e);for(let[o,i]of Object.entries(t))i===void 0||i===!1||r.setAttribute(o,i===!0?"":String(i));return I(r,s),r}function I(e,t){for(let s of t)s==null||s===!1||e.appendChild(typeof s=="object"?s:document.createTextNode(String(s)))}function f(e,t){return!e||!/^https?:\\/\\//i.test(e)?n("span",{},t):n("a",{href:e,rel:"noopener noreferrer"},t)}var S="http://www.w3.org/2000/svg";function R(e){let r=document.createElementNS(S,"svg");r.setAttribute("class","spark"),r.setAttribute("width",String(72)),r.setAttribute("height",String(18)),r.setAttribute("viewBox","0 0 72 18"),r.setAttribute("role","img");let o=e.length>1?`fit ${e.map(g=>g.fitScore).join(", ")} over ${e.length} runs`:`fit ${e[0]?.fitScore??"?"}, one run`;r.setAttribute("aria-label",o);let i=document.createElementNS(S,"title");i.textContent=o,r.appendChild(i);let c=document.createElementNS(S,"polyline"),d=e.length>1?68/(e.length-1):0;c.setAttribute("points",e.map((g,D)=>`${(2+D*d).toFixed(1)},${(16-14*g.fitScore/100).toFixed(1)}`).join(" ")),r.appendChild(c);let a=e.at(-1);if(a){let g=document.createElementNS(S,"circle");g.setAttribute("cx",(2+(e.length-1)*d).toFixed(1)),g.setAttribute("cy",(16-14*a.fitScore/100).toFixed(1)),g.setAttribute("r","2"),r.appendChild(g)}return r}var P={mismatch:0,review:1,unknown:2,fits:3},W={"new-drift":0,new:1,changed:2,fixed:3},B=new WeakMap;function U(e){let t=B.get(e);return t===void 0&&(t=[e.repository,e.path,e.name,e.owner,e.system,e.lifecycle,e.kind,e.plan,...e.frameworks].filter(Boolean).join(`\n`).toLowerCase(),B.set(e,t)),t}function T(e,t){let s=t.text.toLowerCase().split(/\\s+/).filter(Boolean);return e.filter(r=>(!t.verdict||r.verdict===t.verdict)&&(!t.owner||r.owner===t.owner)&&(!t.system||r.system===t.system)&&(!t.backend||r.current===t.backend)&&(!t.change||r.change?.kind===t.change)&&s.every(o=>U(r).includes(o)))}function M(e,t){switch(t){case"verdict":return P[e.verdict]??9;case"fitScore":return e.fitScore;case"node":return e.scores.node;case"python":return e.scores.python;case"change":return e.change?W[e.change.kind]??9:9;default:return e[t]??""}}var E=new Intl.Collator("en",{numeric:!0,sensitivity:"base"});function L(e,t,s){return[...e].sort((r,o)=>{let i=M(r,t),c=M(o,t);return(typeof i=="number"&&typeof c=="number"?i-c:E.compare(String(i),String(c)))*s||E.compare(r.repository,o.repository)||E.compare(r.path,o.path)})}var C=36,K=12,N=["mismatch","review","fits","unknown"],b={node:"Node.js",python:"Python",both:"both",none:"none"},j={"new-drift":"new drift",fixed:"fixed",new:"new",changed:"changed"},l=JSON.parse(document.getElementById("fleet-data").textContent),u={text:"",verdict:"",owner:"",system:"",backend:"",change:""},m={key:"verdict",dir:1},p="services",v=[],H=document.getElementById("app");H.replaceChildren();H.append(q(),G(),_(),z(),n("div",{id:"view"}));F("services");function q(){let{counts:e}=l,t=N.map(r=>n("button",{type:"button",class:"card","data-verdict":r,"aria-pressed":"false",title:`Show ${r} services`},n("strong",{},e.byVerdict[r]),n("span",{class:`v v-${r}`},r)));for(let r of t)r.addEventListener("click",()=>{let o=r.dataset.verdict;k("verdict",u.verdict===o?"":o)});let s=Object.keys(b).filter(r=>e.byBackend[r]>0).map(r=>n("button",{type:"button",class:"card","data-backend":r,"aria-pressed":"false",title:`Show ${b[r]} services`},n("strong",{},e.byBackend[r]),b[r]));for(let r of s)r.addEventListener("click",()=>{let o=r.dataset.backend;k("backend",u.backend===o?"":o)});return n("section",{"aria-labelledby":"title"},n("h1",{id:"title"},`${e.services} services in ${e.repositories} repositories`),n("p",{class:"muted"},`backend-fit, built ${l.generatedAt.slice(0,16).replace("T"," ")} UTC`,l.previous?`; compared with the run of ${l.previous.generatedAt.slice(0,10)}`:""),n("div",{class:"counts"},n("div",{},n("h2",{id:"by-verdict"},"Services by verdict"),n("div",{class:"cards",role:"group","aria-labelledby":"by-verdict"},...t)),n("div",{},n("h2",{id:"by-backend"},"Services by backend"),n("div",{class:"cards",role:"group","aria-labelledby":"by-backend"},...s))))}function G(){let{changes:e}=l,t=e.newDrifts.length+e.fixed.length+e.newServices.length+e.gone.length;if(!l.previous&&t===0)return"";let s=(r,o,i)=>{let c=n("ul",{},...i.slice(0,20).map(a=>n("li",{},n("code",{},a)))),d=r==="gone"?n("strong",{},`${i.length} ${o}`):n("button",{type:"button",class:"card","data-change":r},n("strong",{},i.length),o);return r!=="gone"&&d.addEventListener("click",()=>k("change",r)),n("div",{id:`changes-${r}`},d,i.length>0?c:"",i.length>20?`\\u2026 and ${i.length-20} more`:"")};return n("section",{id:"changes","aria-labelledby":"changes-title"},n("h2",{id:"changes-title"},"Since the last run"),n("div",{class:"cards"},s("new-drift","new drifts",e.newDrifts),s("fixed","fixed",e.fixed),s("new","new services",e.newServices),s("gone","gone",e.gone)))}function _(){return l.problems.length===0?"":n("section",{id:"problems","aria-labelledby":"problems-title"},n("h2",{id:"problems-title"},`Reports not used: ${l.problems.length}`),n("ul",{class:"problems"},...l.problems.map(e=>n("li",{"data-kind":e.kind},n("strong",{},e.kind),": ",e.message))))}function z(){let e=[["services","Services"],["owners","Owners"],["repositories","Repositories and policy"]],t=n("div",{class:"tabs",role:"tablist","aria-label":"Views"});for(let[s,r]of e){let o=n("button",{type:"button",role:"tab",id:`tab-${s}`,"aria-selected":"false","aria-controls":"view"},r);o.addEventListener("click",()=>F(s)),t.append(o)}return t}function F(e){p=e;for(let s of document.querySelectorAll(".tabs button"))s.setAttribute("aria-selected",String(s.id===`tab-${p}`));let t=document.getElementById("view");t.setAttribute("role","tabpanel"),t.setAttribute("aria-labelledby",`tab-${p}`),p==="services"?t.replaceChildren(J()):p==="owners"?t.replaceChildren(X()):t.replaceChildren(Y()),p==="services"&&y()}function k(e,t){u[e]=t,p!=="services"&&F("services");let s=document.getElementById(`filter-${e}`);s&&(s.value=t),y()}function A(e){return[...new Set(l.services.map(e).filter(t=>!!t))].sort((t,s)=>t.localeCompare(s))}function h(e,t,s){let r=n("select",{id:`filter-${e}`},n("option",{value:""},"all"),...s.map(([o,i])=>n("option",{value:o},i)));return r.value=u[e],r.addEventListener("change",()=>{u[e]=r.value,y()}),n("label",{for:`filter-${e}`},t,r)}function J(){let e=n("input",{id:"filter-text",type:"search",placeholder:"repository, path, owner, framework\\u2026",autocomplete:"off"});e.value=u.text,e.addEventListener("input",()=>{u.text=e.value,y()});let s=n("tr",{},...[["repository","Repository"],["path","Service"],["verdict","Verdict"],["fitScore","Fit","num"],["node","Node.js","num"],["python","Python","num"],["current","Backend"],["change","Change"],[null,"Trend"],["owner","Owner"],["system","System"],["lifecycle","Lifecycle"],["kind","Kind"],[null,"Plan"],[null,"Latest run"]].map(([i,c,d])=>{if(!i)return n("th",{scope:"col"},c);let a=n("button",{type:"button"},c);return a.addEventListener("click",()=>{m={key:i,dir:m.key===i?-m.dir:1},y()}),n("th",{scope:"col",class:d,"data-sort":i,"aria-sort":"none"},a)})),r=n("div",{class:"scroller",id:"scroller",tabindex:0,role:"region","aria-label":"Services table, scrollable"},n("table",{id:"services-table"},n("caption",{class:"skip"},"Every service"),n("thead",{},s),n("tbody"))),o=!1;return r.addEventListener("scroll",()=>{o||(o=!0,requestAnimationFrame(()=>{o=!1,O()}))}),n("section",{id:"services","aria-label":"Services"},n("div",{class:"filters",role:"search"},n("label",{for:"filter-text"},"Search",e),h("verdict","Verdict",N.map(i=>[i,i])),h("owner","Owner",A(i=>i.owner).map(i=>[i,i])),h("system","System",A(i=>i.system).map(i=>[i,i])),h("backend","Backend",Object.keys(b).map(i=>[i,b[i]])),h("change","Since the last run",Object.entries(j))),n("p",{id:"shown-count","aria-live":"polite",class:"muted"}),r)}function y(){for(let t of document.querySelectorAll("[data-verdict]"))t.setAttribute("aria-pressed",String(t.dataset.verdict===u.verdict));for(let t of document.querySelectorAll("[data-backend]"))t.setAttribute("aria-pressed",String(t.dataset.backend===u.backend));if(p!=="services")return;v=L(T(l.services,u),m.key,m.dir);for(let t of document.querySelectorAll("#services-table th[data-sort]"))t.setAttribute("aria-sort",t.dataset.sort===m.key?m.dir===1?"ascending":"descending":"none");document.getElementById("shown-count").textContent=`Showing ${v.length} of ${l.services.length} services`;let e=document.getElementById("scroller");e.scrollTop=0,O()}function O(){let e=document.getElementById("scroller"),t=document.querySelector("#services-table tbody");if(!e||!t)return;let s=Math.max(0,Math.floor(e.scrollTop/C)-K),r=Math.min(v.length,Math.ceil((e.scrollTop+e.clientHeight)/C)+K),o=i=>{let c=n("tr",{class:"spacer","aria-hidden":"true"},n("td",{colspan:15}));return c.style.height=`${i*C}px`,c};t.replaceChildren(...s>0?[o(s)]:[],...v.slice(s,r).map(Q),...r<v.length?[o(v.length-r)]:[])}function Q(e){let t=(s,r)=>n("td",r?{class:r}:{},s);return n("tr",{"data-key":$(e)},t(f(e.url?.replace(/\\/tree\\/.*$/,""),e.repository)),t(f(e.url,`${w({...e,path:e.path==="."?"(root)":e.path})}${e.name?` (${e.name})`:""}`)),t(n("span",{class:`v v-${e.verdict}`},e.verdict)),t(e.fitScore,"num"),t(e.scores.node,"num"),t(e.scores.python,"num"),t(b[e.current]),t(e.change?n("span",{class:`change change-${e.change.kind}`,title:e.change.from?`was ${e.change.from}, fit ${e.change.fromFit}`:"not in the last run"},j[e.change.kind]):""),t(R(e.trend)),t(e.owner??""),t(e.system??""),t(e.lifecycle??""),t(e.kind??""),n("td",{class:"plan",title:e.plan??""},e.plan??(e.waiver?`waived until ${e.waiver.expires}: ${e.waiver.reason}`:"")),t(f(e.runUrl,e.runUrl?"run":"")))}function X(){let e=new Map;for(let r of l.services){let o=r.owner||"(no owner)",i=e.get(o);i?i.push(r):e.set(o,[r])}let t=r=>r.filter(o=>x.has(o.verdict)).length,s=[...e].sort(([r,o],[i,c])=>t(c)-t(o)||c.length-o.length||r.localeCompare(i)).map(([r,o])=>{let i=a=>o.filter(g=>g.verdict===a).length,c=n("button",{type:"button",class:"owner-link","data-owner":r},r);c.addEventListener("click",()=>k("owner",r==="(no owner)"?"":r));let d=o.filter(a=>x.has(a.verdict)).slice(0,3).map(a=>`${a.repository} ${a.path}`).join(", ");return n("tr",{"data-owner-row":r},n("td",{},c),n("td",{class:"num"},o.length),n("td",{class:"num"},i("mismatch")),n("td",{class:"num"},i("review")),n("td",{class:"num"},i("fits")),n("td",{class:"num"},i("unknown")),n("td",{class:"num"},new Set(o.map(a=>a.repository)).size),n("td",{},d))});return n("section",{id:"owners","aria-label":"Owners"},n("p",{class:"muted"},"Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services."),V("owners-table",["Owner","Services","Mismatch","Review","Fits","Unknown","Repositories","Drifting"],s))}function V(e,t,s){return n("table",{class:"plain",id:e},n("thead",{},n("tr",{},...t.map(r=>n("th",{scope:"col"},r)))),n("tbody",{},...s))}function Y(){let e=l.repositories.map(t=>n("tr",{"data-repository":t.name},n("td",{},f(t.url,t.name)),n("td",{},t.commit?n("code",{},t.commit.slice(0,7)):""),n("td",{},t.date?.slice(0,10)??""),n("td",{},n("span",{class:`v v-${t.verdict}`},t.verdict)),n("td",{class:"num"},t.services),n("td",{},`fail-on ${t.policy.failOn}`,t.policy.sources?.["fail-on"]?` (from ${t.policy.sources["fail-on"]})`:"",t.policy.failed?" \\u2014 failed":""),n("td",{},...t.waivers.map(s=>n("div",{},n("code",{},s.service),` until ${s.expires}${s.active?"":" (expired)"}: ${s.reason}`))),n("td",{},f(t.runUrl,t.runUrl?"run":""))));return n("section",{id:"repositories","aria-label":"Repositories"},V("repositories-table",["Repository","Commit","Date","Verdict","Services","Policy","Waivers","Latest run"],e))}})();\n',n=`:root {
  --fg: #1b1f24;
  --muted: #4a535e;
  --line: #d0d7de;
  --bg: #fff;
  --accent: #0a4fb5;
  --row: 36px;
}
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  font:
    14px/1.45 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  color: var(--fg);
  background: var(--bg);
}
a {
  color: var(--accent);
}
:focus-visible {
  outline: 3px solid #f59e0b;
  outline-offset: 1px;
}
.skip {
  position: absolute;
  left: -999px;
}
.skip:focus {
  left: 8px;
  top: 8px;
  background: #fff;
  padding: 4px 8px;
  z-index: 10;
}
header,
main {
  padding: 0 20px;
}
h1 {
  font-size: 22px;
  margin: 16px 0 2px;
}
h2 {
  font-size: 17px;
  margin: 18px 0 8px;
}
.muted {
  color: var(--muted);
}
.counts {
  display: flex;
  flex-wrap: wrap;
  column-gap: 40px;
}
.cards {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin: 12px 0;
}
.card {
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 6px 12px;
  background: #f6f8fa;
  color: var(--fg);
  font: inherit;
  cursor: pointer;
  text-align: left;
}
.card strong {
  display: block;
  font-size: 20px;
}
.card[aria-pressed='true'] {
  border-color: var(--accent);
  box-shadow: inset 0 0 0 1px var(--accent);
}
.v {
  display: inline-block;
  padding: 0 6px;
  border-radius: 10px;
  font-weight: 600;
  font-size: 12px;
}
.v-mismatch {
  background: #fde8e8;
  color: #8b0000;
}
.v-review {
  background: #fff4d6;
  color: #6b4e00;
}
.v-fits {
  background: #e3f5e8;
  color: #0b5d1e;
}
.v-unknown {
  background: #eceff1;
  color: #333;
}
.tabs {
  display: flex;
  gap: 4px;
  border-bottom: 1px solid var(--line);
  margin-top: 12px;
}
.tabs button {
  font: inherit;
  border: 1px solid transparent;
  border-bottom: none;
  background: none;
  padding: 6px 12px;
  cursor: pointer;
  color: var(--fg);
}
.tabs button[aria-selected='true'] {
  border-color: var(--line);
  background: var(--bg);
  font-weight: 600;
  margin-bottom: -1px;
}
.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  align-items: end;
  margin: 12px 0;
}
.filters label {
  display: flex;
  flex-direction: column;
  font-size: 12px;
  color: var(--muted);
}
.filters input,
.filters select {
  max-width: 240px;
  font: inherit;
  padding: 4px 6px;
  border: 1px solid #8c959f;
  border-radius: 4px;
  color: var(--fg);
  background: #fff;
  min-width: 140px;
}
.scroller {
  height: 70vh;
  overflow: auto;
  border: 1px solid var(--line);
}
table {
  border-collapse: collapse;
  width: 100%;
}
th,
td {
  padding: 0 8px;
  text-align: left;
  white-space: nowrap;
  border-bottom: 1px solid #eaeef2;
}
td {
  height: var(--row);
  max-width: 320px;
  overflow: hidden;
  text-overflow: ellipsis;
}
th {
  position: sticky;
  top: 0;
  background: #f6f8fa;
  z-index: 1;
  height: 34px;
}
th button {
  font: inherit;
  font-weight: 600;
  border: 0;
  background: none;
  padding: 0;
  cursor: pointer;
  color: var(--fg);
}
td.num,
th.num {
  text-align: right;
}
tr.spacer td {
  padding: 0;
  border: 0;
}
.plan {
  font-size: 12px;
  max-width: 420px;
}
.change {
  font-size: 12px;
  font-weight: 600;
}
.change-new-drift {
  color: #8b0000;
}
.change-fixed {
  color: #0b5d1e;
}
.spark polyline {
  fill: none;
  stroke: #0a4fb5;
  stroke-width: 1.5;
}
.problems li {
  margin: 2px 0;
}
.plain td {
  height: auto;
  padding: 4px 8px;
  white-space: normal;
}
`,o=["default-src 'none'",`script-src '${fe(e)}'`,`style-src '${fe(n)}'`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),r=`backend-fit: ${t.counts.services} services in ${t.counts.repositories} repositories`;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${o}">
<meta name="referrer" content="no-referrer">
<title>${de(r)}</title>
<style>${n}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${de(r)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${ct(t)}</script>
<script>${e}</script>
</body>
</html>
`}function fe(t){return`sha256-${at("sha256").update(t,"utf8").digest("base64")}`}function de(t){return t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function ct(t){return JSON.stringify(t).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var lt=1e6,pt="(no owner)",N={mismatch:0,review:1,unknown:2,fits:3};function he(t,e={}){let n=e.limit??lt,o=new D(n-400),{counts:r}=t;o.line(`## backend-fit across ${r.repositories} repositories: ${r.services} services`),o.line(""),o.line(["mismatch","review","fits","unknown"].map(u=>`${T[u]} ${r.byVerdict[u]} ${u}`).join(" \xB7 ")+" \u2014 "+["node","python","both","none"].filter(u=>r.byBackend[u]>0).map(u=>`${L[u]} ${r.byBackend[u]}`).join(" \xB7 ")),o.line("");let i=t.services.filter(u=>E.has(u.verdict));o.line(`### Needs attention: ${i.length} drifting service${i.length===1?"":"s"}`),o.line(""),i.length===0&&o.line("No service is in review or mismatch.");let s=[...ft(i,u=>u.owner||pt)].sort(([u,l],[p,f])=>f.length-l.length||u.localeCompare(p));e:for(let[u,l]of s){if(!o.line(`**${b(u)}** (${l.length})
`))break;let p=[...l].sort((f,g)=>N[f.verdict]-N[g.verdict]||f.fitScore-g.fitScore);for(let[f,g]of p.entries())if(!o.line(`- ${T[g.verdict]} ${ge(g)}: ${ut(g)}${g.plan?` \u2014 ${j(g.plan)}`:""}`)){o.cut(`- \u2026 ${p.length-f} more of this owner, and the owners after it: see the page`);break e}o.line("")}let{changes:a}=t;if(t.previous||a.newDrifts.length+a.fixed.length+a.newServices.length>0){o.line(`### Since the last run${t.previous?` (${t.previous.generatedAt.slice(0,10)})`:""}`),o.line("");let u=new Map(t.services.map(l=>[y(l),l]));for(let[l,p]of[["New drifts",a.newDrifts],["Fixed",a.fixed],["New services",a.newServices],["Gone",a.gone]]){let f=p.map(g=>u.get(g)?ge(u.get(g)):b(g));if(!o.line(`- ${l} (${p.length}): ${f.slice(0,50).join(", ")||"none"}${p.length>50?", \u2026":""}`))break}o.line("")}if(t.problems.length>0){o.line(`### Reports not used: ${t.problems.length}`),o.line("");for(let[u,l]of t.problems.entries())if(!o.line(`- ${l.kind}: ${j(l.message)}`)){o.cut(`- \u2026 ${t.problems.length-u} more`);break}o.line("")}o.line("### Every service"),o.line(""),o.line("| repository | service | owner | backend | verdict | fit | Node.js | Python |"),o.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |");let d=[...t.services].sort((u,l)=>N[u.verdict]-N[l.verdict]||u.fitScore-l.fitScore);for(let[u,l]of d.entries()){let p=g=>g?b(g,{inTable:!0}):"",f=`| ${p(l.repository)} | ${p(l.path)} | ${p(l.owner)} | ${l.current} | ${T[l.verdict]} ${l.verdict} | ${l.fitScore} | ${l.scores.node} | ${l.scores.python} |`;if(!o.line(f)){o.cut(`
${d.length-u} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`);break}}return o.text()}function ge(t){return`${b(t.repository)} ${b(t.path)}`}function ut(t){return`${t.verdict}, fit ${t.fitScore} on ${L[t.current]} (Node.js ${t.scores.node}, Python ${t.scores.python})`}function ft(t,e){let n=new Map;for(let o of t){let r=n.get(e(o));r?r.push(o):n.set(e(o),[o])}return n}var D=class{constructor(e){this.limit=e}limit;parts=[];bytes=0;line(e){let n=Buffer.byteLength(e)+1;return this.bytes+n>this.limit?!1:(this.parts.push(e),this.bytes+=n,!0)}cut(e){this.parts.push(e),this.bytes+=Buffer.byteLength(e)+1}text(){return this.parts.join(`
`)+`
`}};async function ye(t){let e=[],n=t.previous?await ht(t.previous,e):void 0,o=new Set(["fleet.json"].map(s=>C.resolve(t.out,s)));t.previous&&o.add(C.resolve(t.previous));let r=await le(t.sources,{skip:o}),i=ue(r.loaded,[...e,...r.problems],{previous:n,serverUrl:t.serverUrl,now:t.now});await dt(t.out,{recursive:!0});let c={"fleet.json":JSON.stringify(i,null,1)+`
`,"index.html":me(i),"summary.md":he(i)};for(let[s,a]of Object.entries(c))await gt(C.join(t.out,s),a);return{fleet:i,files:Object.keys(c).map(s=>C.join(t.out,s)),previousMissing:t.previous!==void 0&&n===void 0&&!e.length}}async function ht(t,e){let n=i=>{e.push({source:t,kind:"invalid",message:`${t} (--previous): ${i}; nothing compared`})},o;try{o=JSON.parse(await mt(t,"utf8"))}catch(i){let c=i.code;return c==="ENOENT"?void 0:n(c?`cannot read (${c})`:"not JSON")}let r=o;return r?.schemaVersion!==1||!Array.isArray(r.services)||typeof r.generatedAt!="string"?n("not a fleet.json of this version"):(r.services=r.services.filter(i=>typeof i?.repository=="string"&&typeof i.path=="string"&&Array.isArray(i.trend)),r)}async function we(t,e){return await t.paginate("GET /orgs/{org}/repos",{org:e,type:"all",per_page:100})}function yt(t,e){let n=i=>({filter:i,reason:i});if(t.archived&&!e.includeArchived)return n("archived");if(t.disabled)return n("disabled");if(t.fork&&!e.includeForks)return n("fork");if(t.size===0)return n("empty");let o=t.topics??[],r=e.topics.find(i=>!o.includes(i));if(r)return{filter:"topic",reason:`topic ${r} missing`};if(e.language&&(t.language??"").toLowerCase()!==e.language.toLowerCase())return{filter:"language",reason:`language ${t.language??"none"}`};if(e.name&&!e.name.test(t.name))return n("name")}function ve(t,e,n){let o=[],r=[];for(let s of[...t].sort((a,d)=>a.full_name.localeCompare(d.full_name))){let a=yt(s,e);a?r.push({repository:s.full_name,...a}):o.push(s.full_name)}let i=Math.max(n,Math.ceil(o.length/256)),c=[];for(let s=0;s<o.length;s+=i)c.push(o.slice(s,s+i));return{chunks:c,repositories:o,skipped:r}}import{spawn as wt}from"node:child_process";import{mkdtemp as vt,rm as bt,writeFile as $e}from"node:fs/promises";import $t from"node:os";import G from"node:path";async function Se(t,e){let n=0;for(let o of t){let r=G.join(e.out,`${o.replace("/","__")}.json`);try{await St(o,r,e),e.log(`${o}: scanned`)}catch(i){n++;let c=Ft(i);e.log(`${o}: failed: ${c}`),await $e(r,JSON.stringify({failure:{repository:o,message:c}})+`
`)}}return{scanned:t.length-n,failed:n}}async function St(t,e,n){let[o,r]=t.split("/"),{data:i}=await n.client.request("GET /repos/{owner}/{repo}/commits/{ref}",{owner:o,repo:r,ref:"HEAD"}),{data:c}=await n.client.request("GET /repos/{owner}/{repo}/tarball/{ref}",{owner:o,repo:r,ref:i.sha}),s=await vt(G.join($t.tmpdir(),"bf-scan-"));try{await be("tar",["-xzf","-","-C",s,"--strip-components=1","--no-same-owner","--no-same-permissions"],{input:Buffer.from(c)});let a=[n.cli,s,"--format","json","-q","--fail-on","never","--repository",t],{BACKEND_FIT_TOKEN:d,GITHUB_TOKEN:u,GH_TOKEN:l,...p}=n.env,f=JSON.parse(await be(process.execPath,a,{env:p}));f.repository={...f.repository,name:t,commit:i.sha,...i.commit.committer?.date?{date:i.commit.committer.date}:{}},await $e(e,JSON.stringify(f,null,2)+`
`)}finally{await bt(s,{recursive:!0,force:!0})}}function be(t,e,n){return new Promise((o,r)=>{let i=wt(t,e,{stdio:["pipe","pipe","pipe"],env:n.env??process.env}),c=[],s="";i.stdout.on("data",a=>c.push(a)),i.stderr.on("data",a=>s=(s+String(a)).slice(-2e3)),i.on("error",a=>r(new Error(`${t}: ${a.message}`))),i.on("close",a=>{a===0||a===1&&t===process.execPath?o(Buffer.concat(c).toString("utf8")):r(new Error(`${G.basename(t)} exited ${a}: ${s.trim().split(`
`).pop()??""}`))}),i.stdin.on("error",()=>{}),i.stdin.end(n.input)})}function Ft(t){let e=t;return typeof e.status=="number"?`the API answered ${e.status}${e.response?.data?.message?`: ${e.response.data.message}`:""}`:(e.message??String(t)).split(`
`)[0]}var Fe=`Usage: backend-fit fleet <reports or folders...> [options]

Merges the JSON reports of many repositories (backend-fit --format json, or the action's
report-file) into one page for the organisation. Folders are searched for *.json reports.
A report that is missing, truncated, of another schema version, or a scan recorded as failed
is listed on the page and in the summary; the rest is still built.

Writes DIR/fleet.json (schema/fleet.schema.json), DIR/index.html (one file, no network)
and DIR/summary.md (under the job summary's 1 MiB, drifting services by owner first).

Options:
  -o, --out <dir>         where to write (default: fleet)
      --previous <file>   the last run's fleet.json: what changed since, and each service's trend
      --server-url <url>  links to repositories (default: GITHUB_SERVER_URL, else https://github.com)
  -q, --quiet             no lines on stderr for the reports not used
  -h, --help              show this help

Exit codes: 0 built, 2 usage error or the output could not be written.`;function ke(t){let{values:e,positionals:n}=B("fleet",t,{out:{type:"string",short:"o"},previous:{type:"string"},"server-url":{type:"string"},quiet:{type:"boolean",short:"q"},help:{type:"boolean",short:"h"}});if(!e.help&&n.length===0)throw new m("fleet: name at least one report or folder of reports (see fleet --help)");return{sources:n,out:String(e.out??"fleet"),previous:e.previous,serverUrl:e["server-url"],quiet:e.quiet===!0,help:e.help===!0}}var Ee=`Usage: backend-fit fleet-list --org <org> [options]

Lists the organisation's repositories through the API (GITHUB_API_URL; the token in
BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN needs read access), filters them, and splits
them into chunks for a matrix job each. Inside GitHub Actions it sets the step outputs
chunks (JSON) and count.

Options:
      --org <org>           the organisation
      --topic <topic>       only repositories with this topic (repeat for several: all must be on it)
      --language <lang>     only repositories whose main language is this one
      --include-archived    archived repositories too (default: left out)
      --include-forks       forks too (default: left out)
      --name <regex>        only repositories whose name matches
      --chunk-size <n>      repositories per matrix job (default 10; more when needed to stay within 256 jobs)
  -o, --output <file>       the listing as JSON (default: repositories.json)
  -h, --help                show this help`;function xe(t){let{values:e}=B("fleet-list",t,{org:{type:"string"},topic:{type:"string",multiple:!0},language:{type:"string"},"include-archived":{type:"boolean"},"include-forks":{type:"boolean"},name:{type:"string"},"chunk-size":{type:"string"},output:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),n=e.help===!0;if(!n&&!e.org)throw new m("fleet-list: --org is required (see fleet-list --help)");let o=Number(e["chunk-size"]??10);if(!Number.isInteger(o)||o<1)throw new m(`fleet-list: --chunk-size must be a whole number above 0 (got "${e["chunk-size"]}")`);let r;if(typeof e.name=="string")try{r=new RegExp(e.name)}catch{throw new m(`fleet-list: --name is not a regular expression: ${e.name}`)}return{org:String(e.org??""),topics:e.topic??[],language:e.language,includeArchived:e["include-archived"]===!0,includeForks:e["include-forks"]===!0,name:r,chunkSize:o,output:String(e.output??"repositories.json"),help:n}}var Oe=`Usage: backend-fit fleet-scan <owner/name...> [--out DIR]

Scans each repository's default branch (downloaded through the API as a tarball, no history)
and writes DIR/owner__name.json. A repository that cannot be read or scanned is written as a
failure record that backend-fit fleet lists; the others go on. Exit 0 unless called wrongly.

Options:
  -o, --out <dir>   where the reports go (default: reports)
  -h, --help        show this help`;function _e(t){let{values:e,positionals:n}=B("fleet-scan",t,{out:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),o=e.help===!0,r=n.map(P).find(Boolean);if(r)throw new m(`fleet-scan: ${r}`);return{repositories:n,out:String(e.out??"reports"),help:o}}function B(t,e,n){return $(e,n,`${t} --help`,`${t}: `)}var Te=new Set(["fleet","fleet-list","fleet-scan"]);async function Ae(t,e){let[n,...o]=t;return n==="fleet-list"?_t(o,e):n==="fleet-scan"?Tt(o,e):Ot(o,e)}async function Ot(t,e){let n=ke(t);if(n.help)return e.stdout.write(Fe+`
`),0;let o=n.serverUrl??(e.env.GITHUB_SERVER_URL||void 0),r;try{r=await ye({sources:n.sources,out:n.out,previous:n.previous,serverUrl:o})}catch(a){let d=a;if(d.code&&d.path)return e.stderr.write(`backend-fit: fleet: cannot write ${d.path}: ${d.code}
`),2;throw a}let{fleet:i,files:c}=r;if(r.previousMissing&&!n.quiet&&e.stderr.write(`note: ${n.previous}: no previous fleet.json there (a first run?): nothing compared
`),!n.quiet)for(let a of i.problems)e.stderr.write(`warning: ${a.kind}: ${a.message}
`);let{counts:s}=i;return e.stdout.write(`${s.services} services in ${s.repositories} repositories (${s.byVerdict.mismatch} mismatch, ${s.byVerdict.review} review)${i.problems.length?`; ${i.problems.length} reports not used`:""}: ${c.join(", ")}
`),0}function Re(t){let e=t.BACKEND_FIT_TOKEN||t.GITHUB_TOKEN||t.GH_TOKEN;if(!e)throw new m("no token: set BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN to one that can read the repositories");return e}async function _t(t,e){let n=xe(t);if(n.help)return e.stdout.write(Ee+`
`),0;let o=H(Re(e.env),e.env,s=>e.stderr.write(`${s}
`)),r;try{r=await we(o,n.org)}catch(s){let a=s;return e.stderr.write(`backend-fit: fleet-list: cannot list ${n.org}'s repositories: ${a.status?`the API answered ${a.status}: `:""}${a.message.split(`
`)[0]}
`),2}let i=ve(r,n,n.chunkSize);await xt(n.output,JSON.stringify({organisation:n.org,...i},null,2)+`
`),e.env.GITHUB_OUTPUT&&await kt(e.env.GITHUB_OUTPUT,`chunks=${JSON.stringify(i.chunks)}
count=${i.repositories.length}
`);let c=new Map;for(let s of i.skipped)c.set(s.filter,(c.get(s.filter)??0)+1);return e.stdout.write(`${i.repositories.length} repositories of ${n.org} in ${i.chunks.length} chunks${i.skipped.length?`; ${i.skipped.length} left out (${[...c].map(([s,a])=>`${s} ${a}`).join(", ")})`:""}: ${n.output}
`),0}async function Tt(t,e){let n=_e(t);if(n.help)return e.stdout.write(Oe+`
`),0;let o=H(Re(e.env),e.env,i=>e.stderr.write(`${i}
`));await Et(n.out,{recursive:!0});let r=await Se(n.repositories,{client:o,out:n.out,cli:process.argv[1],env:e.env,log:i=>e.stdout.write(`${i}
`)});return e.stdout.write(`${r.scanned} scanned, ${r.failed} failed: ${n.out}
`),0}import{stat as Rt,writeFile as Pt}from"node:fs/promises";var Pe=`Usage: backend-fit history [path] [options]

Follows each service's verdict, fit and both scores over the current branch's
first-parent commits, read from git objects (nothing is checked out), and names
the commit after which each service now in review or mismatch has been drifting.

Options:
      --since <when>     a date (2026-01-31) or a span back from now (90d, 12w, 6m, 1y);
                         default 1y
      --points <n>       commits to sample, spread evenly in time, HEAD always one (default 12)
      --every <span>     or: one point every span back from HEAD (30d, 2w, 1m)
      --place-all        also pin services that appeared, went away or were renamed, and
                         verdict changes of services not drifting now, to their commit
                         (slower: more commits analysed); by default those are shown
                         between the two points they lie between
  -f, --format <fmt>     text (default), json or markdown (Mermaid charts)
  -o, --output <file>    write the history to a file instead of stdout
  -c, --config <file>    config file, as for a scan (default ${v})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`,At={since:{type:"string"},points:{type:"string"},every:{type:"string"},"place-all":{type:"boolean"},format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},help:{type:"boolean",short:"h"}};function Ne(t,e){let{values:n,positionals:o}=$(t,At,"history --help");if(o.length>1)throw new m(`history: expected one path, got ${o.join(" ")}`);let r=k("history --format",n.format??"text",ee);if(n.points!==void 0&&n.every!==void 0)throw new m("give --points or --every, not both");let i={points:12};if(n.points!==void 0){let s=Number(n.points);if(!Number.isInteger(s)||s<1||s>1e3)throw new m(`--points must be a whole number from 1 to 1000 (got "${n.points}")`);i={points:s}}if(n.every!==void 0){let s=re(n.every);if(s===void 0)throw new m(`--every must be a span such as 30d, 2w or 1m (got "${n.every}")`);i={every:s}}let c;if(n.since!==void 0&&(c=ne(n.since,e),!c))throw new m(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${n.since}")`);return{root:o[0]??".",format:r,output:n.output,config:n.config??v,configExplicit:n.config!==void 0,...c?{since:c}:{},sampling:i,placeAll:n["place-all"]??!1,help:n.help??!1}}async function Ce(t,e,n={}){let o=n.now??new Date,r=Ne(t,o);if(r.help)return e.stdout.write(Pe+`
`),0;let i=u=>(e.stderr.write(`backend-fit: ${u}
`),2);if(!(await Rt(r.root).catch(()=>{}))?.isDirectory())return i(`${r.root}: not a folder (give the path of a repository)`);let s=await R({root:r.root,configFile:r.config,explicit:r.configExplicit,overrides:{},defaultFailOn:"never"}),a;try{a=await Z({root:r.root,settings:s,sampling:r.sampling,now:o,...r.placeAll?{maxProbes:Q}:{},...r.since?{since:r.since}:{},...n.readWorker?{readWorker:n.readWorker}:{}})}catch(u){if(u instanceof J)return i(`${r.root}: ${u.message} (history needs a git repository)`);throw u}let d=te(a,r.format);if(r.output){let u=await Pt(r.output,d).catch(l=>l);if(u instanceof Error)return i(`cannot write ${r.output}: ${u.code??u.message}`)}else e.stdout.write(d);return 0}async function Ie(t,e,n={}){let o=(r,i=2)=>(e.stderr.write(`backend-fit: ${r}
`),i);try{if(Te.has(t[0]??""))return await Ae(t,e);if(t[0]==="history")return await Ce(t.slice(1),e,n);let r=se(t);if(r.help)return e.stdout.write(ie+`
`),0;if(r.version)return e.stdout.write(A+`
`),0;if(!(await Nt(r.root).catch(()=>{}))?.isDirectory())return o(`${r.root}: not a folder (give the path of a repository)`);let c=r.base===void 0?void 0:await V(r.root,r.base);if(c)return o(c);let s=await R({root:r.root,configFile:r.config,explicit:r.configExplicit,overrides:{failOn:r.failOn},defaultFailOn:"never"}),a=ae(e.stderr,!r.quiet&&e.stderr.isTTY===!0),d=await q({root:r.root,settings:s,baseRef:r.base,onProgress:(p,f)=>a.update(p,f),...n});a.done(),r.repository&&(d.repository=await X(r.root,r.repository,e.env));let u=r.format==="text"&&!r.output&&It(r.color,e),l=Y(d,r.format,{color:u});if(r.output){let p=await Ct(r.output,l).catch(f=>f);if(p instanceof Error)return o(`cannot write ${r.output}: ${p.code??p.message}`)}else e.stdout.write(l);if(!r.quiet&&r.format!=="text")for(let p of d.warnings)e.stderr.write(`warning: ${p.file?`${p.file}: `:""}${p.message}
`);return d.policy.failed?1:0}catch(r){if(r instanceof m||r instanceof W)return o(r.message);let i=r instanceof Error?r.message:String(r);return e.env.BACKEND_FIT_DEBUG&&r instanceof Error&&e.stderr.write(`${r.stack}
`),o(`unexpected error: ${i.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function It(t,e){return t!==void 0?t:e.env.NO_COLOR?!1:e.env.FORCE_COLOR&&e.env.FORCE_COLOR!=="0"?!0:e.stdout.isTTY===!0}var Lt=new URL("./read-worker.js",import.meta.url);oe(await Ie(process.argv.slice(2),process,{readWorker:Lt}));
