import ICAL from "ical.js";
const lines = ["BEGIN:VCALENDAR","VERSION:2.0","PRODID:-//x//y//EN"];
for (let i=0;i<2000;i++){
  const d = new Date(Date.UTC(2026,0,1)+i*3600000*5);
  const f = (x)=>x.toISOString().replace(/[-:]/g,"").replace(/\.\d+/,"");
  lines.push("BEGIN:VEVENT",`UID:ev${i}@example.com`,`DTSTAMP:20261201T000000Z`,`DTSTART:${f(d)}`,`DTEND:${f(new Date(d.getTime()+3600000))}`,`SUMMARY:Event number ${i}`,`DESCRIPTION:Some description text for event ${i} that is a bit long`,"END:VEVENT");
}
lines.push("END:VCALENDAR");
const text = lines.join("\r\n");
const jcal = ICAL.parse(text);
let t=performance.now();
const comp = new ICAL.Component(jcal);
const evs = comp.getAllSubcomponents("vevent");
console.log("getAll ms", performance.now()-t);
t=performance.now();
const es = evs.map(v=>new ICAL.Event(v));
console.log("new Event ms", performance.now()-t);
t=performance.now();
es.forEach(e=>e.startDate);
console.log("startDate ms", performance.now()-t);
t=performance.now();
es.forEach(e=>e.startDate.toJSDate());
console.log("toJSDate ms", performance.now()-t);
t=performance.now();
es.forEach(e=>e.endDate);
console.log("end ms", performance.now()-t);
t=performance.now();
// raw jcal access
for (const v of jcal[2]) { if (v[0]!=="vevent") continue; const p = v[1].find(p=>p[0]==="dtstart"); }
console.log("raw ms", performance.now()-t);
t=performance.now();
for (const v of jcal[2]) { const c = new ICAL.Component(v); const e = new ICAL.Event(c); e.startDate.toJSDate(); e.endDate; e.summary; }
console.log("detached ms", performance.now()-t);
