//! Templates: MiniJinja, embedded in the binary, strict about undefined values, autoescaped. Every page extends
//! `base.html`; `macros.html` holds our GOV.UK Frontend components. Text comes from `t("message-key", ...)`.

use std::sync::Arc;

use anyhow::Context as _;
use fluent_bundle::{FluentArgs, FluentValue};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind, State, UndefinedBehavior};

use crate::embedded;
use crate::translations::Catalogues;

#[derive(Clone)]
pub struct Templates {
    env: Arc<Environment<'static>>,
}

fn translate(catalogues: &Catalogues, state: &State, key: &str, kwargs: Kwargs) -> Result<String, Error> {
    let language = state.lookup("lang").and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "en".into());
    let mut args = FluentArgs::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let value = match value.as_i64() {
            Some(n) => FluentValue::from(n),
            None => FluentValue::from(value.to_string()),
        };
        args.set(name.to_owned(), value);
    }
    kwargs.assert_all_used()?;
    let text = catalogues.message(&language, key, Some(&args));
    if text == key {
        return Err(Error::new(ErrorKind::UndefinedError, format!("no translation message {key:?}")));
    }
    Ok(text)
}

impl Templates {
    pub fn new(catalogues: Arc<Catalogues>) -> anyhow::Result<Self> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        for (name, source) in embedded::TEMPLATES {
            env.add_template(name, source).with_context(|| format!("template {name}"))?;
        }
        env.add_function("t", move |state: &State, key: &str, kwargs: Kwargs| {
            translate(&catalogues, state, key, kwargs)
        });
        // Asset addresses are ours and need no escaping (escaped, every "/" would become "&#x2f;").
        env.add_function("asset", |name: &str| {
            crate::assets::url(name)
                .map(Value::from_safe_string)
                .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("no asset {name}")))
        });
        Ok(Self { env: Arc::new(env) })
    }

    pub fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        self.env.get_template(name)?.render(context)
    }

    /// The names of every template, for the test that renders them all.
    pub fn names() -> Vec<&'static str> {
        embedded::TEMPLATES.iter().map(|(name, _)| *name).collect()
    }
}
