//! The store conformance suite: every behaviour on both backends.

use chrono::Duration;
use kith_core::accounts::{Scope, seed_roles};
use kith_core::people::{Office, Representative};
use kith_core::places::WardCode;
use kith_store::accounts::{Session, User};
use kith_store::audit::AuditQuery;
use kith_store::places::{PlacesImport, PostcodeRow};
use kith_store::{AuditEntry, StoreError};
use kith_testkit::{Backend, TestApp, TestDb, start_of_tests};
use serde_json::json;
use uuid::Uuid;

use crate::on_every_backend;

fn entry(action: &str) -> AuditEntry {
    AuditEntry {
        id: Uuid::new_v4(),
        at: start_of_tests(),
        actor_id: None,
        actor: "test".into(),
        action: action.into(),
        subject_kind: "test".into(),
        subject_id: "1".into(),
        detail: json!({ "n": 1 }),
        ip: Some("127.0.0.1".into()),
    }
}

fn user(email: &str) -> User {
    User {
        id: Uuid::new_v4(),
        email: email.into(),
        name: "Ada".into(),
        password_hash: "not-a-real-hash".into(),
        created_at: start_of_tests(),
        disabled_at: None,
        last_sign_in_at: None,
    }
}

#[tokio::test]
async fn the_two_schemas_cannot_drift() {
    let backends = Backend::all().await;
    if backends.len() < 2 {
        eprintln!("PostgreSQL is not configured: nothing to compare SQLite with");
        return;
    }
    let sqlite = TestDb::empty(Backend::Sqlite).await;
    let postgres = TestDb::empty(Backend::Postgres).await;
    let mut columns = Vec::new();
    for db in [&sqlite, &postgres] {
        let store = kith_store::connect(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        columns.push(store.columns().await.unwrap());
        store.close().await;
    }
    assert!(columns[0].len() > 40, "the schema has its tables: {}", columns[0].len());
    let only_sqlite: Vec<_> = columns[0].iter().filter(|c| !columns[1].contains(c)).collect();
    let only_postgres: Vec<_> = columns[1].iter().filter(|c| !columns[0].contains(c)).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "SQLite only: {only_sqlite:#?}\nPostgreSQL only: {only_postgres:#?}"
    );
}

