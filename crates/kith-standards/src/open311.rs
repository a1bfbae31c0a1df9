//! Open311 GeoReport v2: the service list, service requests and errors, in the standard's JSON and XML. This module
//! only maps and writes; what a request may hold and who may post one is decided in `kith-app`.

use chrono::{DateTime, SecondsFormat, Utc};
use schemars::JsonSchema;
use serde::Serialize;

/// A service one can report (a category of service request).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Service {
    pub service_code: String,
    pub service_name: String,
    pub description: String,
    /// Whether the service has attributes to ask for (its definition lists them).
    pub metadata: bool,
    /// `realtime`: a request is acknowledged as it is made.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub keywords: String,
    pub group: String,
}

/// A service request as the standard reports it. Never the reporter's personal details.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Request {
    pub service_request_id: String,
    /// `open` or `closed`.
    pub status: &'static str,
    pub status_notes: String,
    pub service_name: String,
    pub service_code: String,
    pub description: String,
    pub agency_responsible: String,
    pub service_notice: String,
    pub requested_datetime: String,
    pub updated_datetime: String,
    pub expected_datetime: Option<String>,
    pub address: String,
    pub address_id: String,
    pub zipcode: String,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub media_url: String,
}

/// The answer to a posted request.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Posted {
    pub service_request_id: String,
    pub service_notice: String,
    pub account_id: Option<String>,
}

/// An error as the standard writes it (named apart from Kith's own error in the OpenAPI document).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(rename = "Open311Error")]
pub struct Error {
    pub code: u16,
    pub description: String,
}

/// A service's definition: the questions (attributes) a request of it answers.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Definition {
    pub service_code: String,
    pub attributes: Vec<DefinitionAttribute>,
}

/// One attribute of a service definition, with the standard's field names.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DefinitionAttribute {
    /// `true`: the client asks it of the person reporting.
    pub variable: bool,
    pub code: String,
    pub datatype: &'static str,
    pub required: bool,
    pub datatype_description: String,
    pub order: u32,
    pub description: String,
    pub values: Vec<AttributeValue>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AttributeValue {
    pub key: String,
    pub name: String,
}

/// A service definition as the standard's XML writes it (its attributes and values nested).
pub fn definition_xml(d: &Definition) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_definition>");
    out.push_str(&format!("<service_code>{}</service_code><attributes>", escape(&d.service_code)));
    for a in &d.attributes {
        out.push_str(&format!(
            "<attribute><variable>{}</variable><code>{}</code><datatype>{}</datatype><required>{}</required>\
             <datatype_description>{}</datatype_description><order>{}</order><description>{}</description><values>",
            a.variable,
            escape(&a.code),
            a.datatype,
            a.required,
            escape(&a.datatype_description),
            a.order,
            escape(&a.description)
        ));
        for v in &a.values {
            out.push_str(&format!("<value><key>{}</key><name>{}</name></value>", escape(&v.key), escape(&v.name)));
        }
        out.push_str("</values></attribute>");
    }
    out.push_str("</attributes></service_definition>\n");
    out
}

/// One update to a service request, as the service request updates extension (FixMyStreet's) reports it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Update {
    pub update_id: String,
    pub service_request_id: String,
    /// `open`, `in_progress`, `action_scheduled`, `fixed`, `closed`, `duplicate`, `not_councils_responsibility`,
    /// `no_further_action` (the extension's extended statuses).
    pub status: &'static str,
    pub updated_datetime: String,
    pub description: String,
    pub media_url: String,
    /// The case's own state, for clients that map it themselves.
    pub external_status_code: String,
}

impl XmlFields for Update {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("update_id", self.update_id.clone()),
            ("service_request_id", self.service_request_id.clone()),
            ("status", self.status.to_owned()),
            ("updated_datetime", self.updated_datetime.clone()),
            ("description", self.description.clone()),
            ("media_url", self.media_url.clone()),
            ("external_status_code", self.external_status_code.clone()),
        ]
    }
}

/// The answer to a posted update: the id the update was kept under.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct UpdatePosted {
    pub update_id: String,
}

impl XmlFields for UpdatePosted {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![("update_id", self.update_id.clone())]
    }
}

/// Time as the standard writes it: W3C, with the offset.
pub fn datetime(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Escapes text for an XML element or attribute.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A record as the standard's XML element lists it: its fields, in the standard's order, as text.
pub trait XmlFields {
    fn fields(&self) -> Vec<(&'static str, String)>;
}

fn text<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

impl XmlFields for Service {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("service_code", self.service_code.clone()),
            ("service_name", self.service_name.clone()),
            ("description", self.description.clone()),
            ("metadata", self.metadata.to_string()),
            ("type", self.kind.to_owned()),
            ("keywords", self.keywords.clone()),
            ("group", self.group.clone()),
        ]
    }
}

impl XmlFields for Request {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("service_request_id", self.service_request_id.clone()),
            ("status", self.status.to_owned()),
            ("status_notes", self.status_notes.clone()),
            ("service_name", self.service_name.clone()),
            ("service_code", self.service_code.clone()),
            ("description", self.description.clone()),
            ("agency_responsible", self.agency_responsible.clone()),
            ("service_notice", self.service_notice.clone()),
            ("requested_datetime", self.requested_datetime.clone()),
            ("updated_datetime", self.updated_datetime.clone()),
            ("expected_datetime", text(&self.expected_datetime)),
            ("address", self.address.clone()),
            ("address_id", self.address_id.clone()),
            ("zipcode", self.zipcode.clone()),
            ("lat", text(&self.lat)),
            ("long", text(&self.long)),
            ("media_url", self.media_url.clone()),
        ]
    }
}

impl XmlFields for Posted {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("service_request_id", self.service_request_id.clone()),
            ("service_notice", self.service_notice.clone()),
            ("account_id", text(&self.account_id)),
        ]
    }
}

impl XmlFields for Error {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![("code", self.code.to_string()), ("description", self.description.clone())]
    }
}

/// Writes a list as the standard's XML: a root element of items whose fields are elements.
pub fn xml<T: XmlFields>(root: &str, item: &str, items: &[T]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<{root}>"));
    for it in items {
        out.push_str(&format!("<{item}>"));
        for (name, value) in it.fields() {
            out.push_str(&format!("<{name}>{}</{name}>", escape(&value)));
        }
        out.push_str(&format!("</{item}>"));
    }
    out.push_str(&format!("</{root}>\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_definition_nests_its_attributes_and_their_values() {
        let d = Definition {
            service_code: "fly_tipping".into(),
            attributes: vec![DefinitionAttribute {
                variable: true,
                code: "what".into(),
                datatype: "singlevaluelist",
                required: true,
                datatype_description: String::new(),
                order: 1,
                description: "What & where?".into(),
                values: vec![AttributeValue { key: "tyres".into(), name: "Tyres".into() }],
            }],
        };
        let xml = definition_xml(&d);
        assert!(xml.contains("<attributes><attribute><variable>true</variable><code>what</code>"), "{xml}");
        assert!(xml.contains("<description>What &amp; where?</description><values><value><key>tyres</key>"), "{xml}");
    }

    #[test]
    fn xml_escapes_what_it_must_and_drops_what_it_cannot_carry() {
        let errors = [Error { code: 400, description: "<b>&'\"\u{1}".into() }];
        assert_eq!(
            xml("errors", "error", &errors),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors><error><code>400</code><description>&lt;b&gt;&amp;&apos;&quot;</description></error></errors>\n"
        );
    }
}
