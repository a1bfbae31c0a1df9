//! The OpenAPI 3.1 description of Kith's JSON API, served at `/api/openapi.json` and shown at `/api`. Each API
//! module lists its routes as operations beside their handlers, and each answer's schema is made from the Rust type
//! the handler serializes (by `schemars`), so the description follows the code; a test checks that every route of the
//! router under `/api/` is described and nothing else is, and that the Open311 routes' JSON addresses are. Kith's own
//! errors share one schema, whose `code` is the registry of stable codes (`codes::ALL`); Open311's are in its own form.

use schemars::JsonSchema;
use serde_json::{Map, Value, json};

use crate::codes::{self, Code};

/// A parameter of an operation: in the path or the query.
#[derive(Debug, Clone)]
pub struct Parameter {
    name: &'static str,
    location: &'static str,
    description: &'static str,
    required: bool,
    schema: Value,
}

impl Parameter {
    pub fn path(name: &'static str, description: &'static str, schema: Value) -> Self {
        Self { name, location: "path", description, required: true, schema }
    }

    pub fn query(name: &'static str, description: &'static str, schema: Value, required: bool) -> Self {
        Self { name, location: "query", description, required, schema }
    }

    pub fn string() -> Value {
        json!({ "type": "string" })
    }

    pub fn number() -> Value {
        json!({ "type": "number" })
    }

    pub fn whole(minimum: u64, maximum: u64) -> Value {
        json!({ "type": "integer", "minimum": minimum, "maximum": maximum })
    }

    pub fn uuid() -> Value {
        json!({ "type": "string", "format": "uuid" })
    }

    pub fn boolean() -> Value {
        json!({ "type": "boolean" })
    }

    pub fn pattern(pattern: &str) -> Value {
        json!({ "type": "string", "pattern": pattern })
    }

    pub fn one_of(values: &[&str]) -> Value {
        json!({ "type": "string", "enum": values })
    }

    fn to_json(&self) -> Value {
        json!({
            "name": self.name,
            "in": self.location,
            "description": self.description,
            "required": self.required,
            "schema": self.schema,
        })
    }
}