#[tokio::test]
async fn a_failed_import_leaves_the_places_as_they_were() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let before = store.load_places().await.unwrap();
        assert_eq!(before.wards.len(), 69);
        // Two rows for one postcode break the primary key at the very end of the transaction, after the wards,
        // postcodes and neighbourhoods have all been replaced inside it.
        let row = PostcodeRow {
            postcode: "B1 1AA".into(),
            latitude: 52.48,
            longitude: -1.9,
            authority_code: None,
            ward_code: None,
            lsoa_code: None,
        };
        let import = PlacesImport {
            generation: "2022".into(),
            authority_code: "E08000025".into(),
            authority_name: "Birmingham".into(),
            make_current: true,
            wards: vec![("E05011118".into(), "Only ward".into(), r#"{"type":"Polygon","coordinates":[]}"#.into())],
            postcodes: Some(vec![row.clone(), row]),
            neighbourhoods: Some(vec![]),
            ..Default::default()
        };
        let failed = store.import_places(&import, start_of_tests(), &entry("places.imported")).await;
        assert!(matches!(failed, Err(StoreError::Conflict(_))), "{failed:?}");
        let after = store.load_places().await.unwrap();
        assert_eq!(after.wards, before.wards);
        assert_eq!(after.postcodes.len(), before.postcodes.len());
        assert_eq!(after.neighbourhoods, before.neighbourhoods);
        let audit = store
            .audit_events(&AuditQuery { action_prefix: Some("places.".into()), limit: 10, ..Default::default() })
            .await
            .unwrap();
        assert!(!audit.is_empty() && audit.iter().all(|e| e.actor != "test"), "the failed import left no audit row");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn one_email_address_has_one_account_and_the_refusal_writes_nothing() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        store.create_user(&user("ada@example.org"), &entry("user.created")).await.unwrap();
        let again = store.create_user(&user("ada@example.org"), &entry("user.created")).await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
        let created = store
            .audit_events(&AuditQuery { action_prefix: Some("user.created".into()), limit: 10, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(created.len(), 1, "the refused account left no audit row");
        assert_eq!(created[0].detail, json!({ "n": 1 }));
        assert_eq!(created[0].ip.as_deref(), Some("127.0.0.1"));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn sessions_last_until_they_expire_and_are_then_purged() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let ada = user("ada@example.org");
        store.create_user(&ada, &entry("user.created")).await.unwrap();
        let now = start_of_tests();
        let session = Session {
            user_id: ada.id,
            created_at: now,
            expires_at: now + Duration::hours(12),
            last_seen_at: Some(now),
        };
        store.create_session("hash-1", &session).await.unwrap();
        assert_eq!(store.session("hash-1", now + Duration::hours(11)).await.unwrap(), Some(session.clone()));
        store.touch_session("hash-1", now + Duration::hours(2)).await.unwrap();
        let touched = store.session("hash-1", now + Duration::hours(11)).await.unwrap().unwrap();
        assert_eq!(touched.last_seen_at, Some(now + Duration::hours(2)), "its last use is kept");
        assert_eq!(store.session("hash-1", now + Duration::hours(12)).await.unwrap(), None);
        assert_eq!(store.purge_expired_sessions(now + Duration::hours(1)).await.unwrap(), 0);
        assert_eq!(store.purge_expired_sessions(now + Duration::hours(13)).await.unwrap(), 1);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn roles_are_data_and_seeding_keeps_what_an_administrator_changed() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let roles = store.roles().await.unwrap();
        for key in [
            "administrator",
            "coordinator",
            "councillor",
            "service_officer",
            "network_lead",
            "community_member",
            "panel_member",
            "grants_officer",
            "assets_officer",
            "volunteer",
        ] {
            assert!(roles.iter().any(|r| r.key == key), "{key} is seeded");
        }
        let mut allotments = seed_roles().remove(1);
        allotments.key = "allotments_officer".into();
        allotments.name = "Allotments officer".into();
        store.seed_roles(&[allotments.clone()]).await.unwrap();
        store.seed_roles(&seed_roles()).await.unwrap();
        let roles = store.roles().await.unwrap();
        assert_eq!(
            roles.iter().find(|r| r.key == "allotments_officer"),
            Some(&allotments),
            "a new role is added as data"
        );
        assert_eq!(roles.len(), kith_core::accounts::seed_roles().len() + 1);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn representatives_keep_their_wards_and_every_change_is_audited_with_it() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let store = &kith.store;
        let mut rep = Representative {
            id: Uuid::new_v4(),
            name: "Amara Example".into(),
            office: Office::Coordinator,
            affiliation: "Team".into(),
            email: "amara@example.org".into(),
            phone: "0121 496 0001".into(),
            wards: vec![WardCode::parse("E05011151").unwrap(), WardCode::parse("E05011152").unwrap()],
        };
        store.save_representative(&rep, start_of_tests(), &entry("representative.created")).await.unwrap();
        rep.wards.pop();
        store.save_representative(&rep, start_of_tests(), &entry("representative.updated")).await.unwrap();
        assert_eq!(store.representative(rep.id).await.unwrap(), Some(rep.clone()));
        store.remove_representative(rep.id, &entry("representative.removed")).await.unwrap();
        assert_eq!(store.representative(rep.id).await.unwrap(), None);
        assert!(matches!(store.remove_representative(rep.id, &entry("x")).await, Err(StoreError::NotFound)));
        let audit = store
            .audit_events(&AuditQuery {
                action_prefix: Some("representative.".into()),
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 3);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn role_assignments_are_scoped_and_unique() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let ward = WardCode::parse("E05011151").unwrap();
        let id =
            kith.add_user("cllr@example.org", "a long enough password", "councillor", Scope::Ward(ward.clone())).await;
        let assignments = kith.store.assignments_of(id).await.unwrap();
        assert_eq!(assignments.len(), 1);
        assert_eq!((assignments[0].scope_kind.as_str(), assignments[0].scope_ref.as_str()), ("ward", "E05011151"));
        let again = kith_store::accounts::Assignment { id: Uuid::new_v4(), ..assignments[0].clone() };
        let refused = kith.store.assign_role(&again, &entry("role.assigned")).await;
        assert!(matches!(refused, Err(StoreError::Conflict(_))), "{refused:?}");
        kith.stop().await;
    })
    .await;
}
