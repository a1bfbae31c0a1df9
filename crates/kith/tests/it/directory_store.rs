//! The directory's store and read model on both backends: records, history, the change feed and its promise
//! never to skip a committed change, and a write on one instance reaching another.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use kith_store::directory::{DirectoryWrite, FieldChange, RecordKind, RecordWrite};
use kith_store::{AuditEntry, StoreError};
use kith_testkit::{Backend, TestApp, TestDb, start_of_tests};
use serde_json::json;
use uuid::Uuid;

use crate::on_every_backend;

fn record(id: Uuid, kind: RecordKind, body: serde_json::Value) -> RecordWrite {
    RecordWrite {
        id,
        kind,
        organisation_id: None,
        name: None,
        body: body.to_string(),
        checked_at: None,
        deleted: false,
    }
}

fn write(records: Vec<RecordWrite>) -> DirectoryWrite {
    DirectoryWrite {
        at: start_of_tests(),
        actor_id: None,
        actor: "test".into(),
        records,
        history: vec![],
        audit: None,
        approves: None,
    }
}

#[tokio::test]
async fn records_their_history_and_the_change_feed_read_back_alike_on_both_stores() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let start = store.directory_seq().await.unwrap();
        let id = Uuid::new_v4();
        let mut first = write(vec![record(id, RecordKind::Location, json!({ "name": "Hall" }))]);
        first.history =
            vec![FieldChange { record_id: id, field: "name".into(), old_value: None, new_value: Some("Hall".into()) }];
        let seq = store.write_directory(&first).await.unwrap();
        assert_eq!(seq, start + 1);
        let mut second = write(vec![record(id, RecordKind::Location, json!({ "name": "Church hall" }))]);
        second.history = vec![FieldChange {
            record_id: id,
            field: "name".into(),
            old_value: Some("Hall".into()),
            new_value: Some("Church hall".into()),
        }];
        second.at = start_of_tests() + chrono::Duration::minutes(5);
        store.write_directory(&second).await.unwrap();

        let changes = store.directory_changes(start).await.unwrap();
        assert_eq!(changes.seq, start + 2);
        assert_eq!(changes.records.len(), 1, "one record, at its latest version");
        assert_eq!(changes.records[0].body, json!({ "name": "Church hall" }).to_string());
        assert_eq!(changes.records[0].change_seq, start + 2);
        assert_eq!(changes.records[0].created_at, start_of_tests());
        let history = store.directory_history(id).await.unwrap();
        assert_eq!(
            history.iter().map(|h| h.new_value.clone().unwrap_or_default()).collect::<Vec<_>>(),
            vec!["Church hall", "Hall"],
            "newest first"
        );
        assert!(store.directory_changes(start + 2).await.unwrap().records.is_empty());
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_write_that_fails_part_way_lands_nothing_and_uses_no_change_number() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let taken = Uuid::new_v4();
        store.write_directory(&write(vec![record(taken, RecordKind::Service, json!({}))])).await.unwrap();
        let before = store.directory_seq().await.unwrap();
        let fresh = Uuid::new_v4();
        let mut bad = write(vec![
            record(fresh, RecordKind::Location, json!({ "name": "New hall" })),
            // The same id as a different kind of record: refused after the first row was written.
            record(taken, RecordKind::Location, json!({})),
        ]);
        bad.audit = Some(AuditEntry {
            id: Uuid::new_v4(),
            at: start_of_tests(),
            actor_id: None,
            actor: "test".into(),
            action: "directory.records_saved".into(),
            subject_kind: "location".into(),
            subject_id: fresh.to_string(),
            detail: json!({}),
            ip: None,
        });
        let refused = store.write_directory(&bad).await;
        assert!(matches!(refused, Err(StoreError::Conflict(_))), "{refused:?}");
        assert_eq!(store.directory_record(fresh).await.unwrap(), None, "the first row was rolled back");
        assert_eq!(store.directory_seq().await.unwrap(), before, "the counter was rolled back too");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_change_feed_never_skips_a_change_committed_by_concurrent_writers() {
    on_every_backend(|backend| async move {
        let db = TestDb::fresh(backend).await;
        let writer_store: Arc<dyn kith_store::Store> = kith_store::connect(&db.url).await.unwrap();
        let reader_store = kith_store::connect(&db.url).await.unwrap();
        let start = reader_store.directory_seq().await.unwrap();
        let mut writers = Vec::new();
        for w in 0..4 {
            let store = writer_store.clone();
            writers.push(tokio::spawn(async move {
                let mut ids = Vec::new();
                for n in 0..25 {
                    let id = Uuid::new_v4();
                    store
                        .write_directory(&write(vec![record(id, RecordKind::Location, json!({ "w": w, "n": n }))]))
                        .await
                        .unwrap();
                    ids.push(id);
                }
                ids
            }));
        }
        // Read the feed while the writers write, the way a read model catches up.
        let mut seen = BTreeSet::new();
        let mut at = start;
        let reading = async {
            loop {
                let changes = reader_store.directory_changes(at).await.unwrap();
                for r in &changes.records {
                    assert!(r.change_seq > at && r.change_seq <= changes.seq);
                    seen.insert(r.id);
                }
                at = changes.seq;
                if at >= start + 100 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(60), reading).await.expect("the feed reaches every write");
        let mut written = BTreeSet::new();
        for w in writers {
            written.extend(w.await.unwrap());
        }
        assert_eq!(seen, written, "every committed change was seen by the incremental reader");
        writer_store.close().await;
        reader_store.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_directory_write_on_one_instance_reaches_the_other_within_moments() {
    let backends = Backend::all().await;
    if !backends.contains(&Backend::Postgres) {
        eprintln!("PostgreSQL is not configured: no second instance to share a store with");
        return;
    }
    let db = TestDb::fresh(Backend::Postgres).await;
    let two = TestApp::start_on(db.share(), Default::default(), Default::default()).await;
    let one = TestApp::start_on(db, Default::default(), Default::default()).await;
    let id = Uuid::new_v4();
    let organisation = kith_core::directory::Organisation {
        id,
        name: "Balsall Heath Neighbours".into(),
        description: "A community group".into(),
        email: None,
        website: None,
        phone: None,
    };
    kith_app::directory::write_records_from_command_line(
        &one.app,
        &kith_app::Actor::command_line(),
        vec![kith_app::directory::Record::Organisation(organisation)],
        true,
    )
    .await
    .unwrap();
    assert!(one.app.directory.read().organisation(id).is_some(), "the writer's own instance has it at once");
    let waited = tokio::time::timeout(Duration::from_secs(10), async {
        while two.app.directory.read().organisation(id).is_none() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "the other instance caught up");
    two.stop().await;
    one.stop().await;
}
