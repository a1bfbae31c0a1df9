//! iCalendar (RFC 5545): a service's sessions as recurring events in Europe/London, so people can add them to
//! their phone's calendar. Bank holidays a session skips are written as exceptions for the coming year.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use kith_core::directory::{BankHolidays, Recurrence, Schedule, weekday_code};

/// What a calendar needs to say about the service.
pub struct CalendarService<'a> {
    pub id: String,
    pub name: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    pub schedules: &'a [Schedule],
}

/// Escapes text as RFC 5545 asks: backslashes, semicolons, commas and new lines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// Opens a calendar with Europe/London's time zone, which recurring local times name.
fn begin(out: &mut String, product: &str) {
    push_line(out, "BEGIN:VCALENDAR");
    push_line(out, "VERSION:2.0");
    push_line(out, &format!("PRODID:{product}"));
    for line in [
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ] {
        push_line(out, line);
    }
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// The rule for a schedule, if it repeats.
fn rrule(s: &Schedule) -> Option<String> {
    let until = s.valid_to.map(|to| format!(";UNTIL={}", to.format("%Y%m%dT235959")));
    let until = until.unwrap_or_default();
    match &s.recurrence {
        Recurrence::Weekly { days, interval } => {
            let days: Vec<&str> = days.iter().map(|d| weekday_code(*d)).collect();
            Some(format!("FREQ=WEEKLY;INTERVAL={interval};BYDAY={}{until}", days.join(",")))
        }
        Recurrence::Monthly { ordinal, day } => {
            Some(format!("FREQ=MONTHLY;BYDAY={ordinal}{}{until}", weekday_code(*day)))
        }
        Recurrence::Once { .. } => None,
    }
}

/// The first date a schedule could run, for DTSTART: its first date, or the first matching day from `today`.
fn first_date(s: &Schedule, today: NaiveDate) -> NaiveDate {
    match &s.recurrence {
        Recurrence::Once { date } => *date,
        _ => {
            let from = s.valid_from.unwrap_or(today);
            let any_day = BankHolidays::default();
            let mut d = from;
            for _ in 0..400 {
                if s.runs_on(d, &any_day) {
                    return d;
                }
                d = d.succ_opt().unwrap_or(d);
            }
            from
        }
    }
}

/// One meeting, at a fixed time.
pub struct Meeting<'a> {
    /// Unique for all time (a record's id).
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    /// When the record last changed, so calendars pick up a change.
    pub changed_at: DateTime<Utc>,
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A feed of meetings (a ward's forums), named for calendar apps by `name`.
pub fn meetings(name: &str, events: &[Meeting], now: DateTime<Utc>) -> String {
    personal(name, events, &[], now)
}

/// Something due on a day (a case's resolve date), as an all-day event.
pub struct Deadline<'a> {
    pub uid: String,
    pub title: &'a str,
    pub url: &'a str,
    pub on: NaiveDate,
    pub changed_at: DateTime<Utc>,
}

/// A calendar of meetings and of days things are due, named for calendar apps by `name`.
pub fn personal(name: &str, events: &[Meeting], deadlines: &[Deadline], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    begin(&mut out, "-//Kith//Forums//EN");
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    let stamp = utc(now);
    for e in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}@kith", e.uid));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("LAST-MODIFIED:{}", utc(e.changed_at)));
        push_line(&mut out, &format!("DTSTART:{}", utc(e.starts_at)));
        push_line(&mut out, &format!("DTEND:{}", utc(e.ends_at)));
        push_line(&mut out, &format!("SUMMARY:{}", escape(e.title)));
        if !e.description.is_empty() {
            push_line(&mut out, &format!("DESCRIPTION:{}", escape(e.description)));
        }
        if !e.location.is_empty() {
            push_line(&mut out, &format!("LOCATION:{}", escape(e.location)));
        }
        if !e.url.is_empty() {
            push_line(&mut out, &format!("URL:{}", e.url));
        }
        push_line(&mut out, if e.cancelled { "STATUS:CANCELLED" } else { "STATUS:CONFIRMED" });
        push_line(&mut out, "END:VEVENT");
    }
    for d in deadlines {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}@kith", d.uid));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("LAST-MODIFIED:{}", utc(d.changed_at)));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", d.on.format("%Y%m%d")));
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", (d.on + Duration::days(1)).format("%Y%m%d")));
        push_line(&mut out, &format!("SUMMARY:{}", escape(d.title)));
        if !d.url.is_empty() {
            push_line(&mut out, &format!("URL:{}", d.url));
        }
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A calendar of the service's sessions. `now` stamps it; exceptions cover bank holidays in the year from `now`.
pub fn calendar(service: &CalendarService, holidays: &BankHolidays, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    begin(&mut out, "-//Kith//Directory//EN");
    let today = now.date_naive();
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for s in service.schedules {
        let start = first_date(s, today);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}-{}@kith", service.id, s.id));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;TZID=Europe/London:{}", local(start.and_time(s.opens))));
        push_line(&mut out, &format!("DTEND;TZID=Europe/London:{}", local(start.and_time(s.closes))));
        if let Some(rule) = rrule(s) {
            push_line(&mut out, &format!("RRULE:{rule}"));
            if s.not_on_bank_holidays {
                let horizon = today + Duration::days(366);
                let mut d = today.max(start);
                let any_day = BankHolidays::default();
                while d <= horizon {
                    if holidays.contains(d) && s.runs_on(d, &any_day) {
                        push_line(&mut out, &format!("EXDATE;TZID=Europe/London:{}", local(d.and_time(s.opens))));
                    }
                    d = d.succ_opt().unwrap_or(horizon + Duration::days(1));
                }
            }
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(service.name)));
        let mut description = service.description.to_owned();
        if !s.note.is_empty() {
            description = format!("{}\n\n{description}", s.note);
        }
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        if !service.location.is_empty() {
            push_line(&mut out, &format!("LOCATION:{}", escape(service.location)));
        }
        if !service.url.is_empty() {
            push_line(&mut out, &format!("URL:{}", service.url));
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveTime, TimeZone, Weekday};
    use uuid::Uuid;

    use super::*;

    fn schedule() -> Schedule {
        Schedule {
            id: Uuid::from_u128(7),
            recurrence: Recurrence::Weekly { days: vec![Weekday::Mon], interval: 1 },
            opens: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            closes: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            valid_from: None,
            valid_to: None,
            not_on_bank_holidays: true,
            note: String::new(),
        }
    }

    #[test]
    fn a_weekly_session_is_a_recurring_event_that_skips_bank_holidays() {
        let holidays = BankHolidays::new([NaiveDate::from_ymd_opt(2026, 4, 6).unwrap()]);
        let schedules = [schedule()];
        let service = CalendarService {
            id: "s1".into(),
            name: "Lunch club, Sparkhill; all welcome",
            description: "Hot meals",
            location: "Sparkhill Library",
            url: "http://127.0.0.1/directory/services/s1",
            schedules: &schedules,
        };
        let ics = calendar(&service, &holidays, Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/London:20260302T100000\r\n"), "{ics}");
        assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO\r\n"));
        assert!(ics.contains("EXDATE;TZID=Europe/London:20260406T100000\r\n"), "Easter Monday is skipped");
        assert!(ics.contains("SUMMARY:Lunch club\\, Sparkhill\\; all welcome\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 76), "lines are folded");
    }

    #[test]
    fn meetings_are_fixed_events_and_a_cancelled_one_says_so() {
        let at = Utc.with_ymd_and_hms(2027, 1, 12, 18, 30, 0).unwrap();
        let events = [Meeting {
            uid: "forum-1".into(),
            title: "Ladywood ward forum",
            description: "Agenda: street lighting",
            location: "Ladywood Community Centre, 1 Ledsam Street",
            url: "http://127.0.0.1/wards/E05011151/forums/1",
            starts_at: at,
            ends_at: at + Duration::hours(2),
            cancelled: true,
            changed_at: at - Duration::days(3),
        }];
        let ics = meetings("Ladywood forums", &events, at - Duration::days(1));
        assert!(ics.contains("DTSTART:20270112T183000Z\r\n"), "{ics}");
        assert!(ics.contains("DTEND:20270112T203000Z\r\n"));
        assert!(ics.contains("X-WR-CALNAME:Ladywood forums\r\n"));
        assert!(ics.contains("LOCATION:Ladywood Community Centre\\, 1 Ledsam Street\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.trim_end().ends_with("END:VCALENDAR"));
    }
}
