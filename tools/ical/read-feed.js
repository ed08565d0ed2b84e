// Reads an iCalendar stream on standard input with ical.js and prints, as JSON, what a calendar
// client would take from it: the calendar's name and, for each event, its identity, state, times
// (resolved to UTC through the feed's own VTIMEZONE) and reminders. A stream ical.js cannot parse
// exits with status 1 and the parser's message. Used by the tests of the feeds.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(0, 'utf8');
let root;
try {
  root = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  console.error(`ical.js: ${e.message}`);
  process.exit(1);
}

for (const zone of root.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}

const time = (t) => t && {
  value: t.toString(),
  isDate: t.isDate,
  zone: t.timezone ?? t.zone?.tzid ?? null,
  utc: t.isDate ? null : t.toJSDate().toISOString(),
};

const events = root.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: component.getFirstPropertyValue('status'),
    summary: event.summary,
    description: event.description,
    url: component.getFirstPropertyValue('url'),
    categories: component.getAllProperties('categories').flatMap((p) => p.getValues()),
    start: time(event.startDate),
    end: time(event.endDate),
    alarms: component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      const at = event.startDate.clone();
      at.isDate = false; // a reminder of an all-day event rings at an hour of a day
      at.addDuration(trigger);
      return {
        action: alarm.getFirstPropertyValue('action'),
        trigger: trigger.toString(),
        local: at.toString(),
      };
    }),
  };
});

process.stdout.write(JSON.stringify({
  name: root.getFirstPropertyValue('x-wr-calname'),
  timezones: root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
  events,
}));
