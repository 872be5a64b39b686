#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{A as oe,B as ie,e as $,g as U,h as S,j as X,l as Q,o as P,q as C,r as Z,v as D,w as re,x as ne}from"./chunks/chunk-PWKJG5ZX.js";import{B as W,C as z,D as ee,E as te,d as v,g as V,h as H,j as R,t as N,u as q}from"./chunks/chunk-CJR4YFC2.js";import"./chunks/chunk-KXJLKHHL.js";import{a as Y}from"./chunks/chunk-VETLADXR.js";import{h as j}from"./chunks/chunk-7CGPJQHI.js";import"./chunks/chunk-TZN7URKK.js";function se(t){process.exitCode=t,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(t)))}import{stat as It,writeFile as Lt}from"node:fs/promises";import{parseArgs as Ue}from"node:util";var g=class extends Error{};function F(t,e,n="--help",o=""){let r;try{r=Ue({args:t,allowPositionals:!0,options:e})}catch(i){throw new g(`${o}${De(i,t,e,n)}`)}for(let[i,c]of Object.entries(r.values))if(c===""||Array.isArray(c)&&c.includes(""))throw new g(`${o}--${i} needs a value (see ${n})`);return r}function De(t,e,n,o="--help"){let r=t.code,i=t instanceof Error?t.message.split(`
`)[0]:String(t),c=i.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);if(c)return`${c[1]} needs a value (see ${o})`;if(r!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return`${i.replace(/\.$/,"")} (see ${o})`;let a=Ge(e,n)??i.match(/'([^']+)'/)?.[1]??"",s=a.replace(/^-+/,""),m=Object.keys(n),l=a.startsWith("--")||s.length>1?j(s,m):void 0;return`unknown option ${a}${l?`; did you mean --${l}?`:""} (see ${o})`}function Ge(t,e){let n=new Set(Object.values(e).flatMap(o=>o.short?[o.short]:[]));for(let o of t){if(o==="--")return;if(o.startsWith("--")){let r=o.slice(2).split("=")[0];if(!(r in e))return`--${r}`}else if(o.startsWith("-")&&o.length>1){let r=[...o.slice(1)].find(i=>!n.has(i));if(r)return`-${r}`}}}function x(t,e,n){if(n.includes(e))return e;let o=j(e,n);throw new g(`${t} must be one of ${n.join(", ")} (got "${e}"${o?`; did you mean ${o}?`:""})`)}var Be=["mismatch","review","never"];var ae=`Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)
       backend-fit fleet <reports...> [options]   many repositories' reports as one page (see fleet --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${$}
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