/// The errors an operation answers: Kith's own (a code from the registry), or a standard's own form (Open311's).
#[derive(Debug, Clone)]
enum Errors {
    Kith(Vec<Code>),
    Standard { schema: String, statuses: Vec<(u16, &'static str)> },
}

/// One route and method, with what it takes and what it answers.
#[derive(Debug, Clone)]
pub struct Operation {
    pub path: &'static str,
    /// `get` or `post`.
    pub method: &'static str,
    tag: &'static str,
    summary: &'static str,
    parameters: Vec<Parameter>,
    /// A form's fields, for a `post`.
    form: Option<Value>,
    /// The status and description of its answer when it works.
    success: (u16, &'static str),
    /// The answer's content, by media type.
    answers: Vec<(&'static str, Value)>,
    /// The types whose schemas the answers name, with theirs (`$defs` moved to the components).
    schemas: Vec<(String, Value)>,
    errors: Errors,
}

impl Operation {
    pub fn get(path: &'static str, tag: &'static str, summary: &'static str) -> Self {
        Self {
            path,
            method: "get",
            tag,
            summary,
            parameters: Vec::new(),
            form: None,
            success: (200, "Found"),
            answers: Vec::new(),
            schemas: Vec::new(),
            errors: Errors::Kith(Vec::new()),
        }
    }

    /// A form posted to `path` (`application/x-www-form-urlencoded`), whose fields `form` describes.
    pub fn post(path: &'static str, tag: &'static str, summary: &'static str, form: Value) -> Self {
        Self { method: "post", form: Some(form), success: (200, "Done"), ..Self::get(path, tag, summary) }
    }

    /// Answers 201 when it works (it made something).
    pub fn creates(mut self) -> Self {
        self.success = (201, "Created");
        self
    }

    pub fn parameter(mut self, p: Parameter) -> Self {
        self.parameters.push(p);
        self
    }

    /// Answers with JSON of type `T`, whose schema is made from the type itself.
    pub fn answers<T: JsonSchema>(mut self) -> Self {
        let name = self.schema::<T>();
        self.answers.push(("application/json", json!({ "$ref": format!("#/components/schemas/{name}") })));
        self
    }

    /// Names `T`'s schema among the components, with the schemas of the types it holds.
    fn schema<T: JsonSchema>(&mut self) -> String {
        let (name, schema, defs) = schema_of::<T>();
        self.schemas.push((name.clone(), schema));
        self.schemas.extend(defs);
        name
    }

    /// Answers 200 with `media_type` too, described by `schema` (a standard's format, such as GeoJSON).
    pub fn also(mut self, media_type: &'static str, schema: Value) -> Self {
        self.answers.push((media_type, schema));
        self
    }

    /// The error codes it may answer, besides those any address may.
    pub fn errors(mut self, errors: &[Code]) -> Self {
        if let Errors::Kith(codes) = &mut self.errors {
            codes.extend_from_slice(errors);
        }
        self
    }

    /// Errors in a standard's own form, JSON of type `T`, with these statuses (and what each means).
    pub fn standard_errors<T: JsonSchema>(mut self, statuses: &[(u16, &'static str)]) -> Self {
        let schema = self.schema::<T>();
        self.errors = Errors::Standard { schema, statuses: statuses.to_vec() };
        self
    }

    fn to_json(&self) -> Value {
        let mut responses = Map::new();
        let content: Map<String, Value> =
            self.answers.iter().map(|(media, schema)| ((*media).to_owned(), json!({ "schema": schema }))).collect();
        responses.insert(self.success.0.to_string(), json!({ "description": self.success.1, "content": content }));
        match &self.errors {
            Errors::Kith(errors) => {
                let mut statuses: Vec<u16> = errors.iter().map(|c| c.status.as_u16()).collect();
                statuses.extend([codes::TOO_MANY_REQUESTS.status.as_u16(), codes::INTERNAL.status.as_u16()]);
                statuses.sort_unstable();
                statuses.dedup();
                for status in statuses {
                    let named: Vec<&str> = errors
                        .iter()
                        .chain([&codes::TOO_MANY_REQUESTS, &codes::INTERNAL])
                        .filter(|c| c.status.as_u16() == status)
                        .map(|c| c.code)
                        .collect();
                    responses
                        .insert(status.to_string(), error_answer(&format!("An error: {}", named.join(", ")), "Error"));
                }
            }
            Errors::Standard { schema, statuses } => {
                for (status, means) in statuses {
                    responses.insert(status.to_string(), error_answer(means, schema));
                }
            }
        }
        let mut op = json!({
            "tags": [self.tag],
            "summary": self.summary,
            "operationId": operation_id(self.method, self.path),
            "parameters": self.parameters.iter().map(Parameter::to_json).collect::<Vec<_>>(),
            "responses": responses,
        });
        if let Some(form) = &self.form {
            op["requestBody"] = json!({
                "required": true,
                "content": { "application/x-www-form-urlencoded": { "schema": form } },
            });
        }
        op
    }
}

/// An error answer described by the schema `schema` names.
fn error_answer(description: &str, schema: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } },
    })
}

/// An operation's id from its method and path: `GET /api/places/wards/{code}` is `places_wards_code`, and a `POST`'s
/// id starts with `post_`.
fn operation_id(method: &str, path: &str) -> String {
    let id: String = path
        .trim_start_matches("/api/")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let id = if id.is_empty() { "root".into() } else { id };
    if method == "get" { id } else { format!("{method}_{id}") }
}

/// A type's schema and name, with the schemas of the types it holds, each pointing at the others as components.
fn schema_of<T: JsonSchema>() -> (String, Value, Vec<(String, Value)>) {
    let mut schema = schemars::schema_for!(T).to_value();
    let defs = schema.as_object_mut().and_then(|o| o.remove("$defs"));
    if let Some(o) = schema.as_object_mut() {
        o.remove("$schema");
    }
    let mut all = Vec::new();
    if let Some(Value::Object(defs)) = defs {
        for (name, mut def) in defs {
            to_components(&mut def);
            all.push((name, def));
        }
    }
    to_components(&mut schema);
    (T::schema_name().into_owned(), schema, all)
}

/// Points a schema's references at the document's components rather than at its own `$defs`.
fn to_components(value: &mut Value) {
    match value {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get_mut("$ref")
                && let Some(name) = r.strip_prefix("#/$defs/")
            {
                *r = format!("#/components/schemas/{name}");
            }
            o.values_mut().for_each(to_components);
        }
        Value::Array(items) => items.iter_mut().for_each(to_components),
        _ => {}
    }
}

/// The operations under `/api/`, in the order the document lists them.
pub fn operations() -> Vec<Operation> {
    let mut all = vec![
        Operation::get("/api/openapi.json", "api", "This description of the API, in OpenAPI 3.1")
            .also("application/json", json!({ "type": "object", "required": ["openapi", "paths"] })),
    ];
    all.extend(super::places::operations());
    all.extend(super::oruk::operations());
    all
}

/// The whole document, from every operation (`crate::api_description` gathers them: the API's and Open311's).
pub fn build(operations: Vec<Operation>) -> Value {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for op in &operations {
        let item = paths.entry(op.path.to_owned()).or_insert_with(|| json!({}));
        item[op.method] = op.to_json();
        for (name, schema) in &op.schemas {
            schemas.insert(name.clone(), schema.clone());
        }
    }
    schemas.insert(
        "ErrorCode".into(),
        json!({
            "type": "string",
            "description": "A stable error code: what went wrong, for a program to act on.",
            "enum": codes::ALL.iter().map(|c| c.code).collect::<Vec<_>>(),
            "x-meanings": codes::ALL.iter().map(|c| (c.code.to_owned(), json!(c.means))).collect::<Map<_, _>>(),
        }),
    );
    schemas.insert(
        "Error".into(),
        json!({
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": { "$ref": "#/components/schemas/ErrorCode" },
                        "message": { "type": "string", "description": "What went wrong, for a person to read" },
                    },
                },
            },
        }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Kith",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Kith's JSON API: places (postcodes, points and wards), the directory as Open Referral UK 3.0, \
                and service requests as Open311 GeoReport v2 with the service request updates extension. Reading is open \
                to everyone, with no key; posting to Open311 takes a key the council gives. Open311 answers in XML too \
                (the same addresses ending .xml), and its errors in the standard's own form.",
            "license": { "name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later" },
        },
        "servers": [{ "url": "/" }],
        "tags": [
            { "name": "api", "description": "This description" },
            { "name": "places", "description": "Postcodes, points and wards" },
            { "name": "oruk", "description": "The directory, to the Open Referral UK 3.0 standard" },
            { "name": "open311", "description": "Service requests, to Open311 GeoReport v2 (as FixMyStreet speaks it)" },
        ],
        "paths": paths,
        "components": { "schemas": schemas },
    })
}
