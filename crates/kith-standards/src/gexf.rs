//! GEXF 1.3 (gexf.net), the graph format Gephi and other network tools read: the stakeholder network's
//! organisations as nodes with their measures, and partnerships as undirected edges dated by when they ran.

use chrono::{DateTime, NaiveDate, Utc};

use crate::open311::escape;

/// An organisation in the network, with its measures.
pub struct Node {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub ward: String,
    pub degree: usize,
    pub betweenness: f64,
    /// How many separate pieces its part of the network would fall into without it, beyond its own.
    pub bridging: u32,
}

/// A partnership between two organisations.
pub struct Edge {
    pub id: String,
    pub source: String,
    pub target: String,
    pub kind: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub note: String,
}

/// The network as a GEXF document. Edges carry their dates, so tools can replay the network over time.
pub fn network(description: &str, nodes: &[Node], edges: &[Edge], now: DateTime<Utc>) -> String {
    let mut out = String::with_capacity(256 + nodes.len() * 300 + edges.len() * 160);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    out.push_str(&format!(
        "  <meta lastmodifieddate=\"{}\">\n    <creator>Kith</creator>\n    <description>{}</description>\n  </meta>\n",
        now.format("%Y-%m-%d"),
        escape(description)
    ));
    out.push_str("  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\">\n");
    out.push_str(concat!(
        "    <attributes class=\"node\" mode=\"static\">\n",
        "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n",
        "      <attribute id=\"ward\" title=\"ward\" type=\"string\"/>\n",
        "      <attribute id=\"degree\" title=\"partnerships\" type=\"integer\"/>\n",
        "      <attribute id=\"betweenness\" title=\"betweenness\" type=\"double\"/>\n",
        "      <attribute id=\"bridging\" title=\"groups it holds together\" type=\"integer\"/>\n",
        "    </attributes>\n",
        "    <attributes class=\"edge\" mode=\"static\">\n",
        "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n",
        "      <attribute id=\"note\" title=\"what they do together\" type=\"string\"/>\n",
        "    </attributes>\n",
        "    <nodes>\n"
    ));
    for n in nodes {
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"ward\" value=\"{}\"/><attvalue for=\"degree\" value=\"{}\"/><attvalue for=\"betweenness\" value=\"{:.6}\"/><attvalue for=\"bridging\" value=\"{}\"/></attvalues></node>\n",
            escape(&n.id),
            escape(&n.label),
            escape(&n.kind),
            escape(&n.ward),
            n.degree,
            n.betweenness,
            n.bridging
        ));
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for e in edges {
        let mut dates = String::new();
        if let Some(start) = e.start {
            dates.push_str(&format!(" start=\"{start}\""));
        }
        if let Some(end) = e.end {
            dates.push_str(&format!(" end=\"{end}\""));
        }
        out.push_str(&format!(
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\"{dates}><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"note\" value=\"{}\"/></attvalues></edge>\n",
            escape(&e.id),
            escape(&e.source),
            escape(&e.target),
            escape(&e.kind),
            escape(&e.note)
        ));
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_network_is_written_with_its_measures_and_dates() {
        let nodes = [
            Node {
                id: "a".into(),
                label: "Ladywood Food & Friends".into(),
                kind: "community group".into(),
                ward: "Ladywood".into(),
                degree: 1,
                betweenness: 0.0,
                bridging: 0,
            },
            Node {
                id: "b".into(),
                label: "West Midlands Police".into(),
                kind: "police".into(),
                ward: String::new(),
                degree: 1,
                betweenness: 0.5,
                bridging: 1,
            },
        ];
        let edges = [Edge {
            id: "e".into(),
            source: "a".into(),
            target: "b".into(),
            kind: "delivery".into(),
            start: NaiveDate::from_ymd_opt(2026, 4, 1),
            end: None,
            note: "Safety talks \"at lunch\"".into(),
        }];
        let xml = network("Ladywood", &nodes, &edges, Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap());
        assert!(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">"));
        assert!(xml.contains("label=\"Ladywood Food &amp; Friends\""));
        assert!(xml.contains("<edge id=\"e\" source=\"a\" target=\"b\" start=\"2026-04-01\">"));
        assert!(xml.contains("value=\"Safety talks &quot;at lunch&quot;\""));
        assert!(xml.contains("<attvalue for=\"betweenness\" value=\"0.500000\"/>"));
        assert_eq!(xml.matches("<node ").count(), 2);
    }
}