Each "guide L\u2026" in a reason names a sentence of the guide: ${V}`,Me={format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},repository:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}};function ce(t){let{values:e,positionals:n}=F(t,Me);if(n.length>1)throw new g(`expected one path, got ${n.length}: ${n.join(" ")} (see --help)`);let o=x("--format",e.format??"text",X),r=e["fail-on"]===void 0?void 0:x("--fail-on",e["fail-on"],Be),i=e.repository===void 0?void 0:C(e.repository);if(i)throw new g(`--repository: ${i}`);return{root:n[0]??".",format:o,output:e.output,config:e.config??$,configExplicit:e.config!==void 0,failOn:r,base:e.base,repository:e.repository,quiet:e.quiet??!1,color:e["no-color"]?!1:e.color,help:e.help??!1,version:e.version??!1}}function le(t,e,n=400){let o=Date.now(),r=!1,i=0;return{update(c,a){if(!e)return;let s=Date.now();s-o<n||s-i<80||(i=s,r=!0,t.write(`\r\x1B[2Kbackend-fit: reading files ${c}/${a}`))},done(){r&&t.write("\r\x1B[2K")}}}import{appendFile as xt,mkdir as Ot,writeFile as _t}from"node:fs/promises";import{mkdir as gt,readFile as ht,writeFile as yt}from"node:fs/promises";import L from"node:path";import{readdir as Ke,readFile as Je,stat as Ve}from"node:fs/promises";import k from"node:path";var pe=1;async function ue(t,e={}){let n=[],o=[];for(let r of t){let i=await Ve(r).catch(()=>{});if(!i){o.push({source:r,kind:"missing",message:`${r}: no such file or folder`});continue}let c=i.isDirectory()?await ze(r):[r];for(let a of c){if(e.skip?.has(k.resolve(a)))continue;let s=await qe(a);s&&"kind"in s?o.push(s):s&&n.push(s)}}return{loaded:n,problems:o}}async function qe(t){let e=(c,a,s)=>({source:t,kind:c,message:`${t}: ${a}`,...s?{repository:s}:{}}),n;try{n=await Je(t,"utf8")}catch(c){return e("missing",`cannot read (${c.code??"error"})`)}let o=G(t);if(n.trim()==="")return e("truncated","empty file",o);let r;try{r=JSON.parse(n)}catch{let c=n.trim();return c.startsWith("{")&&!c.endsWith("}")?e("truncated","ends before its JSON does (truncated)",o):e("invalid","not JSON",o)}if(!E(r))return e("invalid","not a backend-fit report",o);if(Ye(r))return e("failed",`scan failed: ${Xe(r.failure.message)}`,r.failure.repository);if(!("schemaVersion"in r)||!("verdict"in r))return null;if(r.schemaVersion!==pe)return e("schema",`schemaVersion ${String(r.schemaVersion)}; this backend-fit reads ${pe}`,o);let i=We(r);return i?e("invalid",i,o):{source:t,report:r}}function We(t){if(typeof t.verdict!="string")return"no verdict";if(!Array.isArray(t.services))return"no services list";for(let[n,o]of t.services.entries())if(!E(o)||typeof o.path!="string"||typeof o.verdict!="string"||!E(o.scores))return`services[${n}] lacks path, verdict or scores`;if(!E(t.policy))return"no policy";let e=t.repository;if(e!==void 0&&(!E(e)||typeof e.name!="string"))return"repository.name is not a string"}function G(t){let e=k.basename(t,".json");return(e==="report"?k.basename(k.dirname(k.resolve(t))):e).replace("__","/")}async function ze(t){return(await Ke(t,{recursive:!0,withFileTypes:!0})).filter(n=>n.isFile()&&n.name.endsWith(".json")).map(n=>k.join(n.parentPath,n.name)).sort()}function E(t){return typeof t=="object"&&t!==null&&!Array.isArray(t)}function Ye(t){let e=t.failure;return E(e)&&typeof e.repository=="string"&&typeof e.message=="string"}function Xe(t){return t.split(`
`)[0].slice(0,300)}var O=new Set(["review","mismatch"]);function y(t,e=[]){return`${t.repository}:${v(t,e)}`}var Qe=26,Ze=5,et=["fits","review","mismatch","unknown"],tt=["node","python","both","none"];function de(t,e,n={}){let o=(n.serverUrl??"https://github.com").replace(/\/+$/,""),r=(n.now??new Date).toISOString(),i=[...e],c=n.previous?.services??[],a=new Map(c.map(p=>[y(p,c),p])),s=new Map;for(let p of t){let u=p.report.repository?.name??G(p.source),d=s.get(u);if(!d){s.set(u,p);continue}let[b,_]=at(p,d)?[p,d]:[d,p];s.set(u,b),i.push({source:_.source,repository:u,kind:"duplicate",message:`${_.source}: a second report of ${u}; ${b.source} is the newer and is used`})}let m=[],l=[];for(let[p,{report:u}]of[...s].sort(([d],[b])=>d.localeCompare(b))){let d=u.repository,b=`${o}/${p}/tree/${d?.commit??"HEAD"}`;m.push({name:p,...d?.commit?{commit:d.commit}:{},...d?.date?{date:d.date}:{},url:`${o}/${p}`,...d?.run?{runUrl:d.run}:{},verdict:u.verdict,services:u.services.length,policy:{failOn:u.policy.failOn,failed:u.policy.failed,reasons:u.policy.reasons??[],...u.policy.sources?{sources:u.policy.sources}:{}},waivers:u.services.flatMap((h,w,T)=>h.waiver&&T.findIndex(A=>A.path===h.path&&A.waiver)===w?[{service:h.path,...h.waiver}]:[]),warnings:u.warnings?.length??0});let _=u.services.map(h=>({path:h.path,kind:h.kind,repository:p}));for(let h of u.services){let w=rt(p,h,u,b),T=a.get(y(w,_)),A=T?.trend??nt(u,v(h,u.services)).filter(He=>!d?.date||He.date<d.date);w.trend=ot(w,r,A);let J=it(w,T,n.previous!==void 0);J&&(w.change=J),l.push(w)}}let f=st(l,n.previous,new Set(s.keys()));return{schemaVersion:1,tool:{name:"backend-fit",version:N},generatedAt:r,...n.previous?{previous:{generatedAt:n.previous.generatedAt,services:n.previous.services.length}}:{},counts:{repositories:m.length,services:l.length,byVerdict:fe(l,p=>p.verdict,et),byBackend:fe(l,p=>p.current,tt)},repositories:m,services:l,changes:f,problems:i.sort((p,u)=>p.source.localeCompare(u.source))}}function rt(t,e,n,o){let r={kind:e.kind,name:e.name,owner:e.owner,system:e.system,lifecycle:e.lifecycle,plan:e.plan?ct(e.plan.suggestion):void 0,expected:e.expected,waiver:e.waiver,runUrl:n.repository?.run};return{repository:t,path:e.path,...Object.fromEntries(Object.entries(r).filter(([,i])=>i!==void 0&&i!=="")),current:e.current,frameworks:e.frameworks??[],verdict:e.verdict,fitScore:e.fitScore,scores:{node:e.scores.node,python:e.scores.python},recommended:e.recommended,url:e.path==="."?o:`${o}/${e.path.split("/").map(encodeURIComponent).join("/")}`,trend:[]}}function nt(t,e){let n=t.history?.points;return Array.isArray(n)?n.flatMap(o=>{let r=o?.services?.[e];return r&&typeof o.commit?.date=="string"&&typeof r.fitScore=="number"?[{date:o.commit.date,verdict:r.verdict,fitScore:r.fitScore}]:[]}):[]}function ot(t,e,n){let o={date:e,verdict:t.verdict,fitScore:t.fitScore};return[...n.filter(i=>i.date<e),o].slice(-Qe)}function it(t,e,n){let o=e?e.trend.at(-1):n?void 0:t.trend.at(-2);if(!o)return n?{kind:"new"}:void 0;let r={from:o.verdict,fromFit:o.fitScore},i=O.has(o.verdict),c=O.has(t.verdict);if(!i&&c)return{kind:"new-drift",...r};if(i&&!c&&t.verdict==="fits")return{kind:"fixed",...r};if(o.verdict!==t.verdict||Math.abs(o.fitScore-t.fitScore)>=Ze)return{kind:"changed",...r}}function st(t,e,n){let o=i=>t.filter(c=>c.change?.kind===i).map(c=>y(c,t)).sort(),r=new Set(t.map(i=>y(i,t)));return{newDrifts:o("new-drift"),fixed:o("fixed"),newServices:o("new"),gone:(e?.services??[]).filter(i=>n.has(i.repository)&&!r.has(y(i,e.services))).map(i=>y(i,e.services)).sort()}}function at(t,e){return(t.report.repository?.date??"")>(e.report.repository?.date??"")}function fe(t,e,n){let o=Object.fromEntries(n.map(r=>[r,0]));for(let r of t)o[e(r)]=(o[e(r)]??0)+1;return o}function ct(t){let e=/^.*?[.!?](?=\s|$)/s.exec(t.trim());return(e?e[0]:t.trim()).replace(/\s+/g," ")}import{createHash as lt}from"node:crypto";function he(t){let e='"use strict";(()=>{function x(e,t=[]){if(e.kind==="worker")return"worker";let i=U(t).get(k(e));return i!==void 0&&e.kind!==void 0&&e.kind!==i?e.kind:void 0}var k=e=>`${e.repository??""}\\0${e.path}`,R=["function","http"],M=new WeakMap;function U(e){let t=M.get(e);if(!t){t=new Map;for(let i of e){if(i.kind===void 0||i.kind==="worker")continue;let r=t.get(k(i));(r===void 0||R.indexOf(i.kind)<R.indexOf(r))&&t.set(k(i),i.kind)}M.set(e,t)}return t}function T(e,t){let i=x(e,t);return i?`${e.path} (${i})`:e.path}var E=new Set(["review","mismatch"]);function B(e,t=[]){return`${e.repository}:${T(e,t)}`}function n(e,t={},...i){let r=document.createElement(e);for(let[o,s]of Object.entries(t))s===void 0||s===!1||r.setAttribute(o,s===!0?"":String(s));return _(r,i),r}function _(e,t){for(let i of t)i==null||i===!1||e.appendChild(typeof i=="object"?i:document.createTextNode(String(i)))}function f(e,t){return!e||!/^https?:\\/\\//i.test(e)?n("span",{},t):n("a",{href:e,rel:"noopener noreferrer"},t)}var w="http://www.w3.org/2000/svg";function K(e){let r=document.createElementNS(w,"svg");r.setAttribute("class","spark"),r.setAttribute("width",String(72)),r.setAttribute("height",String(18)),r.setAttribute("viewBox","0 0 72 18"),r.setAttribute("role","img");let o=e.length>1?`fit ${e.map(g=>g.fitScore).join(", ")} over ${e.length} runs`:`fit ${e[0]?.fitScore??"?"}, one run`;r.setAttribute("aria-label",o);let s=document.createElementNS(w,"title");s.textContent=o,r.appendChild(s);let c=document.createElementNS(w,"polyline"),l=e.length>1?68/(e.length-1):0;c.setAttribute("points",e.map((g,q)=>`${(2+q*l).toFixed(1)},${(16-14*g.fitScore/100).toFixed(1)}`).join(" ")),r.appendChild(c);let a=e.at(-1);if(a){let g=document.createElementNS(w,"circle");g.setAttribute("cx",(2+(e.length-1)*l).toFixed(1)),g.setAttribute("cy",(16-14*a.fitScore/100).toFixed(1)),g.setAttribute("r","2"),r.appendChild(g)}return r}var G={mismatch:0,review:1,unknown:2,fits:3},z={"new-drift":0,new:1,changed:2,fixed:3},N=new WeakMap;function Q(e){let t=N.get(e);return t===void 0&&(t=[e.repository,e.path,e.name,e.owner,e.system,e.lifecycle,e.kind,e.plan,...e.frameworks].filter(Boolean).join(`\n`).toLowerCase(),N.set(e,t)),t}function A(e,t){let i=t.text.toLowerCase().split(/\\s+/).filter(Boolean);return e.filter(r=>(!t.verdict||r.verdict===t.verdict)&&(!t.owner||r.owner===t.owner)&&(!t.system||r.system===t.system)&&(!t.backend||r.current===t.backend)&&(!t.change||r.change?.kind===t.change)&&i.every(o=>Q(r).includes(o)))}function L(e,t){switch(t){case"verdict":return G[e.verdict]??9;case"fitScore":return e.fitScore;case"node":return e.scores.node;case"python":return e.scores.python;case"change":return e.change?z[e.change.kind]??9:9;default:return e[t]??""}}var F=new Intl.Collator("en",{numeric:!0,sensitivity:"base"});function O(e,t,i){return[...e].sort((r,o)=>{let s=L(r,t),c=L(o,t);return(typeof s=="number"&&typeof c=="number"?s-c:F.compare(String(s),String(c)))*i||F.compare(r.repository,o.repository)||F.compare(r.path,o.path)})}var C=36,j=12,H=["mismatch","review","fits","unknown"],b={node:"Node.js",python:"Python",both:"both",none:"none"},V={"new-drift":"new drift",fixed:"fixed",new:"new",changed:"changed"},d=JSON.parse(document.getElementById("fleet-data").textContent),u={text:"",verdict:"",owner:"",system:"",backend:"",change:""},m={key:"verdict",dir:1},p="services",v=[],I=document.getElementById("app");I.replaceChildren();I.append(J(),X(),Y(),Z(),n("div",{id:"view"}));$("services");function J(){let{counts:e}=d,t=H.map(r=>n("button",{type:"button",class:"card","data-verdict":r,"aria-pressed":"false",title:`Show ${r} services`},n("strong",{},e.byVerdict[r]),n("span",{class:`v v-${r}`},r)));for(let r of t)r.addEventListener("click",()=>{let o=r.dataset.verdict;S("verdict",u.verdict===o?"":o)});let i=Object.keys(b).filter(r=>e.byBackend[r]>0).map(r=>n("button",{type:"button",class:"card","data-backend":r,"aria-pressed":"false",title:`Show ${b[r]} services`},n("strong",{},e.byBackend[r]),b[r]));for(let r of i)r.addEventListener("click",()=>{let o=r.dataset.backend;S("backend",u.backend===o?"":o)});return n("section",{"aria-labelledby":"title"},n("h1",{id:"title"},`${e.services} services in ${e.repositories} repositories`),n("p",{class:"muted"},`backend-fit, built ${d.generatedAt.slice(0,16).replace("T"," ")} UTC`,d.previous?`; compared with the run of ${d.previous.generatedAt.slice(0,10)}`:""),n("div",{class:"counts"},n("div",{},n("h2",{id:"by-verdict"},"Services by verdict"),n("div",{class:"cards",role:"group","aria-labelledby":"by-verdict"},...t)),n("div",{},n("h2",{id:"by-backend"},"Services by backend"),n("div",{class:"cards",role:"group","aria-labelledby":"by-backend"},...i))))}function X(){let{changes:e}=d,t=e.newDrifts.length+e.fixed.length+e.newServices.length+e.gone.length;if(!d.previous&&t===0)return"";let i=(r,o,s)=>{let c=n("ul",{},...s.slice(0,20).map(a=>n("li",{},n("code",{},a)))),l=r==="gone"?n("strong",{},`${s.length} ${o}`):n("button",{type:"button",class:"card","data-change":r},n("strong",{},s.length),o);return r!=="gone"&&l.addEventListener("click",()=>S("change",r)),n("div",{id:`changes-${r}`},l,s.length>0?c:"",s.length>20?`\\u2026 and ${s.length-20} more`:"")};return n("section",{id:"changes","aria-labelledby":"changes-title"},n("h2",{id:"changes-title"},"Since the last run"),n("div",{class:"cards"},i("new-drift","new drifts",e.newDrifts),i("fixed","fixed",e.fixed),i("new","new services",e.newServices),i("gone","gone",e.gone)))}function Y(){return d.problems.length===0?"":n("section",{id:"problems","aria-labelledby":"problems-title"},n("h2",{id:"problems-title"},`Reports not used: ${d.problems.length}`),n("ul",{class:"problems"},...d.problems.map(e=>n("li",{"data-kind":e.kind},n("strong",{},e.kind),": ",e.message))))}function Z(){let e=[["services","Services"],["owners","Owners"],["repositories","Repositories and policy"]],t=n("div",{class:"tabs",role:"tablist","aria-label":"Views"});for(let[i,r]of e){let o=n("button",{type:"button",role:"tab",id:`tab-${i}`,"aria-selected":"false","aria-controls":"view"},r);o.addEventListener("click",()=>$(i)),t.append(o)}return t}function $(e){p=e;for(let i of document.querySelectorAll(".tabs button"))i.setAttribute("aria-selected",String(i.id===`tab-${p}`));let t=document.getElementById("view");t.setAttribute("role","tabpanel"),t.setAttribute("aria-labelledby",`tab-${p}`),p==="services"?t.replaceChildren(ee()):p==="owners"?t.replaceChildren(re()):t.replaceChildren(ie()),p==="services"&&y()}function S(e,t){u[e]=t,p!=="services"&&$("services");let i=document.getElementById(`filter-${e}`);i&&(i.value=t),y()}function D(e){return[...new Set(d.services.map(e).filter(t=>!!t))].sort((t,i)=>t.localeCompare(i))}function h(e,t,i){let r=n("select",{id:`filter-${e}`},n("option",{value:""},"all"),...i.map(([o,s])=>n("option",{value:o},s)));return r.value=u[e],r.addEventListener("change",()=>{u[e]=r.value,y()}),n("label",{for:`filter-${e}`},t,r)}function ee(){let e=n("input",{id:"filter-text",type:"search",placeholder:"repository, path, owner, framework\\u2026",autocomplete:"off"});e.value=u.text,e.addEventListener("input",()=>{u.text=e.value,y()});let i=n("tr",{},...[["repository","Repository"],["path","Service"],["verdict","Verdict"],["fitScore","Fit","num"],["node","Node.js","num"],["python","Python","num"],["current","Backend"],["change","Change"],[null,"Trend"],["owner","Owner"],["system","System"],["lifecycle","Lifecycle"],["kind","Kind"],[null,"Plan"],[null,"Latest run"]].map(([s,c,l])=>{if(!s)return n("th",{scope:"col"},c);let a=n("button",{type:"button"},c);return a.addEventListener("click",()=>{m={key:s,dir:m.key===s?-m.dir:1},y()}),n("th",{scope:"col",class:l,"data-sort":s,"aria-sort":"none"},a)})),r=n("div",{class:"scroller",id:"scroller",tabindex:0,role:"region","aria-label":"Services table, scrollable"},n("table",{id:"services-table"},n("caption",{class:"skip"},"Every service"),n("thead",{},i),n("tbody"))),o=!1;return r.addEventListener("scroll",()=>{o||(o=!0,requestAnimationFrame(()=>{o=!1,P()}))}),n("section",{id:"services","aria-label":"Services"},n("div",{class:"filters",role:"search"},n("label",{for:"filter-text"},"Search",e),h("verdict","Verdict",H.map(s=>[s,s])),h("owner","Owner",D(s=>s.owner).map(s=>[s,s])),h("system","System",D(s=>s.system).map(s=>[s,s])),h("backend","Backend",Object.keys(b).map(s=>[s,b[s]])),h("change","Since the last run",Object.entries(V))),n("p",{id:"shown-count","aria-live":"polite",class:"muted"}),r)}function y(){for(let t of document.querySelectorAll("[data-verdict]"))t.setAttribute("aria-pressed",String(t.dataset.verdict===u.verdict));for(let t of document.querySelectorAll("[data-backend]"))t.setAttribute("aria-pressed",String(t.dataset.backend===u.backend));if(p!=="services")return;v=O(A(d.services,u),m.key,m.dir);for(let t of document.querySelectorAll("#services-table th[data-sort]"))t.setAttribute("aria-sort",t.dataset.sort===m.key?m.dir===1?"ascending":"descending":"none");document.getElementById("shown-count").textContent=`Showing ${v.length} of ${d.services.length} services`;let e=document.getElementById("scroller");e.scrollTop=0,P()}function P(){let e=document.getElementById("scroller"),t=document.querySelector("#services-table tbody");if(!e||!t)return;let i=Math.max(0,Math.floor(e.scrollTop/C)-j),r=Math.min(v.length,Math.ceil((e.scrollTop+e.clientHeight)/C)+j),o=s=>{let c=n("tr",{class:"spacer","aria-hidden":"true"},n("td",{colspan:15}));return c.style.height=`${s*C}px`,c};t.replaceChildren(...i>0?[o(i)]:[],...v.slice(i,r).map(ne),...r<v.length?[o(v.length-r)]:[])}function te(e){let t=x(e,d.services);return`${e.path==="."?"(root)":e.path}${t?` (${t})`:""}`}function ne(e){let t=(i,r)=>n("td",r?{class:r}:{},i);return n("tr",{"data-key":B(e,d.services)},t(f(e.url?.replace(/\\/tree\\/.*$/,""),e.repository)),t(f(e.url,`${te(e)}${e.name?` (${e.name})`:""}`)),t(n("span",{class:`v v-${e.verdict}`},e.verdict)),t(e.fitScore,"num"),t(e.scores.node,"num"),t(e.scores.python,"num"),t(b[e.current]),t(e.change?n("span",{class:`change change-${e.change.kind}`,title:e.change.from?`was ${e.change.from}, fit ${e.change.fromFit}`:"not in the last run"},V[e.change.kind]):""),t(K(e.trend)),t(e.owner??""),t(e.system??""),t(e.lifecycle??""),t(e.kind??""),n("td",{class:"plan",title:e.plan??""},e.plan??(e.waiver?`waived until ${e.waiver.expires}: ${e.waiver.reason}`:"")),t(f(e.runUrl,e.runUrl?"run":"")))}function re(){let e=new Map;for(let r of d.services){let o=r.owner||"(no owner)",s=e.get(o);s?s.push(r):e.set(o,[r])}let t=r=>r.filter(o=>E.has(o.verdict)).length,i=[...e].sort(([r,o],[s,c])=>t(c)-t(o)||c.length-o.length||r.localeCompare(s)).map(([r,o])=>{let s=a=>o.filter(g=>g.verdict===a).length,c=n("button",{type:"button",class:"owner-link","data-owner":r},r);c.addEventListener("click",()=>S("owner",r==="(no owner)"?"":r));let l=o.filter(a=>E.has(a.verdict)).slice(0,3).map(a=>`${a.repository} ${a.path}`).join(", ");return n("tr",{"data-owner-row":r},n("td",{},c),n("td",{class:"num"},o.length),n("td",{class:"num"},s("mismatch")),n("td",{class:"num"},s("review")),n("td",{class:"num"},s("fits")),n("td",{class:"num"},s("unknown")),n("td",{class:"num"},new Set(o.map(a=>a.repository)).size),n("td",{},l))});return n("section",{id:"owners","aria-label":"Owners"},n("p",{class:"muted"},"Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services."),W("owners-table",["Owner","Services","Mismatch","Review","Fits","Unknown","Repositories","Drifting"],i))}function W(e,t,i){return n("table",{class:"plain",id:e},n("thead",{},n("tr",{},...t.map(r=>n("th",{scope:"col"},r)))),n("tbody",{},...i))}function ie(){let e=d.repositories.map(t=>n("tr",{"data-repository":t.name},n("td",{},f(t.url,t.name)),n("td",{},t.commit?n("code",{},t.commit.slice(0,7)):""),n("td",{},t.date?.slice(0,10)??""),n("td",{},n("span",{class:`v v-${t.verdict}`},t.verdict)),n("td",{class:"num"},t.services),n("td",{},`fail-on ${t.policy.failOn}`,t.policy.sources?.["fail-on"]?` (from ${t.policy.sources["fail-on"]})`:"",t.policy.failed?" \\u2014 failed":""),n("td",{},...t.waivers.map(i=>n("div",{},n("code",{},i.service),` until ${i.expires}${i.active?"":" (expired)"}: ${i.reason}`))),n("td",{},f(t.runUrl,t.runUrl?"run":""))));return n("section",{id:"repositories","aria-label":"Repositories"},W("repositories-table",["Repository","Commit","Date","Verdict","Services","Policy","Waivers","Latest run"],e))}})();\n',n=`:root {
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
`,o=["default-src 'none'",`script-src '${me(e)}'`,`style-src '${me(n)}'`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),r=`backend-fit: ${t.counts.services} services in ${t.counts.repositories} repositories`;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${o}">
<meta name="referrer" content="no-referrer">
<title>${ge(r)}</title>
<style>${n}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${ge(r)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${pt(t)}</script>
<script>${e}</script>
</body>
</html>
`}function me(t){return`sha256-${lt("sha256").update(t,"utf8").digest("base64")}`}function ge(t){return t.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function pt(t){return JSON.stringify(t).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var ut=1e6,ft="(no owner)",I={mismatch:0,review:1,unknown:2,fits:3};function we(t,e={}){let n=e.limit??ut,o=new B(n-400),{counts:r}=t;o.line(`## backend-fit across ${r.repositories} repositories: ${r.services} services`),o.line(""),o.line(["mismatch","review","fits","unknown"].map(l=>`${R[l]} ${r.byVerdict[l]} ${l}`).join(" \xB7 ")+" \u2014 "+["node","python","both","none"].filter(l=>r.byBackend[l]>0).map(l=>`${H[l]} ${r.byBackend[l]}`).join(" \xB7 ")),o.line("");let i=t.services.filter(l=>O.has(l.verdict));o.line(`### Needs attention: ${i.length} drifting service${i.length===1?"":"s"}`),o.line(""),i.length===0&&o.line("No service is in review or mismatch.");let a=[...mt(i,l=>l.owner||ft)].sort(([l,f],[p,u])=>u.length-f.length||l.localeCompare(p));e:for(let[l,f]of a){if(!o.line(`**${S(l)}** (${f.length})
`))break;let p=[...f].sort((u,d)=>I[u.verdict]-I[d.verdict]||u.fitScore-d.fitScore);for(let[u,d]of p.entries())if(!o.line(`- ${R[d.verdict]} ${ye(d,t.services)}: ${dt(d)}${d.plan?` \u2014 ${U(d.plan)}`:""}`)){o.cut(`- \u2026 ${p.length-u} more of this owner, and the owners after it: see the page`);break e}o.line("")}let{changes:s}=t;if(t.previous||s.newDrifts.length+s.fixed.length+s.newServices.length>0){o.line(`### Since the last run${t.previous?` (${t.previous.generatedAt.slice(0,10)})`:""}`),o.line("");let l=new Map(t.services.map(f=>[y(f,t.services),f]));for(let[f,p]of[["New drifts",s.newDrifts],["Fixed",s.fixed],["New services",s.newServices],["Gone",s.gone]]){let u=p.map(d=>l.get(d)?ye(l.get(d),t.services):S(d));if(!o.line(`- ${f} (${p.length}): ${u.slice(0,50).join(", ")||"none"}${p.length>50?", \u2026":""}`))break}o.line("")}if(t.problems.length>0){o.line(`### Reports not used: ${t.problems.length}`),o.line("");for(let[l,f]of t.problems.entries())if(!o.line(`- ${f.kind}: ${U(f.message)}`)){o.cut(`- \u2026 ${t.problems.length-l} more`);break}o.line("")}o.line("### Every service"),o.line(""),o.line("| repository | service | owner | backend | verdict | fit | Node.js | Python |"),o.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |");let m=[...t.services].sort((l,f)=>I[l.verdict]-I[f.verdict]||l.fitScore-f.fitScore);for(let[l,f]of m.entries()){let p=d=>d?S(d,{inTable:!0}):"",u=`| ${p(f.repository)} | ${p(v(f,t.services))} | ${p(f.owner)} | ${f.current} | ${R[f.verdict]} ${f.verdict} | ${f.fitScore} | ${f.scores.node} | ${f.scores.python} |`;if(!o.line(u)){o.cut(`
${m.length-l} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`);break}}return o.text()}function ye(t,e){return`${S(t.repository)} ${S(v(t,e))}`}function dt(t){return`${t.verdict}, fit ${t.fitScore} on ${H[t.current]} (Node.js ${t.scores.node}, Python ${t.scores.python})`}function mt(t,e){let n=new Map;for(let o of t){let r=n.get(e(o));r?r.push(o):n.set(e(o),[o])}return n}var B=class{constructor(e){this.limit=e}limit;parts=[];bytes=0;line(e){let n=Buffer.byteLength(e)+1;return this.bytes+n>this.limit?!1:(this.parts.push(e),this.bytes+=n,!0)}cut(e){this.parts.push(e),this.bytes+=Buffer.byteLength(e)+1}text(){return this.parts.join(`
`)+`
`}};async function ve(t){let e=[],n=t.previous?await wt(t.previous,e):void 0,o=new Set(["fleet.json"].map(a=>L.resolve(t.out,a)));t.previous&&o.add(L.resolve(t.previous));let r=await ue(t.sources,{skip:o}),i=de(r.loaded,[...e,...r.problems],{previous:n,serverUrl:t.serverUrl,now:t.now});await gt(t.out,{recursive:!0});let c={"fleet.json":JSON.stringify(i,null,1)+`
`,"index.html":he(i),"summary.md":we(i)};for(let[a,s]of Object.entries(c))await yt(L.join(t.out,a),s);return{fleet:i,files:Object.keys(c).map(a=>L.join(t.out,a)),previousMissing:t.previous!==void 0&&n===void 0&&!e.length}}async function wt(t,e){let n=i=>{e.push({source:t,kind:"invalid",message:`${t} (--previous): ${i}; nothing compared`})},o;try{o=JSON.parse(await ht(t,"utf8"))}catch(i){let c=i.code;return c==="ENOENT"?void 0:n(c?`cannot read (${c})`:"not JSON")}let r=o;return r?.schemaVersion!==1||!Array.isArray(r.services)||typeof r.generatedAt!="string"?n("not a fleet.json of this version"):(r.services=r.services.filter(i=>typeof i?.repository=="string"&&typeof i.path=="string"&&Array.isArray(i.trend)),r)}async function be(t,e){return await t.paginate("GET /orgs/{org}/repos",{org:e,type:"all",per_page:100})}function vt(t,e){let n=i=>({filter:i,reason:i});if(t.archived&&!e.includeArchived)return n("archived");if(t.disabled)return n("disabled");if(t.fork&&!e.includeForks)return n("fork");if(t.size===0)return n("empty");let o=t.topics??[],r=e.topics.find(i=>!o.includes(i));if(r)return{filter:"topic",reason:`topic ${r} missing`};if(e.language&&(t.language??"").toLowerCase()!==e.language.toLowerCase())return{filter:"language",reason:`language ${t.language??"none"}`};if(e.name&&!e.name.test(t.name))return n("name")}function $e(t,e,n){let o=[],r=[];for(let a of[...t].sort((s,m)=>s.full_name.localeCompare(m.full_name))){let s=vt(a,e);s?r.push({repository:a.full_name,...s}):o.push(a.full_name)}let i=Math.max(n,Math.ceil(o.length/256)),c=[];for(let a=0;a<o.length;a+=i)c.push(o.slice(a,a+i));return{chunks:c,repositories:o,skipped:r}}import{spawn as bt}from"node:child_process";import{mkdtemp as $t,rm as St,writeFile as Fe}from"node:fs/promises";import Ft from"node:os";import M from"node:path";async function ke(t,e){let n=0;for(let o of t){let r=M.join(e.out,`${o.replace("/","__")}.json`);try{await kt(o,r,e),e.log(`${o}: scanned`)}catch(i){n++;let c=Et(i);e.log(`${o}: failed: ${c}`),await Fe(r,JSON.stringify({failure:{repository:o,message:c}})+`
`)}}return{scanned:t.length-n,failed:n}}async function kt(t,e,n){let[o,r]=t.split("/"),{data:i}=await n.client.request("GET /repos/{owner}/{repo}/commits/{ref}",{owner:o,repo:r,ref:"HEAD"}),{data:c}=await n.client.request("GET /repos/{owner}/{repo}/tarball/{ref}",{owner:o,repo:r,ref:i.sha}),a=await $t(M.join(Ft.tmpdir(),"bf-scan-"));try{await Se("tar",["-xzf","-","-C",a,"--strip-components=1","--no-same-owner","--no-same-permissions"],{input:Buffer.from(c)});let s=[n.cli,a,"--format","json","-q","--fail-on","never","--repository",t],{BACKEND_FIT_TOKEN:m,GITHUB_TOKEN:l,GH_TOKEN:f,...p}=n.env,u=JSON.parse(await Se(process.execPath,s,{env:p}));u.repository={...u.repository,name:t,commit:i.sha,...i.commit.committer?.date?{date:i.commit.committer.date}:{}},await Fe(e,JSON.stringify(u,null,2)+`
`)}finally{await St(a,{recursive:!0,force:!0})}}function Se(t,e,n){return new Promise((o,r)=>{let i=bt(t,e,{stdio:["pipe","pipe","pipe"],env:n.env??process.env}),c=[],a="";i.stdout.on("data",s=>c.push(s)),i.stderr.on("data",s=>a=(a+String(s)).slice(-2e3)),i.on("error",s=>r(new Error(`${t}: ${s.message}`))),i.on("close",s=>{s===0||s===1&&t===process.execPath?o(Buffer.concat(c).toString("utf8")):r(new Error(`${M.basename(t)} exited ${s}: ${a.trim().split(`
`).pop()??""}`))}),i.stdin.on("error",()=>{}),i.stdin.end(n.input)})}function Et(t){let e=t;return typeof e.status=="number"?`the API answered ${e.status}${e.response?.data?.message?`: ${e.response.data.message}`:""}`:(e.message??String(t)).split(`
`)[0]}var Ee=`Usage: backend-fit fleet <reports or folders...> [options]

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

Exit codes: 0 built, 2 usage error or the output could not be written.`;function xe(t){let{values:e,positionals:n}=K("fleet",t,{out:{type:"string",short:"o"},previous:{type:"string"},"server-url":{type:"string"},quiet:{type:"boolean",short:"q"},help:{type:"boolean",short:"h"}});if(!e.help&&n.length===0)throw new g("fleet: name at least one report or folder of reports (see fleet --help)");return{sources:n,out:String(e.out??"fleet"),previous:e.previous,serverUrl:e["server-url"],quiet:e.quiet===!0,help:e.help===!0}}var Oe=`Usage: backend-fit fleet-list --org <org> [options]

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
  -h, --help                show this help`;function _e(t){let{values:e}=K("fleet-list",t,{org:{type:"string"},topic:{type:"string",multiple:!0},language:{type:"string"},"include-archived":{type:"boolean"},"include-forks":{type:"boolean"},name:{type:"string"},"chunk-size":{type:"string"},output:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),n=e.help===!0;if(!n&&!e.org)throw new g("fleet-list: --org is required (see fleet-list --help)");let o=Number(e["chunk-size"]??10);if(!Number.isInteger(o)||o<1)throw new g(`fleet-list: --chunk-size must be a whole number above 0 (got "${e["chunk-size"]}")`);let r;if(typeof e.name=="string")try{r=new RegExp(e.name)}catch{throw new g(`fleet-list: --name is not a regular expression: ${e.name}`)}return{org:String(e.org??""),topics:e.topic??[],language:e.language,includeArchived:e["include-archived"]===!0,includeForks:e["include-forks"]===!0,name:r,chunkSize:o,output:String(e.output??"repositories.json"),help:n}}var Te=`Usage: backend-fit fleet-scan <owner/name...> [--out DIR]

Scans each repository's default branch (downloaded through the API as a tarball, no history)
and writes DIR/owner__name.json. A repository that cannot be read or scanned is written as a
failure record that backend-fit fleet lists; the others go on. Exit 0 unless called wrongly.

Options:
  -o, --out <dir>   where the reports go (default: reports)
  -h, --help        show this help`;function Ae(t){let{values:e,positionals:n}=K("fleet-scan",t,{out:{type:"string",short:"o"},help:{type:"boolean",short:"h"}}),o=e.help===!0,r=n.map(C).find(Boolean);if(r)throw new g(`fleet-scan: ${r}`);return{repositories:n,out:String(e.out??"reports"),help:o}}function K(t,e,n){return F(e,n,`${t} --help`,`${t}: `)}var Re=new Set(["fleet","fleet-list","fleet-scan"]);async function Ne(t,e){let[n,...o]=t;return n==="fleet-list"?At(o,e):n==="fleet-scan"?Rt(o,e):Tt(o,e)}async function Tt(t,e){let n=xe(t);if(n.help)return e.stdout.write(Ee+`
`),0;let o=n.serverUrl??(e.env.GITHUB_SERVER_URL||void 0),r;try{r=await ve({sources:n.sources,out:n.out,previous:n.previous,serverUrl:o})}catch(s){let m=s;if(m.code&&m.path)return e.stderr.write(`backend-fit: fleet: cannot write ${m.path}: ${m.code}
`),2;throw s}let{fleet:i,files:c}=r;if(r.previousMissing&&!n.quiet&&e.stderr.write(`note: ${n.previous}: no previous fleet.json there (a first run?): nothing compared
`),!n.quiet)for(let s of i.problems)e.stderr.write(`warning: ${s.kind}: ${s.message}
`);let{counts:a}=i;return e.stdout.write(`${a.services} services in ${a.repositories} repositories (${a.byVerdict.mismatch} mismatch, ${a.byVerdict.review} review)${i.problems.length?`; ${i.problems.length} reports not used`:""}: ${c.join(", ")}
`),0}function Pe(t){let e=t.BACKEND_FIT_TOKEN||t.GITHUB_TOKEN||t.GH_TOKEN;if(!e)throw new g("no token: set BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN to one that can read the repositories");return e}async function At(t,e){let n=_e(t);if(n.help)return e.stdout.write(Oe+`
`),0;let o=D(Pe(e.env),e.env,a=>e.stderr.write(`${a}
`)),r;try{r=await be(o,n.org)}catch(a){let s=a;return e.stderr.write(`backend-fit: fleet-list: cannot list ${n.org}'s repositories: ${s.status?`the API answered ${s.status}: `:""}${s.message.split(`
`)[0]}
`),2}let i=$e(r,n,n.chunkSize);await _t(n.output,JSON.stringify({organisation:n.org,...i},null,2)+`
`),e.env.GITHUB_OUTPUT&&await xt(e.env.GITHUB_OUTPUT,`chunks=${JSON.stringify(i.chunks)}
count=${i.repositories.length}
`);let c=new Map;for(let a of i.skipped)c.set(a.filter,(c.get(a.filter)??0)+1);return e.stdout.write(`${i.repositories.length} repositories of ${n.org} in ${i.chunks.length} chunks${i.skipped.length?`; ${i.skipped.length} left out (${[...c].map(([a,s])=>`${a} ${s}`).join(", ")})`:""}: ${n.output}
`),0}async function Rt(t,e){let n=Ae(t);if(n.help)return e.stdout.write(Te+`
`),0;let o=D(Pe(e.env),e.env,i=>e.stderr.write(`${i}
`));await Ot(n.out,{recursive:!0});let r=await ke(n.repositories,{client:o,out:n.out,cli:process.argv[1],env:e.env,log:i=>e.stdout.write(`${i}
`)});return e.stdout.write(`${r.scanned} scanned, ${r.failed} failed: ${n.out}
`),0}import{stat as Pt,writeFile as Ct}from"node:fs/promises";var Ce=`Usage: backend-fit history [path] [options]

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
  -c, --config <file>    config file, as for a scan (default ${$})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`,Nt={since:{type:"string"},points:{type:"string"},every:{type:"string"},"place-all":{type:"boolean"},format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},help:{type:"boolean",short:"h"}};function Ie(t,e){let{values:n,positionals:o}=F(t,Nt,"history --help");if(o.length>1)throw new g(`history: expected one path, got ${o.join(" ")}`);let r=x("history --format",n.format??"text",re);if(n.points!==void 0&&n.every!==void 0)throw new g("give --points or --every, not both");let i={points:12};if(n.points!==void 0){let a=Number(n.points);if(!Number.isInteger(a)||a<1||a>1e3)throw new g(`--points must be a whole number from 1 to 1000 (got "${n.points}")`);i={points:a}}if(n.every!==void 0){let a=oe(n.every);if(a===void 0)throw new g(`--every must be a span such as 30d, 2w or 1m (got "${n.every}")`);i={every:a}}let c;if(n.since!==void 0&&(c=ie(n.since,e),!c))throw new g(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${n.since}")`);return{root:o[0]??".",format:r,output:n.output,config:n.config??$,configExplicit:n.config!==void 0,...c?{since:c}:{},sampling:i,placeAll:n["place-all"]??!1,help:n.help??!1}}async function Le(t,e,n={}){let o=n.now??new Date,r=Ie(t,o);if(r.help)return e.stdout.write(Ce+`
`),0;let i=l=>(e.stderr.write(`backend-fit: ${l}
`),2);if(!(await Pt(r.root).catch(()=>{}))?.isDirectory())return i(`${r.root}: not a folder (give the path of a repository)`);let a=await P({root:r.root,configFile:r.config,explicit:r.configExplicit,overrides:{},defaultFailOn:"never"}),s;try{s=await te({root:r.root,settings:a,sampling:r.sampling,now:o,...r.placeAll?{maxProbes:ee}:{},...r.since?{since:r.since}:{},...n.readWorker?{readWorker:n.readWorker}:{}})}catch(l){if(l instanceof q)return i(`${r.root}: ${l.message} (history needs a git repository)`);throw l}let m=ne(s,r.format);if(r.output){let l=await Ct(r.output,m).catch(f=>f);if(l instanceof Error)return i(`cannot write ${r.output}: ${l.code??l.message}`)}else e.stdout.write(m);return 0}async function je(t,e,n={}){let o=(r,i=2)=>(e.stderr.write(`backend-fit: ${r}
`),i);try{if(Re.has(t[0]??""))return await Ne(t,e);if(t[0]==="history")return await Le(t.slice(1),e,n);let r=ce(t);if(r.help)return e.stdout.write(ae+`
`),0;if(r.version)return e.stdout.write(N+`
`),0;if(!(await It(r.root).catch(()=>{}))?.isDirectory())return o(`${r.root}: not a folder (give the path of a repository)`);let c=r.base===void 0?void 0:await W(r.root,r.base);if(c)return o(c);let a=await P({root:r.root,configFile:r.config,explicit:r.configExplicit,overrides:{failOn:r.failOn},defaultFailOn:"never"}),s=le(e.stderr,!r.quiet&&e.stderr.isTTY===!0),m=await z({root:r.root,settings:a,baseRef:r.base,onProgress:(p,u)=>s.update(p,u),...n});s.done(),r.repository&&(m.repository=await Z(r.root,r.repository,e.env));let l=r.format==="text"&&!r.output&&jt(r.color,e),f=Q(m,r.format,{color:l});if(r.output){let p=await Lt(r.output,f).catch(u=>u);if(p instanceof Error)return o(`cannot write ${r.output}: ${p.code??p.message}`)}else e.stdout.write(f);if(!r.quiet&&r.format!=="text")for(let p of m.warnings)e.stderr.write(`warning: ${p.file?`${p.file}: `:""}${p.message}
`);return m.policy.failed?1:0}catch(r){if(r instanceof g||r instanceof Y)return o(r.message);let i=r instanceof Error?r.message:String(r);return e.env.BACKEND_FIT_DEBUG&&r instanceof Error&&e.stderr.write(`${r.stack}
`),o(`unexpected error: ${i.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function jt(t,e){return t!==void 0?t:e.env.NO_COLOR?!1:e.env.FORCE_COLOR&&e.env.FORCE_COLOR!=="0"?!0:e.stdout.isTTY===!0}var Ht=new URL("./read-worker.js",import.meta.url);se(await je(process.argv.slice(2),process,{readWorker:Ht}));
