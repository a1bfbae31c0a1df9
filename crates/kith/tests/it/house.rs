//! The house's rules, checked on its source: only `kith-app` reaches the store, no crate's modules import each
//! other in a circle (a circle marks a concept two modules share that wants a module of its own), and the demo
//! generators are the binary's `demo` command's alone (tests build the demo city the way a newcomer does).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `[dependencies]` section of a crate's manifest (not its dev-dependencies).
fn dependencies(krate: &str) -> String {
    let manifest = std::fs::read_to_string(crates_dir().join(krate).join("Cargo.toml")).expect("the manifest");
    let start = manifest.find("[dependencies]").expect("a [dependencies] section");
    let rest = &manifest[start + "[dependencies]".len()..];
    rest[..rest.find("\n[").unwrap_or(rest.len())].to_owned()
}

#[test]
fn only_kith_app_depends_on_the_store() {
    for krate in ["kith-web", "kith-jobs", "kith"] {
        assert!(!dependencies(krate).contains("kith-store"), "{krate} depends on kith-store: go through kith-app");
    }
    assert!(dependencies("kith-app").contains("kith-store"), "the check reads the manifests it means to");
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files under `crates/` outside `kith-app/src/demo/` that name the demo generators (`demo::`).
fn users_of_the_demo() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&crates_dir(), &mut files);
    let demo = crates_dir().join("kith-app").join("src").join("demo");
    files
        .into_iter()
        .filter(|f| !f.starts_with(&demo) && !f.components().any(|c| c.as_os_str() == "target"))
        .filter(|f| {
            let text = std::fs::read_to_string(f).expect("a source file");
            // Spelled in pieces, so this file does not name what it looks for; `demo_city` is not the module.
            ["kith_app", "crate"].iter().any(|root| {
                let path = format!("{root}::{}", "demo");
                text.match_indices(&path)
                    .any(|(at, _)| !text[at + path.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
            })
        })
        .map(|f| f.strip_prefix(crates_dir()).expect("under crates/").display().to_string())
        .collect()
}

#[test]
fn only_the_binarys_demo_command_uses_the_demo_generators() {
    let users = users_of_the_demo();
    assert_eq!(users, vec!["kith/src/main.rs".to_owned()], "the demo generators are for `kith demo` alone");
}

/// Each top-level module of a crate and the crate's other top-level modules it names (`crate::x`).
fn module_graph(krate: &str) -> BTreeMap<String, BTreeSet<String>> {
    let src = crates_dir().join(krate).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("under src");
        let top = relative
            .components()
            .next()
            .expect("a path")
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        let uses = graph.entry(top.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit())
                .collect();
            if !name.is_empty() && name != top {
                uses.insert(name);
            }
        }
    }
    graph
}

/// A circle through `start`, if there is one: the modules along it.
fn circle_through(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == start {
                return Some(path.clone());
            }
            if graph.contains_key(next) && seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_crates_modules_import_each_other_in_a_circle() {
    let dir = crates_dir();
    let mut circles = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the crates").flatten() {
        let krate = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().join("src").is_dir() {
            continue;
        }
        let graph = module_graph(&krate);
        for module in graph.keys() {
            if let Some(circle) = circle_through(&graph, module) {
                circles.push(format!("{krate}: {}", circle.join(" → ")));
            }
        }
    }
    assert!(circles.is_empty(), "modules in a circle: {circles:#?}");
}

#[test]
fn the_circle_check_finds_a_circle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["a".to_owned()])),
        ("c".to_owned(), BTreeSet::from(["a".to_owned()])),
    ]
    .into_iter()
    .collect();
    assert_eq!(circle_through(&graph, "a"), Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(circle_through(&graph, "c"), None);
}
