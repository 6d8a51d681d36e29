import { parseDocument, LineCounter, isMap, isSeq, isScalar, isAlias, isPair } from "yaml";
let t=performance.now();
const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`;
let d = parseDocument(bomb);
console.log(d.errors.length, performance.now()-t);
try { d.toJS({maxAliasCount: 100}); } catch(e) { console.log("toJS err", e.message, performance.now()-t); }
t=performance.now();
const deep = "a: " + "[".repeat(100000) + "]".repeat(100000);
try { d = parseDocument(deep); console.log("deep errors", d.errors.length, d.errors[0]?.message, performance.now()-t);} catch(e){console.log("deep throw", e.message, performance.now()-t)}
t=performance.now();
let deep2 = ""; for (let i=0;i<5000;i++) deep2 += " ".repeat(i)+"k:\n";
try { d = parseDocument(deep2); console.log("deep2 errors", d.errors.length, performance.now()-t); try{d.toJS()}catch(e){console.log("toJS", e.message)} } catch(e){console.log("deep2 throw", e.message, performance.now()-t)}
t=performance.now();
const big = "services:\n" + Array.from({length: 200000}, (_, i) => `  s${i}:\n    image: nginx:1.${i}\n`).join("");
console.log(big.length);
d = parseDocument(big); console.log("big", d.errors.length, performance.now()-t);
d = parseDocument("services:\n  web:\n    image: x\n    image: y\nversion: 3\n\tbad", {prettyErrors:false});
console.log(d.errors.map(e=>[e.code,e.message,e.pos]), d.warnings.map(e=>[e.code,e.message,e.pos]));
