// Reads an .ics or .vcf file with Mozilla's ical.js (Thunderbird's parser) and prints JSON:
// each event's UID with its start and end as UTC instants, or each card's text fields.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [path] = process.argv.slice(2);
const text = readFileSync(path, "utf8");

function utc(time) {
  // toUnixTime() uses the time's own zone (registered below from the file's VTIMEZONEs).
  return time ? new Date(time.toUnixTime() * 1000).toISOString() : null;
}

function events(jcal) {
  const calendar = new ICAL.Component(jcal);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const timed = !event.startDate.isDate;
    return {
      uid: event.uid,
      start: timed ? utc(event.startDate) : event.startDate.toString(),
      end: component.hasProperty("dtend") && timed ? utc(event.endDate) : null,
    };
  });
}

function values(card, name) {
  return card.getAllProperties(name).map((p) => {
    const value = p.getValues();
    return value.length === 1 ? value[0] : value;
  });
}

function cards(parsed) {
  const list = typeof parsed[0] === "string" ? [parsed] : parsed;
  return list.map((jcard) => {
    const card = new ICAL.Component(jcard);
    return {
      fn: values(card, "fn"),
      n: values(card, "n"),
      note: values(card, "note"),
      org: values(card, "org"),
      nickname: values(card, "nickname"),
      tel: values(card, "tel"),
      email: values(card, "email"),
    };
  });
}

const parsed = ICAL.parse(text);
const out = path.endsWith(".vcf") ? cards(parsed) : events(parsed);
process.stdout.write(JSON.stringify(out));
