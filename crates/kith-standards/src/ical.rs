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

/// A calendar of the service's sessions. `now` stamps it; exceptions cover bank holidays in the year from `now`.
pub fn calendar(service: &CalendarService, holidays: &BankHolidays, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kith//Directory//EN",
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
        push_line(&mut out, line);
    }
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
}
