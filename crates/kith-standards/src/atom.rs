//! Atom (RFC 4287): feeds people follow without an account, such as a ward's forum decisions and new priorities,
//! or the directory's changes in a ward. This module only writes; what goes in a feed is decided in `kith-app`.

use chrono::{DateTime, SecondsFormat, Utc};

use crate::open311::escape;

/// A feed: its permanent id (a URL), its title, its page and its own address, when it last changed, who publishes it.
pub struct Feed<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The page the feed follows (`rel="alternate"`).
    pub page: &'a str,
    /// The feed's own address (`rel="self"`).
    pub address: &'a str,
    pub author: &'a str,
    pub entries: &'a [Entry],
    /// When the feed changed if it has no entries (the entries' latest otherwise).
    pub empty_since: DateTime<Utc>,
}

/// One entry, with a permanent id (a URN or URL), its page and when it last changed.
pub struct Entry {
    pub id: String,
    pub title: String,
    pub link: String,
    pub updated: DateTime<Utc>,
    pub summary: String,
    /// A category (`adopted`, `proposed`) for readers that filter.
    pub category: String,
}

fn date(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The feed as Atom XML.
pub fn feed(f: &Feed) -> String {
    let updated = f.entries.iter().map(|e| e.updated).max().unwrap_or(f.empty_since);
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out.push_str(&format!("  <id>{}</id>\n", escape(f.id)));
    out.push_str(&format!("  <title>{}</title>\n", escape(f.title)));
    out.push_str(&format!("  <updated>{}</updated>\n", date(updated)));
    out.push_str(&format!("  <author><name>{}</name></author>\n", escape(f.author)));
    out.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(f.page)));
    out.push_str(&format!("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", escape(f.address)));
    out.push_str("  <generator>Kith</generator>\n");
    for e in f.entries {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", escape(&e.id)));
        out.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", date(e.updated)));
        out.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&e.link)));
        if !e.category.is_empty() {
            out.push_str(&format!("    <category term=\"{}\"/>\n", escape(&e.category)));
        }
        if !e.summary.is_empty() {
            out.push_str(&format!("    <summary type=\"text\">{}</summary>\n", escape(&e.summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_without_entries_is_dated_by_when_it_was_last_empty() {
        let at = DateTime::parse_from_rfc3339("2026-03-02T09:00:00Z").unwrap().to_utc();
        let xml = feed(&Feed {
            id: "https://kith.example/wards/E05011151/priorities.atom",
            title: "Ladywood: priorities & decisions",
            page: "https://kith.example/wards/E05011151/priorities",
            address: "https://kith.example/wards/E05011151/priorities.atom",
            author: "Birmingham",
            entries: &[],
            empty_since: at,
        });
        assert!(xml.contains("<updated>2026-03-02T09:00:00Z</updated>"), "{xml}");
        assert!(xml.contains("<title>Ladywood: priorities &amp; decisions</title>"), "{xml}");
    }
}
