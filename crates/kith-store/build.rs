//! Builds the crate again when a migration is added or changed: `sqlx::migrate!` embeds the migrations when the
//! crate is compiled, and without this Cargo would not know to look at them.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
